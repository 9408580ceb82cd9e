-- Outbound messages carry their recipient: the customer, or a staff phone for escalation notices.
alter table message add column recipient varchar(80);
alter table message add column turn_size integer;
create index ix_message_pending_inbound on message (conversation_id, state, direction);
