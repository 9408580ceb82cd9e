-- Assignment: a conversation (and so its customer's lead) belongs to one salesperson, for commissions.
-- The conversation module writes these columns; assignee_staff_id is the owner, assigned_at when they got it,
-- claimed_at when they acknowledged it (/ambil, "Ambil"), others_told_at when the other staff were told that an
-- escalation went unanswered (once per escalation: compared with escalated_at).
alter table conversation add column assignee_staff_id bigint;
alter table conversation add column assigned_at timestamp with time zone;
alter table conversation add column claimed_at timestamp with time zone;
alter table conversation add column others_told_at timestamp with time zone;
alter table conversation add constraint fk_conversation_assignee
    foreign key (assignee_staff_id) references staff_phone (id) on delete set null;
create index ix_conversation_assignee on conversation (tenant_id, assignee_staff_id);
-- the unanswered-escalation check reads escalated conversations of every tenant every half minute
create index ix_conversation_escalated on conversation (status, escalated_at);

-- The round-robin cursor of a tenant: who got the last conversation. Moved by a conditional update on turns, so
-- concurrent assignments take turns instead of picking the same person.
create table assignment_cursor (
    tenant_id     bigint primary key references tenant (id),
    last_staff_id bigint,
    turns         bigint not null default 0
);

-- A staff member away (leave, day off) gets no new conversations by round-robin; they keep the ones they own.
alter table staff_phone add column is_away boolean not null default false;

-- Which staff member sent a human reply: the staff phone of /reply, or the one a dashboard login is linked to.
-- No foreign key: removing a staff member must not scan the message table; the figures join what still exists.
alter table message add column staff_id bigint;

-- A dashboard login may be one of the staff phones ("this is me" on the staff page): the inbox's "mine", and its
-- replies counted for that salesperson.
alter table dashboard_user add column staff_phone_id bigint;
alter table dashboard_user add constraint fk_dashboard_user_staff
    foreign key (staff_phone_id) references staff_phone (id) on delete set null;
create unique index uq_dashboard_user_staff on dashboard_user (staff_phone_id);
