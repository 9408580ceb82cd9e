-- Review of #24: the WhatsApp Cloud API's 24-hour customer-service window runs from when the customer SENT their last
-- message (the webhook's messages[].timestamp; Meta redelivers for hours after an outage), not from when we stored
-- it. Kept on the conversation, moved forward by every message the customer writes in it: the window of any
-- recipient (a customer, a staff phone, the owner's phone) is then one look-up by ix_conversation_customer, and a
-- turn's reply knows it from the claim without a query. A message row keeps the timestamp only in raw_payload,
-- which SQL cannot read portably.
alter table conversation add column customer_wrote_at timestamp with time zone;

-- conversations of Cloud API accounts so far: from when their messages were stored
update conversation c set customer_wrote_at = (
    select max(m.created_at) from message m
     where m.conversation_id = c.id and m.direction = 'inbound' and m.sender_type = 'customer')
 where c.account_id in (select g.id from gateway_account g where g.kind = 'cloud');
