package com.showroomassistant.management;

import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.conversation.WaitingForStaff;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one definition of a showroom's numbers for a period. The analytics API, the staff's WhatsApp /stats and
 * the dashboard all read them here, so an owner sees the same figure in each place:
 * <ul>
 *   <li>a conversation counts when a customer (not a staff phone) wrote in it during the period;</li>
 *   <li>a reply is a message to the customer that was sent or recorded; an AI reply is one the assistant wrote;</li>
 *   <li>a closed conversation is one closed in the period for being idle;</li>
 *   <li>an escalation is one hand-over to staff (a conversation escalated twice counts twice), resolved when the
 *       conversation's next event hands it back.</li>
 * </ul>
 */
@Component
public class ShowroomFigures {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    ShowroomFigures(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures from {@code start} until now. */
    public Figures since(TenantId tenant, Instant start) {
        return of(tenant, start, clock.instant().plusSeconds(1));
    }

    /** The figures of {@code [start, end)}; {@code waitingNow} is the present number, whatever the period. */
    public record Figures(
            long conversations,
            long newConversations,
            long customerMessages,
            long replies,
            long aiReplies,
            long escalations,
            long escalatedConversations,
            long resolvedEscalations,
            long waitingNow,
            long newLeads,
            long wonLeads,
            long closedConversations) {

        /** The share of the period's conversations that needed a person, 0 without conversations. */
        public double escalationRate() {
            return conversations == 0 ? 0 : (double) escalatedConversations / conversations;
        }
    }

    public Figures of(TenantId tenant, Instant start, Instant end) {
        var from = Timestamps.db(start);
        var to = Timestamps.db(end);
        long t = tenant.value();
        long conversations = count("""
                select count(distinct m.conversation_id) from message m join conversation c on c.id = m.conversation_id
                 where m.tenant_id = ? and c.tenant_id = ? and not c.is_staff and m.direction = 'inbound'
                   and m.sender_type = 'customer' and m.state <> 'ignored' and m.created_at >= ? and m.created_at < ?""", t, t, from, to);
        long newConversations = count("""
                select count(*) from conversation where tenant_id = ? and not is_staff and created_at >= ? and created_at < ?""", t, from, to);
        long customerMessages = count("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                 where m.tenant_id = ? and c.tenant_id = ? and not c.is_staff and m.direction = 'inbound'
                   and m.sender_type = 'customer' and m.state <> 'ignored' and m.created_at >= ? and m.created_at < ?""", t, t, from, to);
        long replies = count(REPLIES, t, t, from, to);
        long aiReplies = count(REPLIES + " and m.sender_type = 'ai'", t, t, from, to);
        Escalations escalations = escalations(tenant, start, end);
        long waiting = count("select count(*) from conversation where tenant_id = ? and " + WaitingForStaff.WAITING, t);
        long leads = count(
                "select count(*) from sales_lead where tenant_id = ? and created_at >= ? and created_at < ?",
                t,
                from,
                to);
        long won = count("""
                select count(*) from sales_lead where tenant_id = ? and stage = 'won' and updated_at >= ? and updated_at < ?""", t, from, to);
        long closed = count("""
                select count(*) from conversation where tenant_id = ? and not is_staff and closed_at >= ? and closed_at < ?""", t, from, to);
        return new Figures(
                conversations,
                newConversations,
                customerMessages,
                replies,
                aiReplies,
                escalations.total(),
                escalations.conversations(),
                escalations.resolved(),
                waiting,
                leads,
                won,
                closed);
    }

    /**
     * One salesperson's figures for a period: leads created that they own, human replies they sent, test drives
     * booked by their leads, leads they won. A lead's owner is its customer's latest conversation's owner.
     */
    /** @param label how the staff member is named ({@link Assignment#STAFF_LABEL}) */
    public record Salesperson(long staffId, String label, long leads, long replies, long testDrives, long wonLeads) {}

    /** Every staff member's figures from {@code start} until now, in the staff list's order. */
    public List<Salesperson> bySalesperson(TenantId tenant, Instant start) {
        var from = Timestamps.db(start);
        var to = Timestamps.db(clock.instant().plusSeconds(1));
        return jdbc.sql("""
                select s.id, %3$s as label,
                       (select count(*) from sales_lead l where l.tenant_id = s.tenant_id
                           and l.created_at >= :from and l.created_at < :to and %1$s = s.id) as leads,
                       (select count(*) from message m where m.tenant_id = s.tenant_id and m.staff_id = s.id
                           and m.sender_type = 'human' and m.created_at >= :from and m.created_at < :to) as replies,
                       (select count(*) from test_drive d where d.tenant_id = s.tenant_id
                           and d.created_at >= :from and d.created_at < :to and %2$s = s.id) as test_drives,
                       (select count(*) from sales_lead l where l.tenant_id = s.tenant_id and l.stage = 'won'
                           and l.updated_at >= :from and l.updated_at < :to and %1$s = s.id) as won
                  from staff_phone s where s.tenant_id = :tenant order by s.id""".formatted(
                                Assignment.CUSTOMER_OWNER.formatted("l"),
                                Assignment.CUSTOMER_OWNER.formatted("d"),
                                Assignment.STAFF_LABEL.formatted("s")))
                .param("tenant", tenant.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Salesperson(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getLong("leads"),
                        rs.getLong("replies"),
                        rs.getLong("test_drives"),
                        rs.getLong("won")))
                .list();
    }

    private static final String REPLIES = """
            select count(*) from message m join conversation c on c.id = m.conversation_id
             where m.tenant_id = ? and c.tenant_id = ? and not c.is_staff and m.direction = 'outbound'
               and m.recipient = c.customer_identity and m.state in ('sent', 'recorded') and m.sender_type <> 'followup'
               and m.created_at >= ? and m.created_at < ?""";

    private record Escalations(long total, long resolved, long conversations) {}

    private Escalations escalations(TenantId tenant, Instant start, Instant end) {
        record Event(long conversationId, String kind, Instant at) {}
        List<Event> events = new ArrayList<>(jdbc.sql("""
                select conversation_id, kind, created_at from conversation_event
                 where tenant_id = :tenant and conversation_id in (select conversation_id from conversation_event
                       where tenant_id = :tenant and kind = 'escalated' and created_at >= :start and created_at < :end)
                 order by conversation_id, id""")
                .param("tenant", tenant.value())
                .param("start", Timestamps.db(start))
                .param("end", Timestamps.db(end))
                .query((rs, n) -> new Event(rs.getLong(1), rs.getString(2), Timestamps.read(rs, "created_at")))
                .list());
        long total = 0;
        long resolved = 0;
        Set<Long> conversations = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!"escalated".equals(e.kind()) || e.at().isBefore(start) || !e.at().isBefore(end)) {
                continue;
            }
            total++;
            conversations.add(e.conversationId());
            if (i + 1 < events.size()
                    && events.get(i + 1).conversationId() == e.conversationId()
                    && "resolved".equals(events.get(i + 1).kind())) {
                resolved++;
            }
        }
        return new Escalations(total, resolved, conversations.size());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
