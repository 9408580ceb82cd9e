-- Test-drive / viewing bookings by WhatsApp (the test_drive table itself comes from V4), and the booking
-- offer a conversation is waiting on.
alter table ai_config add column test_drive_slot_minutes integer not null default 60;
alter table ai_config add column test_drive_capacity integer not null default 2;
alter table conversation add column booking_offer varchar(2000);
alter table conversation add column interest_model varchar(60);

alter table test_drive add column conversation_id bigint;
alter table test_drive add constraint fk_test_drive_conversation foreign key (conversation_id) references conversation (id);
alter table test_drive add column ends_at timestamp with time zone;
-- 1..capacity while confirmed, null once cancelled: the unique keys below enforce parallel capacity and
-- one booking per vehicle and slot (portable stand-in for partial indexes)
alter table test_drive add column lane integer;
alter table test_drive add column vehicle_lock integer;
alter table test_drive add column reminder_due_at timestamp with time zone;
alter table test_drive add column reminder_sent_at timestamp with time zone;
alter table test_drive add constraint uq_test_drive_lane unique (tenant_id, scheduled_at, lane);
alter table test_drive add constraint uq_test_drive_vehicle unique (vehicle_id, scheduled_at, vehicle_lock);
create index ix_test_drive_reminder on test_drive (reminder_due_at);
create index ix_test_drive_conversation on test_drive (conversation_id, status);
