package com.showroomassistant.conversation;

import static com.showroomassistant.conversation.PortableInbox.conversationColumns;
import static com.showroomassistant.conversation.PortableInbox.messageColumns;
import static com.showroomassistant.conversation.PortableInbox.named;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.GatewayAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox on PostgreSQL: a customer's message is one statement. In an open conversation, it locks the
 * conversation, inserts the message unless already stored and counts it as pending; a first message creates the
 * conversation with the message. Everything else (a duplicate, a message typed on the showroom's phone, one to
 * ignore, a first message racing another) goes through the portable path in one transaction. H2 has no
 * data-modifying CTEs.
 */
class PostgresInbox extends PortableInbox implements AutoCloseable {

    /** Null when every message is its own transaction ({@code showroom.inbox.group-commit.writers=0}). */
    private final InboxGroupCommit groupCommit;

    PostgresInbox(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transaction,
            InboxGroupCommit groupCommit) {
        super(jdbc, events, clock, transaction);
        this.groupCommit = groupCommit;
    }

    /** At shutdown: the group commit's writers stop after the batch under way. */
    @Override
    public void close() {
        if (groupCommit != null) {
            groupCommit.close();
        }
    }

    /** The statement that stores a customer's message in their open conversation, for the group commit. */
    static String storeInOpenStatement() {
        return STORE_IN_OPEN;
    }

    @Override
    Optional<InboxOutcome> storeFromCustomer(GatewayAccount account, PhoneNumber customer, Inbound in) {
        Instant now = clock.instant();
        Instant dueAt = now.plusSeconds(account.debounceSeconds());
        var counted = storeInOpen(account, customer, in, now, dueAt)
                .or(() -> createWithFirst(account, customer, in, now, dueAt));
        counted.ifPresent(
                id -> events.publishEvent(new MessageStored(id, dueAt))); // committed: the statement was its own
        return counted.map(InboxOutcome::accepted);
    }

    /**
     * The message stored and counted in its customer's open conversation, in one statement; empty when there is no
     * open conversation or the message was stored before (nothing is written then).
     */
    private Optional<Long> storeInOpen(
            GatewayAccount account, PhoneNumber customer, Inbound in, Instant now, Instant dueAt) {
        var params = messageColumns(account, in);
        params.put("identity", customer.value());
        params.put("now", Timestamps.db(now));
        params.put("dueAt", Timestamps.db(dueAt));
        params.put("name", named(in.pushName()));
        params.put("wroteAt", Timestamps.db(in.wroteAt(now)));
        if (groupCommit != null) {
            try {
                return groupCommit.store(account.id() + "/" + customer.value(), params);
            } catch (InboxGroupCommit.NotBatched e) {
                // nothing of that batch was written: this message alone, as without the group commit
            }
        }
        return jdbc.sql(STORE_IN_OPEN).params(params).query(Long.class).optional();
    }

    /**
     * A customer's first message: its conversation created and the message stored, in one statement; empty when
     * nothing was written: the customer has an open conversation by now (a concurrent first message), or the message
     * was stored before (then the conversation created for it is removed again).
     */
    private Optional<Long> createWithFirst(
            GatewayAccount account, PhoneNumber customer, Inbound in, Instant now, Instant dueAt) {
        var params = conversationColumns(account, customer, in.pushName(), now, dueAt, in.wroteAt(now));
        params.putAll(messageColumns(account, in));
        var outcome = jdbc.sql(CREATE_WITH_FIRST)
                .params(params)
                .query((rs, n) -> new Long[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)})
                .single();
        if (outcome[0] != null && outcome[1] == null) {
            removeUnused(outcome[0]); // a duplicate delivery
        }
        return Optional.ofNullable(outcome[1]);
    }

    /**
     * Removes a conversation created for a duplicate delivery, unless a new message of the customer got into it in
     * the meantime (it is the customer's open conversation now, committed and found by that message): then it stays,
     * and the duplicate still answers duplicate.
     */
    private void removeUnused(long conversationId) {
        try {
            jdbc.sql(
                            "delete from conversation c where c.id = ? and not exists (select 1 from message m where m.conversation_id = c.id)")
                    .param(conversationId)
                    .update();
        } catch (DataIntegrityViolationException inUse) {
            // the message arrived between the check and the delete: the foreign key kept the conversation
        }
    }

    // built once: every customer message runs one of these
    private static final String STORE_IN_OPEN = "with open as (select id from conversation where account_id = :account"
            + " and open_key = :identity for update), stored as (" + storedPendingIn("open") + """
            )
            update conversation set last_message_at = :now, inbox_seq = inbox_seq + 1,
                   work_due_at = coalesce(work_due_at, :dueAt), customer_name = coalesce(customer_name, :name),
                   customer_wrote_at = greatest(coalesce(customer_wrote_at, :wroteAt), :wroteAt)
             where id = (select conversation_id from stored)
            returning id""";
    private static final String CREATE_WITH_FIRST = "with created as (" + CREATE_CONVERSATION + " returning id),"
            + " stored as (" + storedPendingIn("created") + ")"
            + " select (select id from created), (select conversation_id from stored)";

    /** Inserts the message as pending in the conversation selected by {@code source}, unless already stored. */
    private static String storedPendingIn(String source) {
        return """
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, sender, content,
                                     message_type, media_url, media_meta, aimeow_message_id, raw_payload, state)
                select :tenant, :account, %1$s.id, 'inbound', 'customer', :sender, :content, :type, :mediaUrl,
                       :mediaMeta, :messageId, :raw, 'pending' from %1$s
                on conflict do nothing
                returning conversation_id""".formatted(source);
    }
}
