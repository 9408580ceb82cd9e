package com.showroomassistant.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.ReadCaches;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link AiConfig}; JSON-valued fields are stored as text for portability. */
@Component
public class AiConfigs {

    /** productKnowledge, as JSON, goes into every prompt: bounded like the other texts of the configuration. */
    public static final int MAX_PRODUCT_KNOWLEDGE_CHARS = 20_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final GatewayAccounts accounts;
    private final Cache<TenantId, AiConfig> cache;

    AiConfigs(JdbcClient jdbc, JsonMapper json, GatewayAccounts accounts, ReadCaches caches) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
        this.cache = caches.create("ai_configs");
    }

    /** Read on every turn: cached briefly, evicted here on save. */
    public AiConfig of(TenantId tenant) {
        return cache.get(tenant, this::load);
    }

    /** The showrooms that chose follow-ups (CONTRACT 9.3), for the pass that sends them. */
    public List<TenantId> withFollowUps() {
        return jdbc.sql("select tenant_id from ai_config where follow_ups is not null order by tenant_id")
                .query((rs, n) -> new TenantId(rs.getLong(1)))
                .list();
    }

    private AiConfig load(TenantId tenant) {
        return jdbc.sql("select * from ai_config where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new AiConfig(
                        rs.getString("ai_name"),
                        rs.getString("ai_personality"),
                        rs.getString("welcome_message"),
                        rs.getBoolean("auto_reply"),
                        rs.getBoolean("customer_chat_enabled"),
                        rs.getBoolean("staff_commands_enabled"),
                        read(
                                rs.getString("business_hours"),
                                new TypeReference<Map<String, AiConfig.OpeningHours>>() {}),
                        rs.getString("timezone"),
                        rs.getString("after_hours_message"),
                        rs.getString("ai_model"),
                        rs.getDouble("temperature"),
                        rs.getInt("max_tokens"),
                        orEmpty(read(rs.getString("custom_faq"), new TypeReference<List<AiConfig.Faq>>() {})),
                        read(rs.getString("product_knowledge"), new TypeReference<Object>() {}),
                        rs.getBoolean("enable_vehicle_info"),
                        rs.getBoolean("enable_price_negotiation"),
                        rs.getBoolean("enable_test_drive_booking"),
                        rs.getBoolean("enable_staff_upload"),
                        rs.getBoolean("enable_staff_status"),
                        rs.getInt("debounce_seconds"),
                        rs.getInt("handoff_timeout_minutes"),
                        read(rs.getString("financing"), new TypeReference<AiConfig.Financing>() {}),
                        rs.getInt("test_drive_slot_minutes"),
                        rs.getInt("test_drive_capacity"),
                        read(rs.getString("follow_ups"), new TypeReference<AiConfig.FollowUps>() {}),
                        read(rs.getString("owner_alerts"), new TypeReference<AiConfig.OwnerAlerts>() {})))
                .single();
    }

    void insert(TenantId tenant, AiConfig c) {
        jdbc.sql(
                        "insert into ai_config (tenant_id, ai_name, ai_personality, auto_reply, customer_chat_enabled,"
                                + " staff_commands_enabled, timezone, temperature, max_tokens, enable_vehicle_info,"
                                + " enable_price_negotiation, enable_test_drive_booking, enable_staff_upload,"
                                + " enable_staff_status, debounce_seconds, handoff_timeout_minutes, test_drive_slot_minutes,"
                                + " test_drive_capacity)"
                                + " values (?, '', '', true, true, true, 'UTC', 0.7, 1000, true, false, true, true, true, 2, 120, ?, ?)")
                .params(tenant.value(), AiConfig.DEFAULT_SLOT_MINUTES, AiConfig.DEFAULT_CAPACITY)
                .update();
        save(tenant, c);
    }

    public AiConfig save(TenantId tenant, AiConfig c) {
        String productKnowledge = write(c.productKnowledge());
        if (productKnowledge != null && productKnowledge.length() > MAX_PRODUCT_KNOWLEDGE_CHARS) {
            // it goes into every prompt of the showroom
            throw new InvalidFieldException(
                    "productKnowledge", "must be at most " + MAX_PRODUCT_KNOWLEDGE_CHARS + " characters (as JSON)");
        }
        jdbc.sql("""
                update ai_config set ai_name = :aiName, ai_personality = :aiPersonality,
                  welcome_message = :welcomeMessage, auto_reply = :autoReply,
                  customer_chat_enabled = :customerChatEnabled, staff_commands_enabled = :staffCommandsEnabled,
                  business_hours = :businessHours, timezone = :timezone, after_hours_message = :afterHoursMessage,
                  ai_model = :aiModel, temperature = :temperature, max_tokens = :maxTokens,
                  custom_faq = :customFaq, product_knowledge = :productKnowledge,
                  enable_vehicle_info = :enableVehicleInfo, enable_price_negotiation = :enablePriceNegotiation,
                  enable_test_drive_booking = :enableTestDriveBooking, enable_staff_upload = :enableStaffUpload,
                  enable_staff_status = :enableStaffStatus, debounce_seconds = :debounceSeconds,
                  handoff_timeout_minutes = :handoffTimeoutMinutes, financing = :financing,
                  test_drive_slot_minutes = coalesce(:slotMinutes, test_drive_slot_minutes),
                  test_drive_capacity = coalesce(:capacity, test_drive_capacity), follow_ups = :followUps,
                  owner_alerts = :ownerAlerts,
                  updated_at = current_timestamp
                where tenant_id = :tenant""")
                .param("aiName", c.aiName())
                .param("aiPersonality", c.aiPersonality())
                .param("welcomeMessage", c.welcomeMessage())
                .param("autoReply", c.autoReply())
                .param("customerChatEnabled", c.customerChatEnabled())
                .param("staffCommandsEnabled", c.staffCommandsEnabled())
                .param("businessHours", write(c.businessHours()))
                .param("timezone", c.timezone())
                .param("afterHoursMessage", c.afterHoursMessage())
                .param("aiModel", c.aiModel())
                .param("temperature", c.temperature())
                .param("maxTokens", c.maxTokens())
                .param("customFaq", write(orEmpty(c.customFAQ())))
                .param("productKnowledge", productKnowledge)
                .param("enableVehicleInfo", c.enableVehicleInfo())
                .param("enablePriceNegotiation", c.enablePriceNegotiation())
                .param("enableTestDriveBooking", c.enableTestDriveBooking())
                .param("enableStaffUpload", c.enableStaffUpload())
                .param("enableStaffStatus", c.enableStaffStatus())
                .param("debounceSeconds", c.debounceSeconds())
                .param("handoffTimeoutMinutes", c.handoffTimeoutMinutes())
                .param("financing", write(c.financing()))
                .param("slotMinutes", c.testDriveSlotMinutes())
                .param("capacity", c.testDriveCapacity())
                .param("followUps", write(c.followUps()))
                .param("ownerAlerts", write(c.ownerAlerts()))
                .param("tenant", tenant.value())
                .update();
        ReadCaches.evict(() -> cache.invalidate(tenant));
        accounts.evict();
        return of(tenant);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private <T> T read(String text, TypeReference<T> type) {
        return text == null ? null : json.readValue(text, type);
    }
}
