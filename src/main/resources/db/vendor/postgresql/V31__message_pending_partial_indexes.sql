-- Only pending messages are ever looked up by state: a worker's turn (a conversation's pending inbound), the outbox
-- (what is due, and whether a conversation has an earlier unsent reply). Partial indexes hold just those rows, so the
-- insert and the state changes of every message touch 4-5 indexes instead of 6, and the indexes stay a few pages.
create index ix_message_inbound_pending on message (conversation_id, id) where direction = 'inbound' and state = 'pending';
create index ix_message_outbound_pending on message (conversation_id, id) where direction = 'outbound' and state = 'pending';
drop index ix_message_pending_inbound;
drop index ix_message_outbox;
