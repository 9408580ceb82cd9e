package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tenant API keys: random, shown once, stored as SHA-256 (high-entropy keys need no slow hash). */
@Component
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issue(TenantId tenant) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = "sk_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into api_key (tenant_id, key_hash, key_prefix) values (?, ?, ?)")
                .params(tenant.value(), hash(key), key.substring(0, 10))
                .update();
        return key;
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
