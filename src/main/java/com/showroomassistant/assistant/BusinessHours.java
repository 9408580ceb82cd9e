package com.showroomassistant.assistant;

import com.showroomassistant.tenant.AiConfig;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Opening hours in the tenant's time zone; no hours configured means always open. */
public record BusinessHours(Map<String, AiConfig.OpeningHours> week, ZoneId zone) {

    public static BusinessHours of(AiConfig config) {
        return new BusinessHours(config.businessHours(), config.zone());
    }

    public boolean alwaysOpen() {
        return week == null;
    }

    public boolean isOpen(Instant now) {
        return openUntil(now).isPresent();
    }

    /** When the opening the showroom is in now ends ({@link Instant#MAX} if always open); empty when it is closed. */
    public Optional<Instant> openUntil(Instant now) {
        if (alwaysOpen()) {
            return Optional.of(Instant.MAX);
        }
        ZonedDateTime local = now.atZone(zone);
        return window(local.toLocalDate())
                .filter(w -> !local.isBefore(w[0]) && local.isBefore(w[1]))
                .map(w -> w[1].toInstant());
    }

    /**
     * The moment the current closed period began (the latest closing time not after {@code now}), so an
     * after-hours notice can be sent once per closed period. Empty when the showroom never opened in the
     * last week: then one notice covers the whole closure.
     */
    public Optional<Instant> closedSince(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int back = 0; back <= 7; back++) {
            var w = window(day.minusDays(back));
            if (w.isPresent() && !w.get()[1].toInstant().isAfter(now)) {
                return Optional.of(w.get()[1].toInstant());
            }
        }
        return Optional.empty();
    }

    /** Opening and closing time on that date; always-open showrooms count as 09:00-17:00 for appointments. */
    public Optional<ZonedDateTime[]> appointmentWindow(LocalDate date) {
        if (alwaysOpen()) {
            return Optional.of(new ZonedDateTime[] {
                date.atTime(9, 0).atZone(zone), date.atTime(17, 0).atZone(zone)
            });
        }
        return window(date);
    }

    private Optional<ZonedDateTime[]> window(LocalDate date) {
        if (week == null) {
            return Optional.empty();
        }
        AiConfig.OpeningHours hours = week.get(date.getDayOfWeek().name().toLowerCase(Locale.ROOT));
        if (hours == null || hours.open() == null || hours.close() == null) {
            return Optional.empty();
        }
        ZonedDateTime open = date.atTime(LocalTime.parse(hours.open())).atZone(zone);
        ZonedDateTime close = "24:00".equals(hours.close())
                ? date.plusDays(1).atStartOfDay(zone)
                : date.atTime(LocalTime.parse(hours.close())).atZone(zone);
        return Optional.of(new ZonedDateTime[] {open, close});
    }

    static String dayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
