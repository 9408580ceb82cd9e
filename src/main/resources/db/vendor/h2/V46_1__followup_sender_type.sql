-- Follow-ups are outbound messages of their own kind (see the PostgreSQL migration). H2 gave V1's check a generated
-- name, so the column is rebuilt without it and checked under a name of ours.
alter table message alter column sender_type rename to sender_type_v1;
alter table message add column sender_type varchar(8);
update message set sender_type = sender_type_v1;
alter table message alter column sender_type set not null;
alter table message drop column sender_type_v1;
alter table message add constraint ck_message_sender_type
    check (sender_type in ('customer', 'staff', 'ai', 'human', 'system', 'followup'));
