-- A reply's photos are stored as JSON (url and caption each): five photos with long URLs and captions passed 2,000
-- characters and the turn failed. Same type as content.
alter table message alter column media_meta set data type varchar;
