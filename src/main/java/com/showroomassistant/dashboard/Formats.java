package com.showroomassistant.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the pages write times, rupiah and durations (templates call it as {@code @fmt}). */
@Component("fmt")
class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ROOT);

    /** In the signed-in showroom's time zone. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(ShowroomZone.current()).format(instant);
    }

    public String rupiah(Long amount) {
        return amount == null
                ? ""
                : "Rp " + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    public String number(Long n) {
        return n == null ? "" : String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** A car's facts in one short line for the stock list: "1.329 cc · MPV · 7 kursi · pajak 08/2027 · tangan ke-1". */
    public String facts(com.showroomassistant.inventory.VehicleFacts f) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (f.engineCc() != null) parts.add(number(f.engineCc().longValue()) + " cc");
        if (f.bodyType() != null) parts.add(f.bodyType().toUpperCase(Locale.ROOT));
        if (f.seats() != null) parts.add(f.seats() + " kursi");
        if (f.taxDueDate() != null)
            parts.add("pajak " + DateTimeFormatter.ofPattern("MM/yyyy").format(f.taxDueDate()));
        if (f.ownerCount() != null) parts.add("tangan ke-" + f.ownerCount());
        if (f.bpkbAvailable() != null) parts.add(f.bpkbAvailable() ? "BPKB ada" : "BPKB belum ada");
        if (f.location() != null) parts.add(f.location());
        return String.join(" · ", parts);
    }

    public String decimal(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.2f", d);
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    public String seconds(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        Duration d = Duration.ofMillis((long) (seconds * 1000));
        return d.toMinutes() > 0
                ? d.toMinutes() + " m " + d.toSecondsPart() + " s"
                : String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
