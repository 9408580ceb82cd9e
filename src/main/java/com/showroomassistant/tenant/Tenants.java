package com.showroomassistant.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.ReadCaches;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Onboards showrooms: tenant, gateway account, default assistant configuration and a first API key. */
@Component
public class Tenants {

    private final JdbcClient jdbc;
    private final AiConfigs configs;
    private final ApiKeys keys;
    private final Cache<TenantId, Tenant> cache;

    Tenants(JdbcClient jdbc, AiConfigs configs, ApiKeys keys, ReadCaches caches) {
        this.jdbc = jdbc;
        this.configs = configs;
        this.keys = keys;
        this.cache = caches.create("tenants");
    }

    public record Registration(String name, String city, String phoneNumber, String whatsappNumber, String aimeowClientId) {}

    public record Registered(long tenantId, String apiKey, String aimeowClientId) {}

    public record Tenant(long id, String name, String city, String phoneNumber, String whatsappNumber) {}

    @Transactional
    public Registered register(Registration r) {
        if (r.aimeowClientId() != null
                && jdbc.sql("select count(*) from gateway_account where client_id = ?")
                                .param(r.aimeowClientId())
                                .query(Long.class)
                                .single()
                        > 0) {
            throw new ConflictException("aimeowClientId is already bound to a showroom");
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into tenant (name, city, phone_number, whatsapp_number) values (?, ?, ?, ?)")
                .params(r.name(), r.city(), r.phoneNumber(), r.whatsappNumber())
                .update(key, "id");
        TenantId tenant = new TenantId(key.getKey().longValue());
        String ownNumber = Optional.ofNullable(r.whatsappNumber())
                .flatMap(PhoneNumber::parse)
                .map(PhoneNumber::value)
                .orElse(null);
        jdbc.sql("insert into gateway_account (tenant_id, client_id, phone_number) values (?, ?, ?)")
                .params(tenant.value(), r.aimeowClientId(), ownNumber)
                .update();
        configs.insert(tenant, AiConfig.defaults(r.name()));
        return new Registered(tenant.value(), keys.issue(tenant), r.aimeowClientId());
    }

    public List<Tenant> list() {
        return jdbc.sql("select id, name, city, phone_number, whatsapp_number from tenant order by id")
                .query((rs, n) -> new Tenant(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Name, city and contact for every reply's prompt: cached briefly (they are only set at onboarding). */
    public Tenant get(TenantId tenant) {
        return cache.get(tenant, this::load);
    }

    private Tenant load(TenantId tenant) {
        return jdbc.sql("select id, name, city, phone_number, whatsapp_number from tenant where id = ?")
                .param(tenant.value())
                .query((rs, n) -> new Tenant(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
    }

    public boolean exists(TenantId tenant) {
        return jdbc.sql("select count(*) from tenant where id = ?").param(tenant.value()).query(Long.class).single() > 0;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from tenant").query(Long.class).single() == 0;
    }
}
