-- Issue #24: a gateway account is reached through Aimeow or through Meta's WhatsApp Cloud API. For a cloud account,
-- client_id holds its phone-number id, the id the Cloud API's webhooks name it by, so one cached look-up serves both
-- webhooks and the outbox. The access token and the app secret are stored encrypted (AES-GCM, SHOWROOM_SECRETS_KEY).
alter table gateway_account add column kind varchar(16) default 'aimeow' not null;
alter table gateway_account add constraint ck_gateway_account_kind check (kind in ('aimeow', 'cloud'));
alter table gateway_account add column business_account_id varchar(100);
alter table gateway_account add column access_token_enc varchar(4000);
alter table gateway_account add column app_secret_enc varchar(1000);
-- the approved templates per purpose, as JSON {"follow_up": {"name", "language", "parameters": [...]}, ...}
alter table gateway_account add column templates varchar(4000);
-- why the gateway refused the account's credentials (an expired token): shown to the owner until fixed
alter table gateway_account add column connection_error varchar(500);

-- What a message sent on the service's own initiative is for (follow_up, test_drive_reminder): outside the Cloud
-- API's 24-hour window it can only go as the template configured for that purpose.
alter table message add column purpose varchar(32);
