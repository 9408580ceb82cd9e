-- Follow-ups are outbound messages of their own kind: the assistant's words in the conversation's history (unlike
-- system notices), but not replies in the numbers. V1's check carries PostgreSQL's name for it.
alter table message drop constraint message_sender_type_check;
alter table message add constraint ck_message_sender_type
    check (sender_type in ('customer', 'staff', 'ai', 'human', 'system', 'followup'));
