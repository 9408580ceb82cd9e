package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Tenant API keys: random, shown once, stored as SHA-256 (high-entropy keys need no slow hash). */
@Component
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<KeyInfo> ROW = (rs, n) -> new KeyInfo(
            rs.getLong("id"),
            rs.getString("key_prefix"),
            Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "revoked_at"));
    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key as listed: never the key itself, only its first characters to recognise it by. */
    public record KeyInfo(long id, String prefix, Instant createdAt, Instant revokedAt) {}

    /** A freshly issued key; the only time the key is ever shown. */
    public record IssuedKey(long id, String apiKey, String prefix, Instant createdAt) {}

    public String issue(TenantId tenant) {
        return create(tenant).apiKey();
    }

    public IssuedKey create(TenantId tenant) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = "sk_" + HexFormat.of().formatHex(bytes);
        var id = new GeneratedKeyHolder();
        jdbc.sql("insert into api_key (tenant_id, key_hash, key_prefix) values (?, ?, ?)")
                .params(tenant.value(), hash(key), key.substring(0, 10))
                .update(id, "id");
        KeyInfo info = find(tenant, id.getKey().longValue()).orElseThrow();
        return new IssuedKey(info.id(), key, info.prefix(), info.createdAt());
    }

    public List<KeyInfo> list(TenantId tenant) {
        return jdbc.sql("select * from api_key where tenant_id = ? order by id")
                .param(tenant.value())
                .query(ROW)
                .list();
    }

    /** Revokes a key of this tenant; revoking twice keeps the first revocation time. */
    public boolean revoke(TenantId tenant, long keyId) {
        return jdbc.sql(
                                "update api_key set revoked_at = coalesce(revoked_at, current_timestamp) where tenant_id = ? and id = ?")
                        .params(tenant.value(), keyId)
                        .update()
                > 0;
    }

    /** Revokes every key of the tenant still valid; answers how many. */
    public int revokeAll(TenantId tenant) {
        return jdbc.sql("update api_key set revoked_at = current_timestamp where tenant_id = ? and revoked_at is null")
                .param(tenant.value())
                .update();
    }

    private Optional<KeyInfo> find(TenantId tenant, long keyId) {
        return jdbc.sql("select * from api_key where tenant_id = ? and id = ?")
                .params(tenant.value(), keyId)
                .query(ROW)
                .optional();
    }

    public Optional<TenantId> resolve(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select tenant_id from api_key where key_hash = ? and revoked_at is null")
                .param(hash(presented))
                .query((rs, n) -> new TenantId(rs.getLong(1)))
                .optional();
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
