package com.showroomassistant.conversation;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.GatewayAccount;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores inbound gateway messages durably, in their conversation, in one transaction. Duplicates are
 * absorbed by the unique key (account, gateway message id) with insert-on-conflict, never by a prior
 * lookup; a stored customer message is "pending" until a worker answers it.
 */
@Component
public class Inbox {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Published after a customer message was stored, so a local worker can look sooner than its poll. */
    public record MessageStored(long conversationId, Instant dueAt) {}

    @Transactional
    public InboxOutcome receive(GatewayAccount account, Inbound in) {
        if (in.ignoreReason() != null) {
            int stored = insertMessage(account, null, in, "inbound", "customer", "ignored", in.ignoreReason());
            return stored == 0 ? InboxOutcome.duplicate() : InboxOutcome.ignored(in.ignoreReason());
        }
        boolean typedOnShowroomPhone = in.author() != null && account.isOwnNumber(in.author().value());
        PhoneNumber customer = in.customer(typedOnShowroomPhone);
        if (customer == null || account.isOwnNumber(customer.value())) {
            String reason = customer == null ? "unknown_sender" : "own_chat";
            int stored = insertMessage(account, null, in, "inbound", "customer", "ignored", reason);
            return stored == 0 ? InboxOutcome.duplicate() : InboxOutcome.ignored(reason);
        }
        if (typedOnShowroomPhone && isEchoOfOurSend(account, customer, in.text())) {
            return InboxOutcome.ignored("echo");
        }
        Instant now = clock.instant();
        int debounce = account.debounceSeconds();
        // a customer's first message makes the conversation due as it is created: no second write
        var opened = openConversation(account, customer, typedOnShowroomPhone ? null : in.pushName(),
                typedOnShowroomPhone ? null : now, now.plusSeconds(debounce));
        long conversation = opened.id();
        if (typedOnShowroomPhone) {
            int stored = insertMessage(account, conversation, in, "outbound", "human", "recorded", null);
            if (stored == 0) {
                return duplicateOrEcho(account, in.messageId());
            }
            jdbc.sql("update conversation set human_active_at = ?, last_message_at = ? where id = ?")
                    .params(Timestamps.db(now), Timestamps.db(now), conversation)
                    .update();
            return InboxOutcome.accepted(conversation);
        }
        int stored = insertMessage(account, conversation, in, "inbound", "customer", "pending", null);
        if (stored == 0) {
            return duplicateOrEcho(account, in.messageId());
        }
        if (!opened.created()) {
            jdbc.sql("""
                    update conversation set last_message_at = ?, inbox_seq = inbox_seq + 1,
                           work_due_at = coalesce(work_due_at, ?)
                     where id = ?""")
                    .params(Timestamps.db(now), Timestamps.db(now.plusSeconds(debounce)), conversation)
                    .update();
        }
        events.publishEvent(new MessageStored(conversation, now.plusSeconds(debounce)));
        return InboxOutcome.accepted(conversation);
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
        String caption = text.contains("\"") || text.contains("\\") ? null
                : "%\"caption\":\"" + text.replace("%", "").replace("_", "") + "\"%";
        return jdbc.sql("""
                select count(*) from message where account_id = ? and direction = 'outbound' and state <> 'recorded'
                   and recipient = ? and created_at > ? and (content = ? or media_meta like ?)""")
                .params(account.id(), recipient.value(), Timestamps.db(clock.instant().minusSeconds(300)), text, caption)
                .query(Long.class)
                .single() > 0;
    }

    private InboxOutcome duplicateOrEcho(GatewayAccount account, String messageId) {
        String direction = jdbc.sql("select direction from message where account_id = ? and aimeow_message_id = ?")
                .params(account.id(), messageId)
                .query(String.class)
                .optional()
                .orElse("inbound");
        return "outbound".equals(direction) ? InboxOutcome.ignored("echo") : InboxOutcome.duplicate();
    }

    private record Open(long id, boolean named) {}

    /** @param created this call created it, already counting the message about to be stored */
    record Opened(long id, boolean created) {}

    /**
     * Finds or creates the customer's open conversation. The lookup first is only a fast path: creation
     * is an insert-on-conflict against the unique open key, so concurrent first messages settle on one row.
     * With {@code messageAt}, a created conversation already counts one pending message, due at {@code dueAt}.
     */
    Opened openConversation(GatewayAccount account, PhoneNumber customer, String pushName, Instant messageAt, Instant dueAt) {
        var existing = findOpen(account, customer);
        if (existing.isPresent()) {
            nameIfUnnamed(existing.get(), pushName);
            return new Opened(existing.get().id(), false);
        }
        TenantId tenant = account.tenantId();
        var created = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into conversation (tenant_id, account_id, customer_identity, customer_phone,
                                              customer_name, open_key, is_staff, status, last_message_at, inbox_seq,
                                              work_due_at)
                    values (:tenant, :account, :identity, :phone, :name, :identity,
                            (select count(*) > 0 from staff_phone s
                              where s.tenant_id = :tenant and s.phone_number = :identity and s.is_active),
                            'active', :messageAt, :seq, :dueAt)
                    on conflict do nothing""")
                    .param("tenant", tenant.value())
                    .param("account", account.id())
                    .param("identity", customer.value())
                    .param("phone", customer.digits().orElse(null))
                    .param("name", pushName)
                    .param("messageAt", Timestamps.db(messageAt))
                    .param("seq", messageAt == null ? 0 : 1)
                    .param("dueAt", messageAt == null ? null : Timestamps.db(dueAt))
                    .update(created, "id");
            if (created.getKey() != null) {
                return new Opened(created.getKey().longValue(), messageAt != null);
            }
        } catch (DuplicateKeyException raced) {
            // H2 reports a concurrent insert of the same key instead of waiting like PostgreSQL; the row exists.
        }
        Open other = findOpen(account, customer).orElseThrow(); // a concurrent first message created it
        nameIfUnnamed(other, pushName);
        return new Opened(other.id(), false);
    }

    private java.util.Optional<Open> findOpen(GatewayAccount account, PhoneNumber customer) {
        return jdbc.sql("select id, customer_name from conversation where account_id = ? and open_key = ?")
                .params(account.id(), customer.value())
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2) != null))
                .optional();
    }

    private void nameIfUnnamed(Open conversation, String pushName) {
        if (!conversation.named() && pushName != null && !pushName.isBlank()) {
            jdbc.sql("update conversation set customer_name = ? where id = ? and customer_name is null")
                    .params(pushName.strip(), conversation.id())
                    .update();
        }
    }

    private int insertMessage(
            GatewayAccount account, Long conversation, Inbound in, String direction, String senderType,
            String state, String ignoreReason) {
        try {
            return jdbc.sql("""
                    insert into message (tenant_id, account_id, conversation_id, direction, sender_type, sender,
                                         content, message_type, media_url, media_meta, aimeow_message_id,
                                         raw_payload, state, ignore_reason)
                    values (:tenant, :account, :conversation, :direction, :senderType, :sender, :content, :type,
                            :mediaUrl, :mediaMeta, :messageId, :raw, :state, :reason)
                    on conflict do nothing""")
                    .param("tenant", account.tenantId().value())
                    .param("account", account.id())
                    .param("conversation", conversation)
                    .param("direction", direction)
                    .param("senderType", senderType)
                    .param("sender", in.sender() == null ? null : in.sender().value())
                    .param("content", in.text())
                    .param("type", in.type())
                    .param("mediaUrl", in.mediaUrl())
                    .param("mediaMeta", in.mediaMeta())
                    .param("messageId", in.messageId())
                    .param("raw", in.rawPayload())
                    .param("state", state)
                    .param("reason", ignoreReason)
                    .update();
        } catch (DuplicateKeyException raced) {
            return 0;
        }
    }
}
