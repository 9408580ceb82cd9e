package com.showroomassistant.sales;

import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leads a follow-up is due to now, at most one each, those with a new car first. Both reasons leave out leads won
 * or lost, followed up in the last seven days, or whose customer may not get one ({@link Outbox#MAY_FOLLOW_UP}); the
 * claim checks again under locks.
 */
@Component
class FollowUpCandidates {

    /** CONTRACT 9.3: at most one follow-up a lead in this long. */
    static final Duration MIN_GAP = Duration.ofDays(7);
    /** A car is news this long after it became available; a later follow-up would name stale stock. */
    static final Duration NEW_STOCK_WINDOW = Duration.ofDays(3);
    /** A lead quiet longer than the showroom's days plus this is not woken: turning the option on is no mass mailing. */
    static final Duration QUIET_WINDOW = Duration.ofDays(7);

    private static final int LIMIT = 200;

    /** A lead to follow up, and why: a new car ({@code vehicleId}), or the silence that began at {@code quietSince}. */
    record Candidate(long leadId, String customer, String name, String interest, Long vehicleId, Instant quietSince) {

        String reason() {
            return vehicleId != null ? "new_stock" : "quiet_lead";
        }

        /** What the unique key holds once per lead and reason: the car, or the silence. */
        String subject() {
            return vehicleId != null ? "vehicle:" + vehicleId : "quiet:" + quietSince.toEpochMilli();
        }
    }

    private static final String LEAD_FOLLOWABLE = """
               and l.stage not in ('won', 'lost')
               and (l.followed_up_at is null or l.followed_up_at <= :lastAllowed)
               and (%s)""".formatted(Outbox.MAY_FOLLOW_UP);

    private static final String NEW_STOCK =
            """
            select l.id, l.customer_identity, l.name, l.vehicles_of_interest, v.id as vehicle_id
              from stock_arrival a
              join vehicle v on v.id = a.vehicle_id and v.tenant_id = a.tenant_id
              join sales_lead l on l.tenant_id = a.tenant_id
              join conversation c on c.id = %s
             where a.tenant_id = :tenant and a.arrived_at >= :arrivedSince and v.status = 'available'
               and lower(', ' || l.vehicles_of_interest || ',') like ('%%, ' || lower(v.model) || ',%%')
               and (l.budget is null or v.price <= l.budget)
               and not exists (select 1 from follow_up f
                                where f.lead_id = l.id and f.reason = 'new_stock' and f.vehicle_id = v.id)
            %s
             order by a.arrived_at, a.id, l.id
             limit :limit""".formatted(Outbox.LATEST_CONVERSATION.formatted("l.customer_identity"), LEAD_FOLLOWABLE);

    /** The silence is the customer's (or a human's) last message; one after a follow-up is not a new silence. */
    private static final String QUIET =
            """
            select l.id, l.customer_identity, l.name, l.vehicles_of_interest, c.last_message_at
              from sales_lead l
              join conversation c on c.id = %s
             where l.tenant_id = :tenant
               and c.last_message_at <= :quietSince and c.last_message_at > :quietFloor
               and (l.followed_up_at is null or l.followed_up_at < c.last_message_at)
            %s
             order by c.last_message_at, l.id
             limit :limit""".formatted(Outbox.LATEST_CONVERSATION.formatted("l.customer_identity"), LEAD_FOLLOWABLE);

    private final JdbcClient jdbc;

    FollowUpCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param quietDays the showroom's quiet-lead days, null when it sends none
     * @param humanQuietSince a human reply after this still pauses the assistant (the showroom's handoff timeout)
     */
    List<Candidate> due(TenantId tenant, boolean newStock, Integer quietDays, Instant now, Instant humanQuietSince) {
        Map<Long, Candidate> byLead = new LinkedHashMap<>();
        if (newStock) {
            jdbc.sql(NEW_STOCK)
                    .param("tenant", tenant.value())
                    .param("arrivedSince", Timestamps.db(now.minus(NEW_STOCK_WINDOW)))
                    .param("lastAllowed", Timestamps.db(now.minus(MIN_GAP)))
                    .param("humanQuietSince", Timestamps.db(humanQuietSince))
                    .param("limit", LIMIT)
                    .query((rs, n) -> new Candidate(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), null))
                    .list()
                    .forEach(c -> byLead.putIfAbsent(c.leadId(), c));
        }
        if (quietDays != null) {
            Instant quietSince = now.minus(Duration.ofDays(quietDays));
            jdbc.sql(QUIET)
                    .param("tenant", tenant.value())
                    .param("quietSince", Timestamps.db(quietSince))
                    .param("quietFloor", Timestamps.db(quietSince.minus(QUIET_WINDOW)))
                    .param("lastAllowed", Timestamps.db(now.minus(MIN_GAP)))
                    .param("humanQuietSince", Timestamps.db(humanQuietSince))
                    .param("limit", LIMIT)
                    .query((rs, n) -> new Candidate(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            null,
                            Timestamps.read(rs, "last_message_at")))
                    .list()
                    .forEach(c -> byLead.putIfAbsent(c.leadId(), c));
        }
        return List.copyOf(byLead.values());
    }
}
