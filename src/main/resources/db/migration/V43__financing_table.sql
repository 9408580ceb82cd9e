-- CONTRACT 9.2: the showroom's financing table (leasing partners, minimum DP, flat rates per tenor), as JSON.
alter table ai_config add column financing varchar(8000);
