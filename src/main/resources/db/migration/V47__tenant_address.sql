-- The showroom's own profile, editable after onboarding: a street address and a maps link beside name, city and numbers.
alter table tenant add column address varchar(500);
alter table tenant add column maps_url varchar(500);
