package com.showroomassistant.sales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the Indonesian date phrases customers type ("besok jam 10", "sabtu pagi", "hari kamis jam 2
 * siang", "lusa", "28/11 jam 13.30") relative to now in the showroom's time zone.
 */
public final class DatePhrases {

    /** A day and, when the customer gave one, a time of day. */
    public record When(LocalDate date, LocalTime time) {

        public Optional<LocalTime> timeOfDay() {
            return Optional.ofNullable(time);
        }
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("senin", DayOfWeek.MONDAY),
            Map.entry("selasa", DayOfWeek.TUESDAY),
            Map.entry("rabu", DayOfWeek.WEDNESDAY),
            Map.entry("kamis", DayOfWeek.THURSDAY),
            Map.entry("jumat", DayOfWeek.FRIDAY),
            Map.entry("jum'at", DayOfWeek.FRIDAY),
            Map.entry("sabtu", DayOfWeek.SATURDAY),
            Map.entry("minggu", DayOfWeek.SUNDAY),
            Map.entry("ahad", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("mei", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("agu", 8),
            Map.entry("agt", 8),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("okt", 10),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("des", 12),
            Map.entry("dec", 12));
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\\b(\\s+depan)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{2,4}))?\\b");
    private static final Pattern NAMED_DATE = Pattern.compile(
            "\\b(?:tgl\\.?|tanggal)?\\s*(\\d{1,2})\\s+(jan|feb|mar|apr|mei|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\\w*");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:tgl\\.?|tanggal)\\s*(\\d{1,2})\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(?:jam|pukul|pkl\\.?|jm)\\s*(\\d{1,2})(?:[.:](\\d{2}))?\\s*(pagi|siang|sore|malam|malem)?\\b"
                    + "|\\b(\\d{1,2})[.:](\\d{2})\\b\\s*(pagi|siang|sore|malam|malem)?"
                    + "|\\b(\\d{1,2})\\s*(pagi|siang|sore|malam|malem)\\b");
    private static final Pattern PART_OF_DAY = Pattern.compile("\\b(pagi|siang|sore|malam|malem)\\b");

    private DatePhrases() {}

    public static Optional<When> parse(String text, ZonedDateTime now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // a date is named early; a 1 MB message must not run every pattern over all of it
        String t = (text.length() > 4_000 ? text.substring(0, 4_000) : text)
                .toLowerCase(Locale.ROOT)
                .replace("jum at", "jumat");
        LocalDate today = now.toLocalDate();
        LocalTime time = time(t);
        LocalDate date = date(t, today);
        if (date == null && time == null) {
            return Optional.empty();
        }
        if (date == null) {
            // a time alone means today when still ahead, else tomorrow
            date = time.isAfter(now.toLocalTime()) ? today : today.plusDays(1);
        }
        return Optional.of(new When(date, time));
    }

    private static LocalDate date(String t, LocalDate today) {
        if (t.contains("hari ini") || t.matches(".*\\bnanti\\b.*")) {
            return today;
        }
        if (t.matches(".*\\b(besok|bsk|besoknya|esok)\\b.*")) {
            return today.plusDays(1);
        }
        if (t.matches(".*\\b(lusa)\\b.*")) {
            return today.plusDays(2);
        }
        Matcher w = WEEKDAY.matcher(t);
        while (w.find()) {
            boolean sunday = !w.group(1).equals("minggu")
                    || t.matches(".*\\bhari\\s+minggu\\b.*")
                    || (w.group(2) == null
                            && !t.matches(".*\\b(se|satu|dua|tiga|\\d+)\\s+minggu\\b.*")
                            && !t.contains("minggu ini"));
            if (!sunday) {
                continue; // "minggu depan" / "minggu ini": the week, not Sunday
            }
            LocalDate next = today.with(
                    TemporalAdjusters.nextOrSame(WEEKDAYS.get(w.group(1).replace("'", ""))));
            // "sabtu depan" said on a Saturday means next week's
            return w.group(2) != null && next.equals(today) ? next.plusWeeks(1) : next;
        }
        Matcher n = NAMED_DATE.matcher(t);
        if (n.find()) {
            return ahead(today, Integer.parseInt(n.group(1)), MONTHS.get(n.group(2)));
        }
        Matcher d = NUMERIC_DATE.matcher(t);
        if (d.find() && !t.substring(Math.max(0, d.start() - 4), d.start()).contains("jam")) {
            int day = Integer.parseInt(d.group(1));
            int month = Integer.parseInt(d.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return ahead(today, day, month);
            }
        }
        Matcher m = DAY_OF_MONTH.matcher(t);
        if (m.find()) {
            int day = Integer.parseInt(m.group(1));
            if (day >= 1 && day <= 31) {
                LocalDate candidate = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
                return candidate.isBefore(today) ? candidate.plusMonths(1) : candidate;
            }
        }
        return null;
    }

    private static LocalDate ahead(LocalDate today, int day, int month) {
        try {
            LocalDate candidate = LocalDate.of(today.getYear(), month, day);
            return candidate.isBefore(today) ? candidate.plusYears(1) : candidate;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(String t) {
        Matcher c = CLOCK.matcher(t);
        if (c.find()) {
            String h = c.group(1) != null ? c.group(1) : c.group(4) != null ? c.group(4) : c.group(7);
            String min = c.group(1) != null ? c.group(2) : c.group(4) != null ? c.group(5) : null;
            String part = c.group(1) != null ? c.group(3) : c.group(4) != null ? c.group(6) : c.group(8);
            int hour = Integer.parseInt(h);
            int minute = min == null ? 0 : Integer.parseInt(min);
            if (hour > 23 || minute > 59) {
                return null;
            }
            return LocalTime.of(adjust(hour, part), minute);
        }
        Matcher p = PART_OF_DAY.matcher(t);
        if (p.find()) {
            return switch (p.group(1)) {
                case "pagi" -> LocalTime.of(10, 0);
                case "siang" -> LocalTime.of(13, 0);
                case "sore" -> LocalTime.of(15, 0);
                default -> LocalTime.of(19, 0);
            };
        }
        return null;
    }

    /** "jam 2 siang" is 14:00, "jam 7 malam" 19:00; a bare "jam 2" in showroom hours is the afternoon. */
    private static int adjust(int hour, String part) {
        if (hour >= 13 || hour == 0) {
            return hour;
        }
        if (part == null) {
            return hour <= 6 ? hour + 12 : hour;
        }
        return switch (part) {
            case "pagi" -> hour == 12 ? 0 : hour;
            case "siang" -> hour <= 5 ? hour + 12 : hour;
            case "sore", "malam", "malem" -> hour == 12 ? 12 : hour + 12;
            default -> hour;
        };
    }
}
