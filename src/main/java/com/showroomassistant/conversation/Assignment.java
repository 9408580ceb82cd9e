package com.showroomassistant.conversation;

import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who owns a conversation: one salesperson (a staff phone id), for commissions and so that one person is told. A
 * conversation keeps its owner; a new one goes to the customer's earlier owner, else to the next staff member in
 * the tenant's round-robin. Every move is a conditional update, so concurrent escalations and claims cannot give a
 * conversation two owners, and the round-robin cursor moves once per assignment.
 */
@Component
public class Assignment {

    /** The owner's staff id of the customer's latest owned conversation: a lead's owner (SQL, {@code %1$s} a row). */
    public static final String CUSTOMER_OWNER = """
            (select o.assignee_staff_id from conversation o
              where o.tenant_id = %1$s.tenant_id and o.customer_identity = %1$s.customer_identity
                and o.assignee_staff_id is not null
              order by o.id desc limit 1)""";

    /**
     * The one definition of how a staff member is named wherever a person reads it (dashboard, API, staff texts,
     * figures): their name, else {@code +} and their phone; a blank name counts as none (SQL, {@code %1$s} a
     * {@code staff_phone} row). Here because owners are named by it and the staff module builds on this one.
     */
    public static final String STAFF_LABEL = "coalesce(nullif(trim(%1$s.name), ''), '+' || %1$s.phone_number)";

    /** That owner's label ({@link #STAFF_LABEL}), or null (SQL, {@code %1$s} a row with the customer). */
    public static final String CUSTOMER_OWNER_NAME =
            "(select " + STAFF_LABEL.formatted("s") + " from staff_phone s where s.id = " + CUSTOMER_OWNER + ")";

    /** How a claim ended: the claimer owns it now (or already did), or someone else does. */
    public sealed interface Claim {
        record Claimed(boolean already) implements Claim {}

        record OwnedBy(long staffId) implements Claim {}
    }

    /** An escalation its owner has not answered in time: the others are told once. */
    public record Unanswered(TenantId tenant, long conversationId, long ownerId, String customer, String name) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    Assignment(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        // its own transaction, whatever the caller's: a failed step rolls back only itself, and the retry starts clean
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The conversation's owner, assigning one if it has none: the customer's earlier owner when still a candidate,
     * else the candidate after the tenant's last assignee. Empty when it has none and there are no candidates.
     *
     * @param candidates staff ids who may get new conversations (active, not away), in the tenant's order
     */
    public Optional<Long> assign(TenantId tenant, long conversationId, List<Long> candidates) {
        Optional<Long> owner = owner(tenant, conversationId);
        if (owner.isPresent() || candidates.isEmpty()) {
            return owner;
        }
        Optional<Long> earlier = earlierOwner(tenant, conversationId).filter(candidates::contains);
        if (earlier.isPresent()) {
            return Optional.of(setIfNone(tenant, conversationId, earlier.get()));
        }
        ensureCursor(tenant);
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.ofNullable(tx.execute(status -> roundRobin(tenant, conversationId, candidates)));
            } catch (TransientDataAccessException | UncategorizedSQLException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
            backOff(attempt);
        }
    }

    private static final int MAX_ATTEMPTS = 20;

    /**
     * Waits a few milliseconds, more after each lost race and at random, so that escalations arriving together spread
     * out instead of colliding again (at most 64 ms a try; the thread is virtual).
     */
    private static void backOff(int attempt) {
        long ceiling = 2L << Math.min(attempt, 5);
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextLong(ceiling));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrencyFailureException("interrupted while assigning", e);
        }
    }

    /**
     * One round-robin step in its own transaction (never call it while holding the conversation's row lock: the step
     * would wait for its own caller): the conversation takes the next candidate if it still has no owner, and
     * the cursor moves only if nobody moved it since it was read; otherwise it throws, rolling the assignment back,
     * and the caller tries again. The
     * conversation's row is locked before the cursor's, always in that order.
     */
    private Long roundRobin(TenantId tenant, long conversationId, List<Long> candidates) {
        record Cursor(Long last, long turns) {}
        Cursor cursor = jdbc.sql("select last_staff_id, turns from assignment_cursor where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new Cursor((Long) rs.getObject(1, Long.class), rs.getLong(2)))
                .single();
        long next = candidates.stream()
                .filter(id -> cursor.last() != null && id > cursor.last())
                .findFirst()
                .orElse(candidates.getFirst());
        var now = Timestamps.db(clock.instant());
        int taken =
                jdbc.sql("""
                update conversation set assignee_staff_id = ?, assigned_at = ?, claimed_at = null
                 where tenant_id = ? and id = ? and assignee_staff_id is null""").params(next, now, tenant.value(), conversationId).update();
        if (taken == 0) {
            return owner(tenant, conversationId)
                    .orElseThrow(() -> new NotFoundException("conversation " + conversationId));
        }
        int moved = jdbc.sql("update assignment_cursor set last_staff_id = ?, turns = turns + 1"
                        + " where tenant_id = ? and turns = ?")
                .params(next, tenant.value(), cursor.turns())
                .update();
        if (moved == 0) {
            throw new ConcurrencyFailureException("round-robin cursor moved"); // rolls the assignment back
        }
        return next;
    }

    private void ensureCursor(TenantId tenant) {
        boolean exists = jdbc.sql("select count(*) from assignment_cursor where tenant_id = ?")
                        .param(tenant.value())
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            try {
                // another assignment may create it at the same moment: fine. "on conflict do nothing" rather than a
                // caught duplicate key, which would abort a caller's PostgreSQL transaction
                jdbc.sql("insert into assignment_cursor (tenant_id) values (?) on conflict do nothing")
                        .param(tenant.value())
                        .update();
            } catch (DuplicateKeyException raced) {
                // H2 may still report a concurrent insert (and does not abort its transaction)
            }
        }
    }

    /**
     * Gives a conversation with no owner to {@code staffId} (a staff member who answered it); one that has an owner
     * keeps it. Its owner afterwards.
     */
    public long setIfNone(TenantId tenant, long conversationId, long staffId) {
        jdbc.sql("""
                update conversation set assignee_staff_id = ?, assigned_at = ?, claimed_at = null
                 where tenant_id = ? and id = ? and assignee_staff_id is null""")
                .params(staffId, Timestamps.db(clock.instant()), tenant.value(), conversationId)
                .update();
        return owner(tenant, conversationId).orElse(staffId);
    }

    /** The owner of the customer's latest earlier conversation, who keeps a returning customer. */
    private Optional<Long> earlierOwner(TenantId tenant, long conversationId) {
        return jdbc.sql("select " + CUSTOMER_OWNER.formatted("c")
                        + " from conversation c where c.tenant_id = ? and c.id = ?")
                .params(tenant.value(), conversationId)
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject(1, Long.class)))
                .optional()
                .flatMap(o -> o);
    }

    public Optional<Long> owner(TenantId tenant, long conversationId) {
        return jdbc.sql("select assignee_staff_id from conversation where tenant_id = ? and id = ?")
                .params(tenant.value(), conversationId)
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject(1, Long.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId));
    }

    /**
     * The first to claim owns it: a conversation with no owner, or an escalation its owner left unanswered until the
     * others were told. Its owner claiming it acknowledges it, so the others are not told.
     */
    public Claim claim(TenantId tenant, long conversationId, long staffId) {
        Optional<Long> before = owner(tenant, conversationId);
        var now = Timestamps.db(clock.instant());
        int won = jdbc.sql("""
                update conversation set assignee_staff_id = ?, claimed_at = ?,
                       assigned_at = case when assignee_staff_id = ? then assigned_at else ? end
                 where tenant_id = ? and id = ?
                   and (assignee_staff_id is null or assignee_staff_id = ?
                        or (status = 'escalated' and others_told_at >= escalated_at
                            and (claimed_at is null or claimed_at < others_told_at)
                            and (human_active_at is null or human_active_at < others_told_at)))""")
                .params(staffId, now, staffId, now, tenant.value(), conversationId, staffId)
                .update();
        if (won == 1) {
            return new Claim.Claimed(before.isPresent() && before.get() == staffId);
        }
        return new Claim.OwnedBy(owner(tenant, conversationId).orElseThrow());
    }

    /**
     * Gives the conversation to {@code staffId}, one of the tenant's staff (dashboard, API, /alihkan); the unanswered
     * clock starts again. False when the tenant has no such staff member.
     */
    public boolean reassign(TenantId tenant, long conversationId, long staffId) {
        owner(tenant, conversationId); // 404 for an unknown conversation
        return jdbc.sql("""
                        update conversation set assignee_staff_id = ?, assigned_at = ?, claimed_at = null
                         where tenant_id = ? and id = ?
                           and exists (select 1 from staff_phone s where s.id = ? and s.tenant_id = ?)""")
                        .params(
                                staffId,
                                Timestamps.db(clock.instant()),
                                tenant.value(),
                                conversationId,
                                staffId,
                                tenant.value())
                        .update()
                == 1;
    }

    /** A staff member who leaves (deactivated) no longer owns open conversations; closed ones keep their owner. */
    public void releaseOpen(TenantId tenant, long staffId) {
        jdbc.sql("""
                update conversation set assignee_staff_id = null, assigned_at = null, claimed_at = null
                 where tenant_id = ? and assignee_staff_id = ? and status <> 'closed'""").params(tenant.value(), staffId).update();
    }

    /**
     * Escalations waiting for staff since before {@code cutoff} that nobody answered (no human reply, no claim since
     * the escalation or the assignment) and whose other staff were not told yet.
     */
    public List<Unanswered> unanswered(Instant cutoff, int limit) {
        var at = Timestamps.db(cutoff);
        return jdbc.sql("""
                select tenant_id, id, assignee_staff_id, customer_identity, customer_name from conversation
                 where %s and assignee_staff_id is not null
                   and escalated_at <= ? and assigned_at <= ?
                   and (claimed_at is null or claimed_at < escalated_at)
                   and (others_told_at is null or others_told_at < escalated_at)
                 order by escalated_at limit ?""".formatted(WaitingForStaff.WAITING))
                .params(at, at, limit)
                .query((rs, n) -> new Unanswered(
                        new TenantId(rs.getLong(1)), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Claims telling the others about an unanswered escalation; true for exactly one caller. */
    public boolean markOthersTold(long conversationId) {
        var now = Timestamps.db(clock.instant());
        return jdbc.sql("""
                        update conversation set others_told_at = ?
                         where id = ? and status = 'escalated'
                           and (others_told_at is null or others_told_at < escalated_at)""").params(now, conversationId).update() == 1;
    }
}
