package com.showroomassistant.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the pages write times, rupiah and durations (templates call it as {@code @fmt}). */
@Component("fmt")
class Formats {

    // Indonesian showrooms; a per-tenant zone would need the tenant in every fragment for little gain
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ROOT).withZone(WIB);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String rupiah(Long amount) {
        return amount == null ? "" : "Rp " + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    public String number(Long n) {
        return n == null ? "" : String.format(Locale.ROOT, "%,d", n).replace(',', '.');
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
        return d.toMinutes() > 0 ? d.toMinutes() + " m " + d.toSecondsPart() + " s" : String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
