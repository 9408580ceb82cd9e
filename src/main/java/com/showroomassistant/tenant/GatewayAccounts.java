package com.showroomassistant.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.ReadCaches;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
public class GatewayAccounts {

    private static final RowMapper<GatewayAccount> ROW = (rs, n) -> new GatewayAccount(
            rs.getLong("id"),
            new TenantId(rs.getLong("tenant_id")),
            rs.getString("client_id"),
            rs.getString("connection_state"),
            rs.getString("phone_number"),
            rs.getInt("debounce_seconds"),
            GatewayKind.of(rs.getString("kind")));
    private static final String SELECT =
            "select a.*, c.debounce_seconds from gateway_account a" + " join ai_config c on c.tenant_id = a.tenant_id";

    private final JdbcClient jdbc;
    private final Cache<String, GatewayAccount> byClient;
    private final Cache<Long, CloudCredentials> cloud;
    private final SecretCipher cipher;
    private final JsonMapper json;

    GatewayAccounts(JdbcClient jdbc, ReadCaches caches, SecretCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.byClient = caches.create("gateway_accounts");
        this.cloud = caches.create("cloud_credentials", 1_000);
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
        ReadCaches.evict(() -> {
            byClient.invalidateAll();
            cloud.invalidateAll();
        });
    }

    /**
     * The Cloud API credentials of a cloud account, decrypted; empty for an Aimeow account. Cached briefly like the
     * account itself: every cloud send and every cloud webhook reads them.
     */
    public Optional<CloudCredentials> cloudCredentials(long accountId) {
        CloudCredentials cached = cloud.getIfPresent(accountId);
        if (cached != null) {
            return Optional.of(cached);
        }
        var found = jdbc.sql("select * from gateway_account where id = ? and kind = 'cloud'")
                .param(accountId)
                .query((rs, n) -> new CloudCredentials(
                        rs.getLong("id"),
                        new TenantId(rs.getLong("tenant_id")),
                        rs.getString("client_id"),
                        rs.getString("business_account_id"),
                        cipher.decrypt(rs.getString("access_token_enc")),
                        cipher.decrypt(rs.getString("app_secret_enc")),
                        templates(rs.getString("templates"))))
                .optional();
        found.ifPresent(c -> cloud.put(accountId, c));
        return found;
    }

    /**
     * Puts the tenant's account on a gateway. For the Cloud API the phone-number id becomes the account's client id
     * and a secret left null keeps the stored one; for Aimeow the cloud settings are dropped and the client id is
     * bound as given (null: the account waits for initialize). The connection starts over as disconnected.
     */
    public void configure(TenantId tenant, GatewaySettings settings) {
        boolean cloudKind = settings.kind() == GatewayKind.CLOUD;
        String token = cloudKind && settings.accessToken() != null ? cipher.encrypt(settings.accessToken()) : null;
        String secret = cloudKind && settings.appSecret() != null ? cipher.encrypt(settings.appSecret()) : null;
        if (cloudKind && (token == null || secret == null)) {
            var stored = jdbc.sql("select access_token_enc, app_secret_enc from gateway_account"
                            + " where tenant_id = ? and kind = 'cloud'")
                    .param(tenant.value())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional();
            token = token != null ? token : stored.map(s -> s[0]).orElse(null);
            secret = secret != null ? secret : stored.map(s -> s[1]).orElse(null);
            if (token == null) {
                throw new InvalidFieldException("accessToken", "a cloud account needs an access token");
            }
            if (secret == null) {
                throw new InvalidFieldException("appSecret", "a cloud account needs the app secret");
            }
        }
        String templates = cloudKind ? json.writeValueAsString(settings.templates()) : null;
        String clientId = cloudKind ? settings.phoneNumberId() : settings.aimeowClientId();
        int updated;
        try {
            updated = jdbc.sql("""
                    update gateway_account set kind = ?, client_id = ?, business_account_id = ?,
                           access_token_enc = ?, app_secret_enc = ?, templates = ?, connection_error = null,
                           connection_state = 'disconnected', qr_code = null, qr_url = null, connected_at = null,
                           updated_at = current_timestamp
                     where tenant_id = ?""")
                    .params(
                            settings.kind().value(),
                            clientId,
                            cloudKind ? settings.businessAccountId() : null,
                            token,
                            secret,
                            templates,
                            tenant.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    (cloudKind ? "phoneNumberId" : "aimeowClientId") + " is already bound to another showroom");
        } finally {
            evict();
        }
        if (updated == 0) {
            throw new NotFoundException("tenant");
        }
    }

    /** Whether Cloud API credentials can be stored: false while {@code SHOWROOM_SECRETS_KEY} is unset. */
    public boolean canStoreCredentials() {
        return cipher.configured();
    }

    /** The tenant's gateway settings as the operator sees them: secrets only as whether they are set. */
    public GatewaySettings.View settings(TenantId tenant) {
        return jdbc.sql("select * from gateway_account where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> {
                    GatewayKind kind = GatewayKind.of(rs.getString("kind"));
                    boolean cloudKind = kind == GatewayKind.CLOUD;
                    return new GatewaySettings.View(
                            kind.value(),
                            cloudKind ? null : rs.getString("client_id"),
                            cloudKind ? rs.getString("client_id") : null,
                            rs.getString("business_account_id"),
                            rs.getString("access_token_enc") != null,
                            rs.getString("app_secret_enc") != null,
                            templates(rs.getString("templates")));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("tenant"));
    }

    /**
     * The gateway refused the account's credentials (a Cloud API token expired or revoked): the account shows as
     * disconnected with the reason until the operator stores new ones or a check finds them good again.
     */
    public void recordCredentialsRejected(long accountId, String reason) {
        jdbc.sql("""
                update gateway_account set connection_state = 'disconnected', connected_at = null,
                       connection_error = ?, updated_at = current_timestamp
                 where id = ?""")
                .params(reason == null || reason.length() <= 480 ? reason : reason.substring(0, 480), accountId)
                .update();
        evict();
    }

    private Map<String, MessageTemplate> templates(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        return json.readValue(stored, new TypeReference<Map<String, MessageTemplate>>() {});
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
                        GatewayKind.of(rs.getString("kind")),
                        rs.getString("client_id"),
                        rs.getString("connection_state"),
                        rs.getString("phone_number"),
                        rs.getString("qr_code"),
                        rs.getString("qr_url"),
                        Timestamps.read(rs, "connected_at"),
                        Timestamps.read(rs, "updated_at"),
                        rs.getString("connection_error")))
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
                       connection_error = null,
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
