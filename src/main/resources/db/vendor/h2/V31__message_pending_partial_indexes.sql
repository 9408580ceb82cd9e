-- H2 has no partial indexes: it keeps the full (conversation, state, direction) and outbox indexes of V1 and V2.
select 1;
