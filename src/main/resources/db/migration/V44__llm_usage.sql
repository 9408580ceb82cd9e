-- Each tenant's LLM tokens per day (its own time zone), against showroom.llm.daily-token-budget, and whether
-- staff were told the budget ran out that day (once, whichever instance sees it first).
create table llm_usage (
    tenant_id  bigint not null references tenant (id),
    usage_day  date   not null,
    tokens     bigint not null default 0,
    staff_told boolean not null default false,
    primary key (tenant_id, usage_day)
);
