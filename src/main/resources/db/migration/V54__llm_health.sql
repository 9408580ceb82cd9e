-- Review finding 1: whether a showroom's AI is failing, as all instances together saw it. Each instance has its own
-- circuit breaker; one whose breaker stayed open or half-open (no call since) disagreed with one whose calls succeed,
-- and the "AI failing" incident was closed and reopened, telling the owner, on every pass. An instance writes here
-- only when its view changes what is stored: a breaker that opened while the AI counted as up (failed_at), a call that
-- succeeded while it counted as failing (succeeded_at). Failing means the latest failure is after the latest success.
create table llm_health (
    tenant_id    bigint primary key references tenant (id),
    failed_at    timestamp with time zone,
    succeeded_at timestamp with time zone
);
