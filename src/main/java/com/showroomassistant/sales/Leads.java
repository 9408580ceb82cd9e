package com.showroomassistant.sales;

import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One lead per (tenant, customer), created by the unique key on the first real inquiry and moved forward
 * only by observed facts. {@code won} and {@code lost} are set by staff (API or /status), never by the
 * assistant. Every query carries the tenant id.
 */
@Component
public class Leads {

    private static final RowMapper<Lead> ROW = (rs, n) -> new Lead(
            rs.getLong("id"),
            rs.getString("customer_phone"),
            rs.getString("name"),
            rs.getString("vehicles_of_interest"),
            (Long) rs.getObject("budget", Long.class),
            rs.getString("preferred_date"),
            rs.getString("source"),
            rs.getString("stage"),
            rs.getString("notes"),
            Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "updated_at"),
            null,
            (Long) rs.getObject("owner_id", Long.class),
            rs.getString("owner_name"));

    /** A lead's columns and its owner, the owner of the customer's conversation (one definition, in Assignment). */
    private static final String SELECT = "select l.*, " + Assignment.CUSTOMER_OWNER.formatted("l") + " as owner_id, "
            + Assignment.CUSTOMER_OWNER_NAME.formatted("l") + " as owner_name from sales_lead l ";

    private static final String FILTER = """
             where tenant_id = :tenant
               and (cast(:stage as varchar) is null or stage = :stage)
               and (cast(:q as varchar) is null or coalesce(customer_phone, '') like :q or lower(coalesce(name, '')) like :q)""";

    public static final List<String> STAGES = List.of("new", "qualified", "test_drive", "negotiation", "won", "lost");
    private static final Map<String, Integer> RANK =
            Map.of("new", 0, "qualified", 1, "test_drive", 2, "negotiation", 3, "won", 9, "lost", 9);
    private final JdbcClient jdbc;
    private final TradeIns tradeIns;
    /**
     * What this instance last told each lead (tenant and customer), without its note: told again, it changes
     * nothing (stages only move forward, a model already listed is not added twice, budget and date are the same),
     * so it needs no read. Bounded, least recently used first out; forgotten when staff close the lead, and wholly
     * when they move one (a move names the lead, not the customer).
     */
    private final Map<String, Observation> told =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Observation> eldest) {
                    return size() > 20_000;
                }
            });

    Leads(JdbcClient jdbc, TradeIns tradeIns) {
        this.tradeIns = tradeIns;
        this.jdbc = jdbc;
    }

    /** What one customer turn showed about the customer's interest. */
    public record Observation(
            String customerIdentity,
            String customerPhone,
            String pushName,
            String stage,
            String model,
            Long budget,
            String preferredDate,
            String note) {}

    /**
     * One read, then a write only when the observation adds something (most turns of a known lead do not); none
     * when this instance told the lead the same before (a customer asking about the same car again); for a
     * customer this instance has not told anything, an insert first, which for a new lead is all.
     */
    public void observe(TenantId tenant, Observation o) {
        String key = key(tenant, o.customerIdentity());
        Observation withoutNote = withoutNote(o);
        Observation before = told.get(key);
        if (!isNews(o, withoutNote, before)) {
            return;
        }
        // a customer this instance has not told anything yet is most often new: try creating the lead first
        if (before == null && created(tenant, o)) {
            remember(key, withoutNote);
            return;
        }
        apply(tenant, o);
        remember(key, withoutNote);
    }

    /**
     * Whether observing this could change the lead: false when this instance told the lead the same before and it
     * carries no note, so a turn has nothing to write.
     */
    public boolean isNews(TenantId tenant, Observation o) {
        return isNews(o, withoutNote(o), told.get(key(tenant, o.customerIdentity())));
    }

    private static boolean isNews(Observation o, Observation withoutNote, Observation before) {
        return o.note() != null || !withoutNote.equals(before);
    }

    private static Observation withoutNote(Observation o) {
        return new Observation(
                o.customerIdentity(),
                o.customerPhone(),
                o.pushName(),
                o.stage(),
                o.model(),
                o.budget(),
                o.preferredDate(),
                null);
    }

    private static String key(TenantId tenant, String customerIdentity) {
        return tenant.value() + "|" + customerIdentity;
    }

    /** Remembered once the caller's transaction commits (a rolled-back write was never told). */
    private void remember(String key, Observation observation) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            told.put(key, observation);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                told.put(key, observation);
            }
        });
    }

    private boolean created(TenantId tenant, Observation o) {
        return jdbc.sql("""
                insert into sales_lead (tenant_id, customer_identity, customer_phone, name, source, stage,
                                        vehicles_of_interest, budget, preferred_date, notes)
                values (?, ?, ?, ?, 'whatsapp', ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                tenant.value(),
                                o.customerIdentity(),
                                o.customerPhone(),
                                looksLikeName(o.pushName()) ? o.pushName().strip() : null,
                                forward("new", o.stage()),
                                withModel(null, o.model()),
                                o.budget(),
                                o.preferredDate(),
                                truncate(o.note()))
                        .update()
                == 1;
    }

    private void apply(TenantId tenant, Observation o) {
        var current = current(tenant, o.customerIdentity());
        if (current.isEmpty()) {
            if (created(tenant, o)) {
                return;
            }
            current = current(tenant, o.customerIdentity()); // a concurrent turn created it first
        }
        var lead = current.orElseThrow();
        String stage = forward(lead.stage(), o.stage());
        String interest = withModel(lead.interest(), o.model());
        String notes =
                o.note() == null ? lead.notes() : (lead.notes() == null ? o.note() : lead.notes() + "\n" + o.note());
        boolean changed = !stage.equals(lead.stage())
                || !java.util.Objects.equals(interest, lead.interest())
                || o.note() != null
                || o.budget() != null
                || o.preferredDate() != null;
        if (!changed) {
            return;
        }
        jdbc.sql("""
                update sales_lead set stage = ?, vehicles_of_interest = ?, budget = coalesce(?, budget),
                       preferred_date = coalesce(?, preferred_date), notes = ?, updated_at = current_timestamp
                 where tenant_id = ? and customer_identity = ?""")
                .params(
                        stage,
                        interest,
                        o.budget(),
                        o.preferredDate(),
                        truncate(notes),
                        tenant.value(),
                        o.customerIdentity())
                .update();
    }

    private record Current(String stage, String interest, String notes) {}

    private Optional<Current> current(TenantId tenant, String customerIdentity) {
        return jdbc.sql(
                        "select stage, vehicles_of_interest, notes from sales_lead where tenant_id = ? and customer_identity = ?")
                .params(tenant.value(), customerIdentity)
                .query((rs, n) -> new Current(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Staff's verdict: the only way a lead becomes won or lost. */
    public void close(TenantId tenant, String customerIdentity, String customerPhone, boolean won) {
        told.remove(key(tenant, customerIdentity));
        jdbc.sql("""
                insert into sales_lead (tenant_id, customer_identity, customer_phone, source, stage)
                values (?, ?, ?, 'staff', 'new') on conflict do nothing""").params(tenant.value(), customerIdentity, customerPhone).update();
        jdbc.sql(
                        "update sales_lead set stage = ?, updated_at = current_timestamp where tenant_id = ? and customer_identity = ?")
                .params(won ? "won" : "lost", tenant.value(), customerIdentity)
                .update();
    }

    public Page<Lead> list(TenantId tenant, String stage, String q, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        String stageOrNull = stage == null || stage.isBlank() ? null : stage;
        long total = jdbc.sql("select count(*) from sales_lead " + FILTER)
                .param("tenant", tenant.value())
                .param("stage", stageOrNull)
                .param("q", like)
                .query(Long.class)
                .single();
        List<Lead> items = jdbc.sql(SELECT + FILTER + " order by updated_at desc, id desc limit :limit offset :offset")
                .param("tenant", tenant.value())
                .param("stage", stageOrNull)
                .param("q", like)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ROW)
                .list();
        return new Page<>(items, page, size, total);
    }

    public Lead get(TenantId tenant, long id) {
        Lead lead = jdbc.sql(SELECT + " where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("lead " + id));
        String identity = jdbc.sql("select customer_identity from sales_lead where id = ?")
                .param(id)
                .query(String.class)
                .single();
        return tradeIns.of(tenant, identity).map(lead::withTradeIn).orElse(lead);
    }

    /** Moves the lead to a stage; notes, when given, replace the old ones. */
    public Lead move(TenantId tenant, long id, String stage, String notes) {
        told.clear();
        int changed = jdbc.sql("""
                update sales_lead set stage = ?, notes = coalesce(?, notes), updated_at = current_timestamp
                 where tenant_id = ? and id = ?""").params(stage, notes, tenant.value(), id).update();
        if (changed == 0) {
            throw new NotFoundException("lead " + id);
        }
        return get(tenant, id);
    }

    static String forward(String current, String observed) {
        if (observed == null || RANK.get(current) >= 9 || RANK.get(observed) >= 9) {
            return current;
        }
        return RANK.get(observed) > RANK.get(current) ? observed : current;
    }

    private static String withModel(String interest, String model) {
        if (model == null || model.isBlank()) {
            return interest;
        }
        List<String> models = interest == null || interest.isBlank()
                ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(interest.split(",\\s*")));
        if (models.stream().noneMatch(m -> m.equalsIgnoreCase(model))) {
            models.add(model);
        }
        return truncate(String.join(", ", models));
    }

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} .'-]{1,39}");
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?i)\\b(admin|cs|shop|store|official|motor|mobil)\\b");

    static boolean looksLikeName(String pushName) {
        return pushName != null
                && NAME.matcher(pushName.strip()).matches()
                && !NOT_A_PERSON.matcher(pushName).find();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(s.length() - 1000);
    }
}
