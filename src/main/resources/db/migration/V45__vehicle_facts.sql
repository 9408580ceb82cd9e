-- CONTRACT 9.1: the used-car facts buyers ask about, all optional, and the internal minimum price the assistant
-- judges offers against (never shown to customers, in staff notices or to the model).
alter table vehicle add column engine_cc integer check (engine_cc between 50 and 10000);
alter table vehicle add column body_type varchar(16)
    check (body_type in ('mpv', 'suv', 'sedan', 'hatchback', 'pickup', 'van', 'coupe', 'other'));
alter table vehicle add column seats integer check (seats between 1 and 60);
alter table vehicle add column tax_due_date date;
alter table vehicle add column owner_count integer check (owner_count between 1 and 20);
alter table vehicle add column bpkb_available boolean;
alter table vehicle add column service_history varchar(2000);
alter table vehicle add column location varchar(200);
alter table vehicle add column minimum_price bigint check (minimum_price >= 0);
-- a staff upload over WhatsApp collects the same facts before it is saved; a draft is short-lived, so they are kept
-- as one JSON document rather than a column each
alter table vehicle_draft add column facts varchar(4000);
alter table vehicle_draft add column minimum_price bigint check (minimum_price >= 0);
