package com.showroomassistant.conversation;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.GatewayAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox on any database: each message in one transaction. {@link PostgresInbox} stores the common customer
 * message in one statement instead, and leaves the rest to this.
 */
class PortableInbox implements Inbox {

    final JdbcClient jdbc;
    final ApplicationEventPublisher events;
    final Clock clock;
    private final TransactionTemplate transaction;

    PortableInbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * A customer's own message first goes to {@link #storeFromCustomer}; everything else (a message typed on the
     * showroom's phone, one to ignore, and whatever that left) is stored in one transaction.
     */
    @Override
    public InboxOutcome receive(GatewayAccount account, Inbound in) {
        boolean typedOnShowroomPhone =
                in.author() != null && account.isOwnNumber(in.author().value());
        PhoneNumber customer = in.ignoreReason() == null ? in.customer(typedOnShowroomPhone) : null;
        if (customer != null && !typedOnShowroomPhone && !account.isOwnNumber(customer.value())) {
            var stored = storeFromCustomer(account, customer, in);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return transaction.execute(status -> receiveInTransaction(account, in, typedOnShowroomPhone, customer, status));
    }

    /**
     * A customer's own message stored outside the transaction, where the database can do it in fewer round trips;
     * empty leaves it to the transaction. Here it always does.
     */
    Optional<InboxOutcome> storeFromCustomer(GatewayAccount account, PhoneNumber customer, Inbound in) {
        return Optional.empty();
    }

    /**
     * The customer's open conversation; with :messageAt, counting one pending message due at :dueAt, written at
     * :wroteAt (the Cloud API's window opens then). After a closed
     * conversation the customer's opt-out and welcome carry over from their latest one.
     */
    static final String CREATE_CONVERSATION = """
            insert into conversation (tenant_id, account_id, customer_identity, customer_phone,
                                      customer_name, open_key, is_staff, status, last_message_at, inbox_seq,
                                      work_due_at, customer_wrote_at, opted_out, welcomed)
            values (:tenant, :account, :identity, :phone, :name, :identity,
                    (select count(*) > 0 from staff_phone s
                      where s.tenant_id = :tenant and s.phone_number = :identity and s.is_active),
                    '%s', :messageAt, :seq, :dueAt, :wroteAt,
                    coalesce((select p.opted_out from conversation p where p.account_id = :account
                               and p.customer_identity = :identity order by p.id desc limit 1), false),
                    coalesce((select p.welcomed from conversation p where p.account_id = :account
                               and p.customer_identity = :identity order by p.id desc limit 1), false))
            on conflict do nothing""".formatted(ConversationStatus.ACTIVE.value());

    /** @param customer who the conversation is with (null when the message is to be ignored or has no sender) */
    private InboxOutcome receiveInTransaction(
            GatewayAccount account,
            Inbound in,
            boolean typedOnShowroomPhone,
            PhoneNumber customer,
            TransactionStatus transaction) {
        if (in.ignoreReason() != null) {
            int stored = insertMessage(account, null, in, "inbound", "customer", "ignored", in.ignoreReason());
            return stored == 0 ? InboxOutcome.duplicate() : InboxOutcome.ignored(in.ignoreReason());
        }
        if (customer == null || account.isOwnNumber(customer.value())) {
            String reason = customer == null ? "unknown_sender" : "own_chat";
            int stored = insertMessage(account, null, in, "inbound", "customer", "ignored", reason);
            return stored == 0 ? InboxOutcome.duplicate() : InboxOutcome.ignored(reason);
        }
        if (typedOnShowroomPhone && isEchoOfOurSend(account, customer, in.text())) {
            settleUnknownSend(account, customer, in);
            return InboxOutcome.ignored("echo");
        }
        Instant now = clock.instant();
        if (typedOnShowroomPhone) {
            long conversation = openConversation(account, customer);
            int stored = insertMessage(account, conversation, in, "outbound", "human", "recorded", null);
            if (stored == 0) {
                return duplicateOrEcho(account, in.messageId());
            }
            jdbc.sql("update conversation set human_active_at = ?, last_message_at = ? where id = ?")
                    .params(Timestamps.db(now), Timestamps.db(now), conversation)
                    .update();
            return InboxOutcome.accepted(conversation);
        }
        Instant dueAt = now.plusSeconds(account.debounceSeconds());
        // an open conversation counts the message in the statement that finds it; a customer's first message makes
        // the conversation due as it is created
        Instant wroteAt = in.wroteAt(now);
        Long conversation = countInOpen(account, customer, in.pushName(), now, dueAt, wroteAt);
        if (conversation == null) {
            conversation = create(account, customer, in.pushName(), now, dueAt, wroteAt)
                    .orElseGet(() ->
                            countInOpen(account, customer, in.pushName(), now, dueAt, wroteAt)); // created concurrently
        }
        int stored = insertMessage(account, conversation, in, "inbound", "customer", "pending", null);
        if (stored == 0) {
            // a delivery already stored: undo the count, so the duplicate leaves no trace
            transaction.setRollbackOnly();
            return duplicateOrEcho(account, in.messageId());
        }
        events.publishEvent(new MessageStored(conversation, dueAt));
        return InboxOutcome.accepted(conversation);
    }

    /**
     * One round trip for the common case, a message in an open conversation: counts it as pending, names a
     * still unnamed customer, and returns the conversation's id (null when there is no open conversation).
     */
    private Long countInOpen(
            GatewayAccount account,
            PhoneNumber customer,
            String pushName,
            Instant now,
            Instant dueAt,
            Instant wroteAt) {
        var key = new GeneratedKeyHolder();
        int counted = jdbc.sql("""
                update conversation set last_message_at = ?, inbox_seq = inbox_seq + 1,
                       work_due_at = coalesce(work_due_at, ?), customer_name = coalesce(customer_name, ?),
                       """ + WROTE_AT + """
                 where account_id = ? and open_key = ?""")
                .params(
                        Timestamps.db(now),
                        Timestamps.db(dueAt),
                        named(pushName),
                        Timestamps.db(wroteAt),
                        Timestamps.db(wroteAt),
                        account.id(),
                        customer.value())
                .update(key, "id");
        return counted == 0 ? null : key.getKey().longValue();
    }

    /**
     * Moves the conversation's {@code customer_wrote_at} forward to the parameter (given twice) and never back: Meta
     * may redeliver an older message after a newer one.
     */
    static final String WROTE_AT = "customer_wrote_at = greatest(coalesce(customer_wrote_at, ?), ?)";

    static String named(String pushName) {
        return pushName == null || pushName.isBlank() ? null : pushName.strip();
    }

    /**
     * The gateway reports our own sends back as messages from the showroom's number, sometimes before the
     * outbox has recorded their gateway id: a recent send of ours to the same recipient with the same text
     * (or photo caption) is our echo, not a human typing. Covers AI and human replies, photos, staff notices.
     */
    private boolean isEchoOfOurSend(GatewayAccount account, PhoneNumber recipient, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from message where account_id = ? and direction = 'outbound' and state <> 'recorded'
                   and recipient = ? and created_at > ? and (content = ? or media_meta like ?)""")
                        .params(
                                account.id(),
                                recipient.value(),
                                Timestamps.db(clock.instant().minusSeconds(300)),
                                text,
                                captionLike(text))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A LIKE pattern for a photo message's caption in media_meta, or null when the text cannot be matched safely. */
    private static String captionLike(String text) {
        return text.contains("\"") || text.contains("\\")
                ? null
                : "%\"caption\":\"" + text.replace("%", "").replace("_", "") + "\"%";
    }

    /**
     * The echo of a send whose answer never came ({@link Outbox#UNKNOWN_SEND}), or of one still waiting for it (its
     * lease running): it did go out, so it is marked sent with the echo's id and is not sent again.
     */
    private void settleUnknownSend(GatewayAccount account, PhoneNumber recipient, Inbound echo) {
        jdbc.sql("""
                update message set state = 'sent', aimeow_status = coalesce(aimeow_status, 'sent'), lease_until = null,
                       last_error = null,
                       aimeow_message_id = case when exists (select 1 from message x where x.account_id = :account
                                                               and x.aimeow_message_id = :echoId)
                                                then aimeow_message_id else :echoId end
                 where id = (select id from message where account_id = :account and direction = 'outbound'
                               and state = 'pending' and recipient = :recipient
                               and (last_error like :unknown or lease_until > :now)
                               and (content = :text or media_meta like :caption)
                             order by id limit 1)""")
                .param("echoId", echo.messageId())
                .param("account", account.id())
                .param("recipient", recipient.value())
                .param("unknown", Outbox.UNKNOWN_SEND + "%")
                .param("now", Timestamps.db(clock.instant()))
                .param("text", echo.text())
                .param("caption", captionLike(echo.text()))
                .update();
    }

    private InboxOutcome duplicateOrEcho(GatewayAccount account, String messageId) {
        String direction = jdbc.sql("select direction from message where account_id = ? and aimeow_message_id = ?")
                .params(account.id(), messageId)
                .query(String.class)
                .optional()
                .orElse("inbound");
        return "outbound".equals(direction) ? InboxOutcome.ignored("echo") : InboxOutcome.duplicate();
    }

    /** The conversation a human's reply on the showroom's phone belongs to, found or created (nothing counted). */
    private long openConversation(GatewayAccount account, PhoneNumber customer) {
        return findOpen(account, customer)
                .or(() -> create(account, customer, null, null, null, null))
                .or(() -> findOpen(account, customer)) // a concurrent first message created it
                .orElseThrow();
    }

    /**
     * Creates the customer's open conversation; empty when one exists. Creation is an insert-on-conflict against
     * the unique open key, so concurrent first messages settle on one row. With {@code messageAt}, the created
     * conversation already counts one pending message, due at {@code dueAt}.
     */
    private Optional<Long> create(
            GatewayAccount account,
            PhoneNumber customer,
            String pushName,
            Instant messageAt,
            Instant dueAt,
            Instant wroteAt) {
        var created = new GeneratedKeyHolder();
        try {
            jdbc.sql(CREATE_CONVERSATION)
                    .params(conversationColumns(account, customer, pushName, messageAt, dueAt, wroteAt))
                    .update(created, "id");
            return Optional.ofNullable(created.getKey()).map(Number::longValue);
        } catch (DuplicateKeyException raced) {
            // H2 reports a concurrent insert of the same key instead of waiting like PostgreSQL; the row exists.
            return Optional.empty();
        }
    }

    private Optional<Long> findOpen(GatewayAccount account, PhoneNumber customer) {
        return jdbc.sql("select id from conversation where account_id = ? and open_key = ?")
                .params(account.id(), customer.value())
                .query(Long.class)
                .optional();
    }

    static Map<String, Object> conversationColumns(
            GatewayAccount account,
            PhoneNumber customer,
            String pushName,
            Instant messageAt,
            Instant dueAt,
            Instant wroteAt) {
        var columns = new HashMap<String, Object>();
        columns.put("tenant", account.tenantId().value());
        columns.put("account", account.id());
        columns.put("identity", customer.value());
        columns.put("phone", customer.digits().orElse(null));
        columns.put("name", named(pushName));
        columns.put("messageAt", Timestamps.db(messageAt));
        columns.put("seq", messageAt == null ? 0 : 1);
        columns.put("dueAt", messageAt == null ? null : Timestamps.db(dueAt));
        columns.put("wroteAt", Timestamps.db(wroteAt));
        return columns;
    }

    /** The stored message's own columns as named parameters (HashMap: most may be null). */
    static Map<String, Object> messageColumns(GatewayAccount account, Inbound in) {
        var columns = new HashMap<String, Object>();
        columns.put("tenant", account.tenantId().value());
        columns.put("account", account.id());
        columns.put("sender", in.sender() == null ? null : in.sender().value());
        columns.put("content", in.text());
        columns.put("type", in.type());
        columns.put("mediaUrl", in.mediaUrl());
        columns.put("mediaMeta", in.mediaMeta());
        columns.put("messageId", in.messageId());
        columns.put("raw", in.rawPayload());
        return columns;
    }

    private int insertMessage(
            GatewayAccount account,
            Long conversation,
            Inbound in,
            String direction,
            String senderType,
            String state,
            String ignoreReason) {
        try {
            return jdbc.sql("""
                    insert into message (tenant_id, account_id, conversation_id, direction, sender_type, sender,
                                         content, message_type, media_url, media_meta, aimeow_message_id,
                                         raw_payload, state, ignore_reason)
                    values (:tenant, :account, :conversation, :direction, :senderType, :sender, :content, :type,
                            :mediaUrl, :mediaMeta, :messageId, :raw, :state, :reason)
                    on conflict do nothing""")
                    .params(messageColumns(account, in))
                    .param("conversation", conversation)
                    .param("direction", direction)
                    .param("senderType", senderType)
                    .param("state", state)
                    .param("reason", ignoreReason)
                    .update();
        } catch (DuplicateKeyException raced) {
            return 0;
        }
    }
}
