package com.showroomassistant.assistant;

import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.vocabulary.CarFacts;
import com.showroomassistant.vocabulary.CarFacts.Topic;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A car's facts as customers and staff read them, one line each ("Pajak STNK: hidup sampai Agustus 2026"), and as
 * the model is given them. The minimum price is no fact of the car here: it never reaches a text.
 */
public final class CarFactLines {

    private CarFactLines() {}

    /**
     * Every fact known, one line each.
     *
     * @param today the showroom's date, to say whether the tax has lapsed; null to give the month only
     */
    public static List<String> of(VehicleFacts facts, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            line(topic, facts, today).ifPresent(lines::add);
            if (topic == Topic.ENGINE && facts.bodyType() != null) {
                lines.add("Tipe bodi: " + body(facts.bodyType()));
            }
        }
        return lines;
    }

    /** The line that answers a question about one fact, or empty when the showroom has not recorded it. */
    static Optional<String> line(Topic topic, VehicleFacts f, LocalDate today) {
        return Optional.ofNullable(
                switch (topic) {
                    case ENGINE -> f.engineCc() == null ? null : "Mesin: " + CarFacts.engineWords(f.engineCc());
                    case SEATS -> f.seats() == null ? null : "Kapasitas: " + f.seats() + " penumpang";
                    case TAX -> f.taxDueDate() == null ? null : "Pajak STNK: " + tax(f.taxDueDate(), today);
                    case OWNERS ->
                        f.ownerCount() == null ? null : "Kepemilikan: " + CarFacts.ownerWords(f.ownerCount());
                    case BPKB ->
                        f.bpkbAvailable() == null
                                ? null
                                : "BPKB: " + (f.bpkbAvailable() ? "ada di showroom" : "belum ada di showroom");
                    case SERVICE ->
                        f.serviceHistory() == null ? null : "Riwayat servis: " + oneLine(f.serviceHistory());
                    case LOCATION -> f.location() == null ? null : "Lokasi unit: " + oneLine(f.location());
                });
    }

    /** The facts for the model's stock list: " | 1.329 cc | MPV | 7 kursi | pajak STNK s/d Agustus 2027 | ...". */
    static String forPrompt(VehicleFacts f) {
        StringBuilder s = new StringBuilder();
        if (f.engineCc() != null) {
            s.append(" | ").append(CarFacts.engineWords(f.engineCc()));
        }
        if (f.bodyType() != null) {
            s.append(" | ").append(body(f.bodyType()));
        }
        if (f.seats() != null) {
            s.append(" | ").append(f.seats()).append(" kursi");
        }
        if (f.taxDueDate() != null) {
            s.append(" | pajak STNK s/d ").append(CarFacts.monthYear(f.taxDueDate()));
        }
        if (f.ownerCount() != null) {
            s.append(" | ").append(CarFacts.ownerWords(f.ownerCount()));
        }
        if (f.bpkbAvailable() != null) {
            s.append(f.bpkbAvailable() ? " | BPKB ada" : " | BPKB belum ada di showroom");
        }
        if (f.serviceHistory() != null) {
            s.append(" | servis: ").append(shortened(f.serviceHistory()));
        }
        if (f.location() != null) {
            s.append(" | lokasi: ").append(shortened(f.location()));
        }
        return s.toString();
    }

    private static String tax(LocalDate due, LocalDate today) {
        String month = CarFacts.monthYear(due);
        if (today == null) {
            return month;
        }
        int order = YearMonth.from(due).compareTo(YearMonth.from(today));
        return order > 0
                ? "hidup sampai " + month
                : order == 0
                        ? "jatuh tempo bulan ini (" + month + ")"
                        : "jatuh tempo " + month + ", sudah lewat dan perlu diperpanjang";
    }

    private static String body(String bodyType) {
        return switch (bodyType) {
            case "hatchback", "pickup", "sedan", "coupe" ->
                bodyType.substring(0, 1).toUpperCase(Locale.ROOT) + bodyType.substring(1);
            case "other" -> "lainnya";
            default -> bodyType.toUpperCase(Locale.ROOT);
        };
    }

    /** Staff's free text as one line: it goes into a prompt and into a bullet. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static String shortened(String text) {
        String line = oneLine(text);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
