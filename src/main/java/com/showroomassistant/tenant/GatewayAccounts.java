package com.showroomassistant.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.showroomassistant.shared.ReadCaches;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class GatewayAccounts {

    private static final RowMapper<GatewayAccount> ROW = (rs, n) -> new GatewayAccount(
            rs.getLong("id"),
            new TenantId(rs.getLong("tenant_id")),
            rs.getString("client_id"),
            rs.getString("connection_state"),
            rs.getString("phone_number"),
            rs.getInt("debounce_seconds"));
    private static final String SELECT =
            "select a.*, c.debounce_seconds from gateway_account a" + " join ai_config c on c.tenant_id = a.tenant_id";

    private final JdbcClient jdbc;
    private final Cache<String, GatewayAccount> byClient;

    GatewayAccounts(JdbcClient jdbc, ReadCaches caches) {
        this.jdbc = jdbc;
        this.byClient = caches.create("gateway_accounts");
    }

    /** Every webhook starts here, so known accounts are cached briefly (unknown client ids are not). */
    public Optional<GatewayAccount> byClientId(String clientId) {
        GatewayAccount cached = byClient.getIfPresent(clientId);
        if (cached != null) {
            return Optional.of(cached);
        }
        var found = jdbc.sql(SELECT + " where a.client_id = ?")
                .param(clientId)
                .query(ROW)
                .optional();
        found.ifPresent(a -> byClient.put(clientId, a));
        return found;
    }

    /** The account's configuration changed (the debounce lives in the assistant's settings). */
    public void evict() {
        ReadCaches.evict(byClient::invalidateAll);
    }

    public Optional<GatewayAccount> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ROW).optional();
    }

    public GatewayAccount ofTenant(TenantId tenant) {
        return jdbc.sql(SELECT + " where a.tenant_id = ?")
                .param(tenant.value())
                .query(ROW)
                .single();
    }

    public List<GatewayAccount> connectable() {
        return jdbc.sql(SELECT + " where a.client_id is not null").query(ROW).list();
    }

    public GatewayConnection connection(TenantId tenant) {
        return jdbc.sql("select * from gateway_account where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new GatewayConnection(
                        rs.getString("client_id"),
                        rs.getString("connection_state"),
                        rs.getString("phone_number"),
                        rs.getString("qr_code"),
                        rs.getString("qr_url"),
                        Timestamps.read(rs, "connected_at"),
                        Timestamps.read(rs, "updated_at")))
                .single();
    }

    /**
     * Binds a new gateway client if the account still has the client the caller saw ({@code expected}, null for
     * none); false when another request bound one first.
     */
    public boolean bindClient(TenantId tenant, String expected, String clientId, String qrUrl) {
        int bound = jdbc.sql("""
                update gateway_account set client_id = ?, qr_url = ?, qr_code = null, connected_at = null,
                       connection_state = case when ? is null then 'disconnected' else 'qr_ready' end,
                       updated_at = current_timestamp
                 where tenant_id = ? and client_id is not distinct from ?""")
                .params(clientId, qrUrl, qrUrl, tenant.value(), expected)
                .update();
        evict();
        return bound == 1;
    }

    /** The client's state as the gateway reported it just now; {@code connectedAt} when the gateway told it. */
    public void recordGatewayState(
            long accountId, String state, String qrCode, String phoneDigits, Instant connectedAt) {
        jdbc.sql("""
                update gateway_account set connection_state = ?, qr_code = ?,
                       phone_number = coalesce(?, phone_number),
                       connected_at = case when ? = 'connected' then coalesce(?, connected_at, current_timestamp) else null end,
                       updated_at = current_timestamp
                 where id = ?""")
                .params(state, qrCode, phoneDigits, state, Timestamps.db(connectedAt), accountId)
                .update();
        evict();
    }

    /** The gateway client is gone: the account waits for a new one; its own number is kept. */
    public void unbindClient(TenantId tenant) {
        jdbc.sql("""
                update gateway_account set client_id = null, connection_state = 'disconnected', qr_code = null,
                       qr_url = null, connected_at = null, updated_at = current_timestamp
                 where tenant_id = ?""").param(tenant.value()).update();
        evict();
    }

    /** Applies a connection event; a phone number, when given, becomes the account's own number. */
    public void applyConnection(long accountId, String state, String qrCode, String phoneDigits) {
        Instant connectedAt = "connected".equals(state) ? Instant.now() : null;
        jdbc.sql("""
                update gateway_account set connection_state = ?,
                       qr_code = case when ? = 'qr_ready' then ? else qr_code end,
                       phone_number = coalesce(?, phone_number),
                       connected_at = coalesce(?, connected_at),
                       updated_at = current_timestamp
                 where id = ?""")
                .params(state, state, qrCode, phoneDigits, Timestamps.db(connectedAt), accountId)
                .update();
        evict();
    }
}
