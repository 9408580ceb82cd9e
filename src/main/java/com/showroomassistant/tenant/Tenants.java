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
    private final GatewayAccounts accounts;

    Tenants(JdbcClient jdbc, AiConfigs configs, ApiKeys keys, ReadCaches caches, GatewayAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.configs = configs;
        this.keys = keys;
        this.cache = caches.create("tenants");
    }

    public record Registration(
            String name, String city, String phoneNumber, String whatsappNumber, String aimeowClientId) {}

    public record Registered(long tenantId, String apiKey, String aimeowClientId) {}

    public record Tenant(
            long id,
            String name,
            String city,
            String phoneNumber,
            String whatsappNumber,
            String address,
            String mapsUrl) {}

    /** What the owner may change of the showroom's profile. */
    public record Profile(
            String name, String city, String address, String mapsUrl, String phoneNumber, String whatsappNumber) {}

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
        return jdbc.sql("select " + COLUMNS + " from tenant order by id")
                .query(ROW)
                .list();
    }

    /** Name, city and contact for every reply's prompt: cached briefly (an edit evicts it here, others within the TTL). */
    public Tenant get(TenantId tenant) {
        return cache.get(tenant, this::load);
    }

    private Tenant load(TenantId tenant) {
        return jdbc.sql("select " + COLUMNS + " from tenant where id = ?")
                .param(tenant.value())
                .query(ROW)
                .single();
    }

    private static final String COLUMNS = "id, name, city, phone_number, whatsapp_number, address, maps_url";
    private static final org.springframework.jdbc.core.RowMapper<Tenant> ROW = (rs, n) -> new Tenant(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7));

    /** The owner edits the profile; the gateway account learns a new WhatsApp number too (its own-message echo). */
    @Transactional
    public Tenant update(TenantId tenant, Profile p) {
        jdbc.sql("""
                update tenant set name = ?, city = ?, address = ?, maps_url = ?, phone_number = ?, whatsapp_number = ?
                 where id = ?""")
                .params(
                        p.name(),
                        p.city(),
                        p.address(),
                        p.mapsUrl(),
                        p.phoneNumber(),
                        p.whatsappNumber(),
                        tenant.value())
                .update();
        Optional.ofNullable(p.whatsappNumber())
                .flatMap(PhoneNumber::parse)
                .ifPresent(own -> jdbc.sql("update gateway_account set phone_number = ? where tenant_id = ?")
                        .params(own.value(), tenant.value())
                        .update());
        ReadCaches.evict(() -> cache.invalidate(tenant));
        accounts.evict();
        return load(tenant);
    }

    public boolean exists(TenantId tenant) {
        return jdbc.sql("select count(*) from tenant where id = ?")
                        .param(tenant.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from tenant").query(Long.class).single() == 0;
    }
}
