package com.showroomassistant.alerts;

import com.showroomassistant.assistant.llm.LlmClient;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a showroom's AI is failing, as every instance together saw it (table {@code llm_health}). Each instance's
 * circuit breaker sees only its own calls: one whose breaker stayed open all night, because it made no call since,
 * must not outvote one whose calls succeed. So the latest event wins, whoever saw it: failing while the latest breaker
 * opening is after the latest success. An instance writes only when its view changes what is stored (the alert pass
 * compares, never the call itself), so a healthy showroom costs no write at all.
 */
@Component
class AiHealth {

    private final JdbcClient jdbc;

    AiHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Stored(Instant failedAt, Instant succeededAt) {

        boolean failing() {
            return failedAt != null && (succeededAt == null || failedAt.isAfter(succeededAt));
        }
    }

    /** Adds this instance's view to the shared one; whether the AI counts as failing afterwards. */
    boolean failing(TenantId tenant, LlmClient.Seen seen) {
        Stored stored = read(tenant);
        if (!stored.failing()
                && after(seen.failedAt(), stored.failedAt())
                && after(seen.failedAt(), stored.succeededAt())) {
            move(tenant, "failed_at", seen.failedAt());
            stored = read(tenant);
        } else if (stored.failing() && after(seen.succeededAt(), stored.failedAt())) {
            move(tenant, "succeeded_at", seen.succeededAt());
            stored = read(tenant);
        }
        return stored.failing();
    }

    private static boolean after(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }

    private Stored read(TenantId tenant) {
        return jdbc.sql("select failed_at, succeeded_at from llm_health where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new Stored(Timestamps.read(rs, "failed_at"), Timestamps.read(rs, "succeeded_at")))
                .optional()
                .orElse(new Stored(null, null));
    }

    /** Moves one instant forward, never back: instances writing at once leave the latest. */
    private void move(TenantId tenant, String column, Instant at) {
        try {
            jdbc.sql("insert into llm_health (tenant_id) values (?) on conflict do nothing")
                    .param(tenant.value())
                    .update();
        } catch (DuplicateKeyException raced) {
            // H2 may still report a concurrent insert; the row is there either way
        }
        jdbc.sql("update llm_health set " + column + " = ? where tenant_id = ? and (" + column + " is null or " + column
                        + " < ?)")
                .params(Timestamps.db(at), tenant.value(), Timestamps.db(at))
                .update();
    }
}
