-- Secrets the service makes for itself and every instance must share (the webhook secret when AIMEOW_WEBHOOK_SECRET is
-- unset beside a gateway). The first instance to start inserts; the primary key keeps it the only one.
create table platform_secret (
    name       varchar(40) primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null default current_timestamp
);
