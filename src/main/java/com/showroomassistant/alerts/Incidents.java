package com.showroomassistant.alerts;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The owner's incidents: a condition from when it started until it cleared, one open at a time per tenant and kind
 * (table {@code owner_incident}). Opening and closing are claims: whichever instance's statement changes the row does
 * the telling, so several instances on one database tell the owner once.
 */
@Component
class Incidents {

    enum Kind {
        WHATSAPP_DISCONNECTED,
        LLM_FAILING,
        TOKEN_BUDGET,
        STAFF_WAITING;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens an incident unless one of this kind is open: true for the caller that opened it. */
    boolean open(TenantId tenant, Kind kind, String detail, Instant now) {
        try {
            return jdbc.sql("""
                            insert into owner_incident (tenant_id, kind, open_key, detail, opened_at)
                            values (?, ?, ?, ?, ?) on conflict do nothing""")
                            .params(tenant.value(), kind.key(), kind.key(), detail, Timestamps.db(now))
                            .update()
                    == 1;
        } catch (DuplicateKeyException raced) {
            return false; // H2 reports a concurrent insert; PostgreSQL does nothing
        }
    }

    /**
     * Opens an incident unless one of this kind is open or one closed after {@code quietSince}: true for the caller
     * that opened it.
     */
    boolean openUnlessClosedSince(TenantId tenant, Kind kind, Instant quietSince, Instant now) {
        try {
            return jdbc.sql("""
                            insert into owner_incident (tenant_id, kind, open_key, opened_at)
                            select ?, ?, ?, ? from tenant t where t.id = ?
                               and not exists (select 1 from owner_incident q
                                                where q.tenant_id = ? and q.kind = ? and q.closed_at > ?)
                            on conflict do nothing""")
                            .params(
                                    tenant.value(),
                                    kind.key(),
                                    kind.key(),
                                    Timestamps.db(now),
                                    tenant.value(),
                                    tenant.value(),
                                    kind.key(),
                                    Timestamps.db(quietSince))
                            .update()
                    == 1;
        } catch (DuplicateKeyException raced) {
            return false; // H2 reports a concurrent insert; PostgreSQL does nothing
        }
    }

    /** Closes the open incident of this kind: when it opened, for the caller that closed it; empty when none was open. */
    Optional<Instant> close(TenantId tenant, Kind kind, Instant now) {
        Optional<Instant> opened = jdbc.sql("select opened_at from owner_incident where tenant_id = ? and open_key = ?")
                .params(tenant.value(), kind.key())
                .query((rs, n) -> Timestamps.read(rs, "opened_at"))
                .optional();
        if (opened.isEmpty()) {
            return opened;
        }
        int closed = jdbc.sql("""
                update owner_incident set open_key = null, closed_at = ?
                 where tenant_id = ? and open_key = ? and opened_at = ?""")
                .params(Timestamps.db(now), tenant.value(), kind.key(), Timestamps.db(opened.get()))
                .update();
        return closed == 1 ? opened : Optional.empty();
    }

    /** Remembers that the tenant's WhatsApp was connected (once: the first sighting since its client was bound). */
    void sawWhatsAppConnected(TenantId tenant, Instant now) {
        try {
            jdbc.sql(
                            "insert into owner_alert_watch (tenant_id, whatsapp_connected_at) values (?, ?) on conflict do nothing")
                    .params(tenant.value(), Timestamps.db(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            // another instance saw it too
        }
    }

    boolean wasWhatsAppConnected(TenantId tenant) {
        return jdbc.sql("select count(*) from owner_alert_watch where tenant_id = ?")
                        .param(tenant.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The tenant has no gateway client any more (disconnected on purpose): a new pairing starts unwatched. */
    void forgetWhatsApp(TenantId tenant) {
        jdbc.sql("delete from owner_alert_watch where tenant_id = ?")
                .param(tenant.value())
                .update();
    }
}
