package com.showroomassistant.demo;

import com.showroomassistant.inventory.VehicleDraft;
import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.staff.StaffPhones;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.ApiKeys;
import com.showroomassistant.tenant.Tenants;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** CONTRACT 8: "Showroom Demo" in Jakarta with gateway client "demo", staff Budi, a dozen cars, three FAQs. */
@Component
class DemoShowroom {

    static final String CLIENT_ID = "demo";
    private final Tenants tenants;
    private final AiConfigs configs;
    private final StaffPhones staff;
    private final Vehicles vehicles;
    private final ApiKeys keys;
    private final JdbcClient jdbc;

    DemoShowroom(
            Tenants tenants, AiConfigs configs, StaffPhones staff, Vehicles vehicles, ApiKeys keys, JdbcClient jdbc) {
        this.tenants = tenants;
        this.configs = configs;
        this.staff = staff;
        this.vehicles = vehicles;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** The demo tenant seeded by an earlier start, if any. */
    java.util.Optional<TenantId> existing() {
        return jdbc.sql("select tenant_id from gateway_account where client_id = ?")
                .param(CLIENT_ID)
                .query((rs, n) -> new TenantId(rs.getLong(1)))
                .optional();
    }

    /** Seeds on an empty database; returns the demo tenant, or null when other tenants exist. */
    @Transactional
    TenantId seedIfEmpty() {
        if (!tenants.isEmpty()) {
            return existing().orElse(null);
        }
        var registered = tenants.register(
                new Tenants.Registration("Showroom Demo", "Jakarta", "021-5550123", "6281200000099", CLIENT_ID));
        TenantId tenant = new TenantId(registered.tenantId());
        AiConfig defaults = configs.of(tenant);
        configs.save(
                tenant,
                new AiConfig(
                        "Sari",
                        defaults.aiPersonality(),
                        defaults.welcomeMessage(),
                        true,
                        true,
                        true,
                        null,
                        "Asia/Jakarta",
                        defaults.afterHoursMessage(),
                        null,
                        0.7,
                        1000,
                        List.of(
                                new AiConfig.Faq("Jam buka showroom?", "Senin-Sabtu 09:00-17:00, Minggu 10:00-15:00."),
                                new AiConfig.Faq("Alamat showroom?", "Jl. Panjang No. 12, Kebon Jeruk, Jakarta Barat."),
                                new AiConfig.Faq(
                                        "Bisa kredit?", "Bisa, lewat leasing rekanan; DP mulai 20%, tenor 1-5 tahun.")),
                        Map.of("garansi", "Garansi mesin dan transmisi 3 bulan untuk semua unit."),
                        true,
                        false,
                        true,
                        true,
                        true,
                        2,
                        120,
                        new AiConfig.Financing(
                                List.of(new AiConfig.Partner(
                                        "Leasing Rekanan",
                                        java.math.BigDecimal.valueOf(20),
                                        Map.of(
                                                "12",
                                                new java.math.BigDecimal("5.5"),
                                                "24",
                                                new java.math.BigDecimal("5.9"),
                                                "36",
                                                new java.math.BigDecimal("6.0"),
                                                "48",
                                                new java.math.BigDecimal("6.5"),
                                                "60",
                                                new java.math.BigDecimal("7.0")))),
                                "Simulasi, angka final mengikuti persetujuan leasing.")));
        staff.add(
                tenant,
                PhoneNumber.parse("+6281200000001").orElseThrow(),
                "Budi",
                true,
                List.of("inventory", "reply", "stats", "status", "upload"));
        for (VehicleDraft v : STOCK) {
            vehicles.add(tenant, v);
        }
        return tenant;
    }

    /** The keys printed at earlier starts stop working: only this start's key is valid. */
    int revokeKeys(TenantId tenant) {
        return keys.revokeAll(tenant);
    }

    String freshKey(TenantId tenant) {
        return keys.issue(tenant);
    }

    private static VehicleDraft car(
            String make,
            String model,
            String variant,
            int year,
            long price,
            int km,
            String transmission,
            String fuel,
            String color,
            String plate) {
        return new VehicleDraft(
                make,
                model,
                variant,
                year,
                price,
                km,
                transmission,
                fuel,
                color,
                plate,
                "available",
                null,
                VehicleFacts.NONE,
                null,
                List.of());
    }

    /** The first car carries every fact a buyer asks about, and a minimum price to try negotiation with. */
    private static final VehicleDraft DOCUMENTED = new VehicleDraft(
            "Toyota",
            "Avanza",
            "1.3 G",
            2019,
            150_000_000L,
            45_000,
            "automatic",
            "bensin",
            "hitam",
            "B1234XYZ",
            "available",
            null,
            new VehicleFacts(
                    1329,
                    "mpv",
                    7,
                    java.time.LocalDate.of(2027, 8, 1),
                    1,
                    true,
                    "Servis rutin di bengkel resmi, buku servis lengkap",
                    "Showroom Kebon Jeruk"),
            142_000_000L,
            List.of());

    private static final List<VehicleDraft> STOCK = List.of(
            DOCUMENTED,
            car("Toyota", "Avanza", "1.5 Veloz", 2021, 215_000_000L, 22_000, "manual", "bensin", "putih", "B2345ABC"),
            car(
                    "Toyota",
                    "Innova",
                    "2.4 V Reborn",
                    2018,
                    285_000_000L,
                    80_000,
                    "automatic",
                    "diesel",
                    "silver",
                    "B3456BCD"),
            car(
                    "Toyota",
                    "Fortuner",
                    "2.4 VRZ",
                    2019,
                    420_000_000L,
                    60_000,
                    "automatic",
                    "diesel",
                    "hitam",
                    "B4567CDE"),
            car("Daihatsu", "Xenia", "1.3 R", 2018, 135_000_000L, 70_000, "manual", "bensin", "silver", "B5678DEF"),
            car("Honda", "Brio", "Satya E", 2020, 140_000_000L, 30_000, "automatic", "bensin", "merah", "B6789EFG"),
            car("Honda", "HR-V", "1.5 E", 2019, 275_000_000L, 50_000, "automatic", "bensin", "putih", "B7890FGH"),
            car("Honda", "Jazz", "RS", 2017, 185_000_000L, 65_000, "automatic", "bensin", "kuning", "B8901GHI"),
            car(
                    "Mitsubishi",
                    "Xpander",
                    "Ultimate",
                    2020,
                    235_000_000L,
                    40_000,
                    "automatic",
                    "bensin",
                    "abu-abu",
                    "B9012HIJ"),
            car("Suzuki", "Ertiga", "GX", 2019, 165_000_000L, 55_000, "manual", "bensin", "putih", "B1122IJK"),
            car(
                    "Mitsubishi",
                    "Pajero Sport",
                    "Dakar",
                    2018,
                    390_000_000L,
                    75_000,
                    "automatic",
                    "diesel",
                    "putih",
                    "B2233JKL"),
            car("Toyota", "Calya", "G", 2020, 125_000_000L, 35_000, "manual", "bensin", "silver", "B3344KLM"));
}
