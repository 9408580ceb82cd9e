package com.showroomassistant.assistant;

import com.showroomassistant.intent.Intent;
import com.showroomassistant.inventory.Vehicle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Answers from data with templates when no LLM is configured or available; escalates the rest. */
final class OfflineAssistant {

    private static final Pattern FINANCING =
            Pattern.compile("(?i)\\b(kredit|dp|cicil\\w*|angsur\\w*|leasing|tenor|tdp)\\b");
    private static final Pattern NEGOTIATION =
            Pattern.compile("(?i)\\b(nego\\w*|diskon|discount|potongan|kurang(in)?|cashback|promo)\\b");

    private static final Pattern SALAM =
            Pattern.compile("(?i)\\b(ass?alamu?'?\\s?al[ae]ikum|assalam|asw|aslm|salam)\\b");
    /** What no stock field answers: a car's past and condition. Staff know; a list of cars does not help. */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(banjir|bekas banjir|tabrak\\w*|kecelakaan|"
            + "bekas taksi|odometer asli|km asli|kunci serep|cat ulang|repaint)\\b");
    /** Papers and service: answered from the car's facts where the showroom recorded them, else by staff. */
    private static final Pattern PAPERS =
            Pattern.compile("(?i)\\b(pajak\\w*|stnk|bpkb|service record|riwayat servis|" + "riwayat service)\\b");
    /** Transferring the papers is a service with a cost, not a fact of the car. */
    private static final Pattern TRANSFER = Pattern.compile("(?i)\\b(balik nama|bbn|mutasi)\\b");

    private static final Pattern TRADE_IN = Pattern.compile("(?i)\\b(tukar tambah|tuker tambah|trade[- ]?in|tt)\\b");

    private OfflineAssistant() {}

    /** A trade-in needs a person's valuation, whatever else the message says. */
    static boolean isTradeIn(String text) {
        return text != null && TRADE_IN.matcher(text).find();
    }

    /** @param today the showroom's date, to say whether a car's tax has lapsed */
    static Answer answer(CustomerTurn turn, RelevantInventory.Selection inventory, java.time.LocalDate today) {
        Intent intent = turn.classification().intent();
        if ((turn.text() == null || turn.text().isBlank()) && turn.attachment() != null) {
            return turn.attachment().photo()
                    ? Answer.reply(
                            "Terima kasih kak, fotonya sudah kami terima. 🙏 Ada yang ingin ditanyakan tentang foto ini?"
                                    + " Kalau ini mobil untuk tukar tambah, sebutkan juga tahun dan kilometernya ya.",
                            "offline")
                    : Answer.reply(
                            "Maaf kak, pesan suara, stiker atau dokumen belum bisa kami baca. 🙏"
                                    + " Boleh dituliskan pertanyaannya?",
                            "offline");
        }
        if (TRADE_IN.matcher(turn.text()).find()) {
            // the valuation needs a person: the customer is asked for the details that person will need
            return Answer.handoff(
                    "Bisa kak, kami terima tukar tambah. 🙏 Boleh kirim merek, model, tahun, kilometer"
                            + " dan beberapa foto mobil kakak? Tim kami yang akan menaksir nilainya.",
                    "trade_in",
                    "offline");
        }
        if (CONDITION.matcher(turn.text()).find() && intent != Intent.SPAM) {
            return Answer.handoff(Texts.HANDOFF, "needs_human", "offline");
        }
        if (intent != Intent.SPAM && !TRANSFER.matcher(turn.text()).find()) {
            var facts = FactAnswers.answer(turn.text(), inventory.discussed(), today);
            if (facts.isPresent()) {
                return facts.get();
            }
        }
        if (PAPERS.matcher(turn.text()).find() && intent != Intent.SPAM) {
            return Answer.handoff(Texts.HANDOFF, "needs_human", "offline");
        }
        return switch (intent) {
            case CUSTOMER_GREETING -> Answer.reply(greeting(turn, inventory), "offline");
            case CUSTOMER_VEHICLE_INQUIRY -> vehicles(turn, inventory);
            case CUSTOMER_PRICE_INQUIRY -> price(turn, inventory);
            case CUSTOMER_TEST_DRIVE ->
                Answer.handoff(
                        "Tentu kak, dengan senang hati. Staff kami akan menghubungi kakak untuk mengatur jadwal lihat unit / test drive"
                                + " di showroom kami" + city(turn) + ". 🙏",
                        "test_drive_request",
                        "offline");
            case UNKNOWN, SPAM -> Answer.silence("offline");
            default -> faqOrHandoff(turn);
        };
    }

    private static String greeting(CustomerTurn turn, RelevantInventory.Selection inventory) {
        return (SALAM.matcher(turn.text()).find() ? "Waalaikumsalam warahmatullah, " : "") + "Halo kak" + name(turn)
                + "! Saya " + turn.config().aiName() + " dari " + turn.tenant().name()
                + ". Saat ini ada " + inventory.availableTotal() + " unit siap dilihat. "
                + "Sebutkan merek, model, tahun, atau budget kakak, nanti saya carikan ya. 😊";
    }

    private static Answer vehicles(CustomerTurn turn, RelevantInventory.Selection inventory) {
        List<Vehicle> available = inventory.available();
        if (available.isEmpty()) {
            return Answer.reply(
                    "Maaf kak, unit yang dicari sedang tidak tersedia di showroom kami. "
                            + "Boleh sebutkan model atau budget lain? Nanti kami carikan yang cocok.",
                    "offline");
        }
        StringBuilder s = new StringBuilder(
                inventory.filtered() ? "Unit yang tersedia untuk kakak:\n" : "Beberapa unit yang tersedia:\n");
        int i = 1;
        for (Vehicle v : available.stream().limit(5).toList()) {
            s.append(i++).append(". ").append(describe(v)).append('\n');
        }
        s.append("Mau lihat foto atau jadwalkan lihat unit langsung, kak?");
        return Answer.reply(s.toString(), "offline");
    }

    private static Answer price(CustomerTurn turn, RelevantInventory.Selection inventory) {
        String text = turn.text().toLowerCase(Locale.ROOT);
        if (NEGOTIATION.matcher(text).find() && !turn.config().enablePriceNegotiation()) {
            return Answer.handoff(
                    "Untuk pertanyaan harga khusus, staff kami akan langsung membantu kakak ya. 🙏",
                    "price_negotiation",
                    "offline");
        }
        if (FINANCING.matcher(text).find() && FinancingSimulator.has(turn.config())) {
            return financing(turn, inventory);
        }
        if (FINANCING.matcher(text).find()) {
            return FaqMatcher.match(turn.config().customFAQ(), "kredit " + text)
                    .map(f ->
                            Answer.reply(f.answer() + " Untuk simulasi cicilan, staff kami siap membantu.", "offline"))
                    .orElseGet(() -> Answer.handoff(
                            "Untuk simulasi kredit, staff kami akan segera membantu kakak ya. 🙏",
                            "financing_question",
                            "offline"));
        }
        List<Vehicle> available = inventory.available();
        if (available.isEmpty() || !inventory.filtered()) {
            return vehicles(turn, inventory);
        }
        StringBuilder s = new StringBuilder("Harga unit yang tersedia:\n");
        for (Vehicle v : available.stream().limit(5).toList()) {
            s.append("• ").append(describe(v)).append('\n');
        }
        s.append(
                NEGOTIATION.matcher(text).find()
                        ? "Harganya masih bisa dinego, kak: sebutkan saja tawaran kakak untuk unit yang diminati. 😊"
                        : "Ada yang ingin ditanyakan lagi, kak?");
        return Answer.reply(s.toString(), "offline");
    }

    /** A computed estimate from the showroom's financing table for the car asked about. */
    static Answer financing(CustomerTurn turn, RelevantInventory.Selection inventory) {
        List<Vehicle> cars = inventory.filtered() ? inventory.available() : List.of();
        if (cars.isEmpty() || cars.getFirst().price() == null) {
            return Answer.reply(
                    "Bisa kak, kredit lewat leasing rekanan kami. Untuk simulasinya, unit yang mana kak?"
                            + " Sebutkan model dan tahunnya, juga DP dan tenor yang diinginkan ya. 😊",
                    "offline");
        }
        Vehicle car = cars.getFirst();
        var request = FinancingSimulator.read(turn.text());
        var estimates = FinancingSimulator.estimate(turn.config().financing(), car.price(), request);
        return Answer.reply(
                FinancingSimulator.reply(
                        car.title(), car.price(), estimates, turn.config().financing(), request),
                "offline");
    }

    private static Answer faqOrHandoff(CustomerTurn turn) {
        return FaqMatcher.match(turn.config().customFAQ(), turn.text())
                .map(f -> Answer.reply(f.answer(), "offline"))
                .orElseGet(() -> Answer.handoff(Texts.HANDOFF, "needs_human", "offline"));
    }

    static String describe(Vehicle v) {
        StringBuilder s = new StringBuilder(v.title()).append(" - ").append(Rupiah.format(v.price()));
        if (v.color() != null || v.transmission() != null) {
            s.append(" (");
            if (v.color() != null) {
                s.append(v.color());
            }
            if (v.transmission() != null) {
                s.append(v.color() != null ? ", " : "")
                        .append(v.transmission().equals("automatic") ? "matic" : "manual");
            }
            s.append(')');
        }
        return s.toString();
    }

    private static String name(CustomerTurn turn) {
        String n = turn.customerName();
        return n == null || n.isBlank() || !n.matches("[\\p{L} .'-]{2,40}")
                ? ""
                : " " + n.strip().split("\\s+")[0];
    }

    private static String city(CustomerTurn turn) {
        return turn.tenant().city() == null ? "" : " di " + turn.tenant().city();
    }
}
