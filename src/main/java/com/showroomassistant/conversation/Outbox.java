package com.showroomassistant.conversation;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.MessageTemplate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Queues outbound messages outside a turn (reminders, human replies, follow-ups); the outbox sender delivers them. */
@Component
public class Outbox {

    /**
     * How a send the gateway may or may not have made (its answer timed out) is marked in {@code last_error} while it
     * waits: the gateway's echo of the message settles it as sent (see {@link Inbox}); without an echo it is tried again.
     */
    public static final String UNKNOWN_SEND = "unknown: ";

    /**
     * Whether the customer of conversation {@code c} may get a follow-up now, as SQL with the parameter
     * {@code :humanQuietSince}: not opted out, not a staff phone, not escalated (nor closed while escalated), and no
     * human reply since then. CONTRACT 9.3.
     */
    public static final String MAY_FOLLOW_UP = """
            not c.opted_out and not c.is_staff and c.status <> 'escalated' and c.escalated_at is null
            and (c.human_active_at is null or c.human_active_at < :humanQuietSince)""";

    /**
     * The id of a customer's latest conversation with the showroom {@code :tenant}, the one a follow-up goes to (or
     * continues after), as SQL: format it with the SQL of the customer's identity. Found by the account's index.
     */
    public static final String LATEST_CONVERSATION = """
            (select max(p.id) from conversation p
              where p.account_id = (select g.id from gateway_account g where g.tenant_id = :tenant)
                and p.customer_identity = %s)""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SendingGovernor governor;

    Outbox(JdbcClient jdbc, Clock clock, SendingGovernor governor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.governor = governor;
    }

    /** Queues a message in the conversation to its customer; call inside the caller's transaction. */
    public void toCustomer(long conversationId, String senderType, String text) {
        toCustomer(conversationId, senderType, text, null);
    }

    /**
     * Queues a test drive's reminder: sent on the service's own initiative, so outside the Cloud API's 24-hour
     * window it goes as the account's template for {@link MessageTemplate#TEST_DRIVE_REMINDER}.
     */
    public void reminder(long conversationId, String text) {
        toCustomer(conversationId, "system", text, MessageTemplate.TEST_DRIVE_REMINDER);
    }

    private void toCustomer(long conversationId, String senderType, String text, String purpose) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content,
                                     message_type, state, recipient, next_attempt_at, purpose)
                select tenant_id, account_id, id, 'outbound', ?, ?, 'text', 'pending', customer_identity, ?, ?
                  from conversation where id = ?""")
                .params(senderType, text, Timestamps.db(clock.instant()), purpose, conversationId)
                .update();
    }

    /**
     * Queues a message to a phone outside any conversation (the owner's alerts), sent like a staff notice through the
     * tenant's WhatsApp account, outside the Cloud API's window as its {@link MessageTemplate#OWNER_ALERT} template;
     * call inside the caller's transaction and publish {@link RepliesQueued} after it.
     *
     * @param recipient E.164 digits
     */
    public void toPhone(TenantId tenant, String recipient, String text) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, direction, sender_type, content, message_type, state,
                                     recipient, next_attempt_at, purpose)
                select tenant_id, id, 'outbound', 'system', ?, 'text', 'pending', ?, ?, ?
                  from gateway_account where tenant_id = ?""")
                .params(text, recipient, Timestamps.db(clock.instant()), MessageTemplate.OWNER_ALERT, tenant.value())
                .update();
    }

    /**
     * Queues a notice to a staff phone about the conversation (stored in it, as a turn's staff notices are), outside
     * the Cloud API's window sent as the {@link MessageTemplate#STAFF_NOTICE} template; call inside the caller's
     * transaction.
     */
    public void toStaff(long conversationId, String staffPhone, String text) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content,
                                     message_type, state, recipient, next_attempt_at, purpose)
                select tenant_id, account_id, id, 'outbound', 'system', ?, 'text', 'pending', ?, ?, ?
                  from conversation where id = ?""")
                .params(text, staffPhone, Timestamps.db(clock.instant()), MessageTemplate.STAFF_NOTICE, conversationId)
                .update();
    }

    /**
     * A follow-up to a customer: the text, and the model it is about (what "jadwalkan lihat unit" then refers to).
     *
     * @param customer the customer's identity (E.164 digits, or a WhatsApp LID)
     */
    public record FollowUp(TenantId tenant, String customer, String text, String interestModel) {}

    /**
     * Queues a follow-up in the customer's latest conversation, at the account's next paced slot. After a closed
     * conversation it opens a new one with it, as a message typed on the showroom's phone would, so the customer's
     * reply finds the follow-up in its history. Checked under the conversation's lock: a customer who may not get one
     * now ({@link #MAY_FOLLOW_UP}), or no slot before {@code horizon}, writes nothing. Call inside the caller's
     * transaction.
     */
    public FollowUpOutcome followUp(FollowUp f, Instant now, Instant humanQuietSince, Instant horizon) {
        record Target(long id, long accountId, boolean closed, String phone, String name) {}
        Optional<Target> target = jdbc.sql(
                        "select id, account_id, status, customer_phone, customer_name from conversation c"
                                + " where c.id = " + LATEST_CONVERSATION.formatted(":customer") + " and ("
                                + MAY_FOLLOW_UP + ") for update")
                .param("tenant", f.tenant().value())
                .param("customer", f.customer())
                .param("humanQuietSince", Timestamps.db(humanQuietSince))
                .query((rs, n) -> new Target(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        ConversationStatus.of(rs.getString("status")) == ConversationStatus.CLOSED,
                        rs.getString("customer_phone"),
                        rs.getString("customer_name")))
                .optional();
        if (target.isEmpty()) {
            return new FollowUpOutcome.Unreachable();
        }
        Target t = target.get();
        Optional<Instant> slot = governor.take(t.accountId(), now, horizon);
        if (slot.isEmpty()) {
            return new FollowUpOutcome.NoSlot();
        }
        Optional<Long> conversation =
                t.closed() ? opened(f, t.accountId(), t.phone(), t.name(), now) : Optional.of(t.id());
        if (conversation.isEmpty()) {
            return new FollowUpOutcome.Unreachable(); // the customer opened one this moment: they are writing
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content,
                                     message_type, state, recipient, next_attempt_at, purpose)
                values (?, ?, ?, 'outbound', 'followup', ?, 'text', 'pending', ?, ?, ?)""")
                .params(
                        f.tenant().value(),
                        t.accountId(),
                        conversation.get(),
                        f.text(),
                        f.customer(),
                        Timestamps.db(slot.get()),
                        MessageTemplate.FOLLOW_UP)
                .update(key, "id");
        if (f.interestModel() != null) {
            jdbc.sql("update conversation set interest_model = ? where id = ?")
                    .params(f.interestModel(), conversation.get())
                    .update();
        }
        return new FollowUpOutcome.Queued(key.getKey().longValue(), conversation.get(), slot.get());
    }

    /** The customer's new open conversation, its last message the follow-up; empty when one was opened meanwhile. */
    private Optional<Long> opened(FollowUp f, long accountId, String phone, String name, Instant now) {
        var columns = new HashMap<String, Object>();
        columns.put("tenant", f.tenant().value());
        columns.put("account", accountId);
        columns.put("identity", f.customer());
        columns.put("phone", phone);
        columns.put("name", name);
        columns.put("messageAt", Timestamps.db(now));
        columns.put("seq", 0);
        columns.put("dueAt", null);
        columns.put(
                "wroteAt", null); // the showroom writes here, not the customer: their window is their last message's
        var created = new GeneratedKeyHolder();
        try {
            jdbc.sql(PortableInbox.CREATE_CONVERSATION).params(columns).update(created, "id");
        } catch (DuplicateKeyException raced) {
            return Optional.empty(); // H2 reports the concurrent insert; PostgreSQL does nothing
        }
        return Optional.ofNullable(created.getKey()).map(Number::longValue);
    }
}
