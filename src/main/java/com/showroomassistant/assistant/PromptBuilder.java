package com.showroomassistant.assistant;

import com.showroomassistant.assistant.llm.ChatMessage;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.Tenants;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds real multi-turn chat messages: one system prompt (showroom, persona, rules, FAQ, knowledge and
 * only this turn's inventory), the recent history as user/assistant turns, and the current turn once.
 */
final class PromptBuilder {

    private PromptBuilder() {}

    static List<ChatMessage> build(
            Tenants.Tenant tenant,
            AiConfig config,
            RelevantInventory.Selection inventory,
            List<HistoryTurn> history,
            String currentTurn) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(system(tenant, config, inventory)));
        for (HistoryTurn turn : history) {
            messages.add(turn.fromCustomer() ? ChatMessage.user(turn.text()) : ChatMessage.assistant(turn.text()));
        }
        messages.add(ChatMessage.user(currentTurn));
        return messages;
    }

    static String system(Tenants.Tenant tenant, AiConfig config, RelevantInventory.Selection inventory) {
        StringBuilder p = new StringBuilder();
        p.append("Anda adalah ")
                .append(config.aiName())
                .append(", asisten WhatsApp untuk ")
                .append(tenant.name())
                .append(", showroom mobil bekas di ")
                .append(orElse(tenant.city(), "Indonesia"))
                .append(".\n");
        p.append("Kepribadian: ").append(config.aiPersonality()).append(".\n");
        p.append("Kontak showroom: telepon ")
                .append(orElse(tenant.phoneNumber(), "-"))
                .append(", WhatsApp ")
                .append(orElse(tenant.whatsappNumber(), "-"))
                .append(".\n\n");
        p.append("Aturan:\n");
        p.append("1. Jawab singkat dalam Bahasa Indonesia yang sopan, cocok untuk WhatsApp.\n");
        p.append(
                "2. Sebut hanya mobil dan harga yang ada di daftar stok di bawah; jangan mengarang unit, harga, atau spesifikasi."
                        + " Pajak STNK, tangan ke-, BPKB, cc, riwayat servis dan lokasi unit hanya dari daftar stok; bila tidak ada"
                        + " di daftar, katakan staff akan membantu.\n");
        if (config.enablePriceNegotiation()) {
            p.append(
                    "3. Negosiasi harga boleh dibicarakan. Bila pelanggan menawar dengan angka untuk satu unit, panggil"
                            + " submit_offer dengan id unit dan angka tawaran pelanggan; jangan menyetujui, menolak, atau menyebut"
                            + " angka lain sendiri. Tanpa alat, katakan tawarannya akan diteruskan ke staff.\n");
        } else {
            p.append(
                    "3. Jangan menjanjikan diskon, potongan, cashback, atau nego harga; katakan staff akan membantu soal harga.\n");
        }
        p.append(
                "4. Jika tidak tahu jawabannya atau pelanggan minta bicara dengan orang, katakan staff akan segera membantu.\n");
        p.append("5. Mobil yang sudah terjual atau dibooking tidak boleh ditawarkan sebagai tersedia.\n");
        p.append(
                "6. Jika alat (tools) tersedia: panggil handoff_to_staff untuk menyerahkan ke staff, send_vehicle_photos"
                        + " untuk mengirim foto unit, dan propose_viewing untuk menawarkan jadwal lihat unit, dengan id dari daftar stok.\n");
        if (FinancingSimulator.has(config)) {
            p.append(
                    "7. Untuk simulasi kredit, cicilan atau DP, panggil simulate_financing; jangan menghitung angka sendiri.\n");
        }
        if (config.enableVehicleInfo()) {
            p.append("\nStok yang relevan untuk pertanyaan ini (")
                    .append(inventory.availableTotal())
                    .append(" unit tersedia di showroom):\n");
            if (inventory.vehicles().isEmpty()) {
                p.append("- Tidak ada unit yang cocok dengan permintaan pelanggan.\n");
            }
            for (Vehicle v : inventory.vehicles()) {
                p.append("- ").append(line(v)).append('\n');
            }
            List<Vehicle> discussed = inventory.discussed().stream()
                    .filter(d -> inventory.vehicles().stream().noneMatch(v -> v.id() == d.id()))
                    .toList();
            if (!discussed.isEmpty()) {
                p.append("Unit yang sedang dibicarakan pelanggan:\n");
                discussed.forEach(v -> p.append("- ").append(line(v)).append('\n'));
            }
        }
        if (config.customFAQ() != null && !config.customFAQ().isEmpty()) {
            p.append("\nFAQ:\n");
            for (AiConfig.Faq faq : config.customFAQ()) {
                p.append("T: ")
                        .append(faq.question())
                        .append("\nJ: ")
                        .append(faq.answer())
                        .append('\n');
            }
        }
        if (config.productKnowledge() != null) {
            p.append("\nInformasi tambahan showroom: ")
                    .append(config.productKnowledge())
                    .append('\n');
        }
        return p.toString();
    }

    static String line(Vehicle v) {
        StringBuilder s = new StringBuilder("[id ").append(v.id()).append("] ").append(v.title());
        s.append(" | ").append(Rupiah.format(v.price()));
        if (v.color() != null) {
            s.append(" | ").append(v.color());
        }
        if (v.transmission() != null) {
            s.append(" | ").append(v.transmission().equals("automatic") ? "matic" : "manual");
        }
        if (v.mileage() != null) {
            s.append(" | ").append(v.mileage()).append(" km");
        }
        s.append(CarFactLines.forPrompt(v.facts()));
        s.append(" | ")
                .append(
                        switch (v.status()) {
                            case "available" -> "tersedia";
                            case "booked" -> "sudah dibooking (jangan tawarkan)";
                            default -> "terjual (jangan tawarkan)";
                        });
        return s.toString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
