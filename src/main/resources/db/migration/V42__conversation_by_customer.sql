-- A customer's conversations in order: a new conversation after a closed one carries the customer's
-- opt-out and welcome over from the latest one, looked up by this index on every first message.
create index ix_conversation_customer on conversation (account_id, customer_identity, id);
