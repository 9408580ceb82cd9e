package com.showroomassistant.vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every rupiah amount and percentage in a text, in the notations customers, staff and models write:
 * {@code Rp 99.000.000}, {@code Rp99.000.000,-}, {@code IDR 99,000,000}, {@code 99 jt}, {@code 142,5 juta},
 * {@code 1,2 M}, {@code 1,2 miliar}, number words ({@code seratus empat puluh juta}), {@code 140-an}, bounds
 * ({@code di bawah 140}) and ranges ({@code 140-160 juta}). Numbers that are not money are told apart: kilometres,
 * engine cc, years, plates, times, counts and phone numbers.
 */
public final class Money {

    // compiled once: String.matches, replaceAll and split compile their pattern on every call (2% of the app's
    // samples at 500 msg/s, and 4% of its allocation)
    private static final Pattern PARTNER = Pattern.compile("^\\s*(?:-|–|—|s/d|sampai|hingga)\\s*[\\d.,]+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3}){2,}(?:,\\d{1,2})?");
    private static final Pattern SHORT = Pattern.compile("\\d{1,3}(?:[.,]\\d{1,3})?");
    private static final Pattern WITH_CENTS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+,\\d{1,2}");
    private static final Pattern TWO_OR_THREE = Pattern.compile("\\d{2,3}");
    private static final Pattern TIME_AFTER = Pattern.compile("(?is)^\\s*(?:wib|wita|wit|-|–|s/d|sampai).*");
    private static final Pattern ZERO_CENTS = Pattern.compile("[.,]0{1,2}$");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUM = "\\d{1,3}(?:[.,]\\d{3})+(?:,\\d{1,2}(?!\\d))?|\\d+(?:[.,]\\d+)?";
    private static final String UNIT =
            "jutaan|juta|jtan|jta|jt|miliaran|miliar|milyard|milyar|myr|mio|m|ribu|rebu|rb|k";
    private static final String TOKEN =
            "(?:(?:rp|idr)\\.?\\s*)?(?:" + NUM + ")(?:,-{1,2}|\\.-)?(?:\\s*(?:" + UNIT + ")(?![\\p{L}]))?";
    private static final Pattern SINGLE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?<prefix>(?:rp|idr)\\.?\\s*)?(?<num>" + NUM + ")(?:,-{1,2}|\\.-)?(?:\\s*(?<unit>" + UNIT
                    + ")(?![\\p{L}]|/[tT](?![\\p{L}])))?(?:\\s*rupiah(?![\\p{L}]))?(?<an>\\s*-?\\s?an(?![\\p{L}]))?(?![\\p{L}\\d]|:\\d)",
            CI);
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?<a>" + TOKEN + ")\\s*(?:-|–|—|~|s/d|sd|sampai|" + "hingga|to)\\s*(?<b>" + TOKEN
                    + ")(?![\\p{L}\\d])",
            CI);
    private static final Pattern PERCENT =
            Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(?:%|persen(?![\\p{L}]))", CI);

    /** A number followed by one of these counts something else: kilometres, cc, months, people. */
    private static final Pattern NOT_MONEY_AFTER = Pattern.compile(
            "^\\s*(?:km|kilometer|kilo|cc|tahun|thn|th|bulan|"
                    + "bln|x|kali|%|persen|titik|unit|seat|seater|orang|penumpang|jam|menit|mnt|hari|minggu|kg|liter|ltr|l|"
                    + "tangan|pintu|speed|inci|inch|wib|pk|hp|ps|rpm|nm)(?![\\p{L}])",
            CI);

    /** A number after one of these is a mileage: "km 102 ribu", "odo baru 35rb". */
    private static final Pattern NOT_MONEY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:km|kilometer|kilometernya|odometer|odo|jarak tempuh|mileage)(?:nya)?[\\s:=]+"
                    + "(?:(?:baru|masih|cuma|cuman|hanya|sekitar|kurang lebih|di|angka)[\\s:]+){0,2}$",
            CI);

    private static final Pattern PRICE_WORDS_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:harga\\w*|hrg|budget\\w*|bujet|"
                    + "dana|di ?bawah|dibawah|di ?atas|diatas|sekitar|kisaran|mulai|max|maks|maksimal|minimal|range|rentang|"
                    + "nego|tawar\\w*|bayar|senilai|seharga|cuma|cuman|hanya|kalau|kalo|klo)\\W*(?:\\p{L}+\\W+){0,2}$",
            CI);
    private static final Pattern AT_MOST_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:di ?bawah|dibwh|bawah|under|below|"
                    + "maksimal|maksimum|maks|max|kurang dari|tidak lebih dari|paling mahal|<)\\W*(?:rp\\.?\\s*)?$",
            CI);
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:di ?atas|diatas|above|over|"
                    + "minimal|minimum|mulai(?: dari)?|lebih dari|start(?:ing)? from|>)\\W*(?:rp\\.?\\s*)?$",
            CI);
    private static final Pattern APPROX_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:sekitar|skitar|kisaran|kurang lebih|"
                    + "kira-kira|kira2|around|approx\\w*|±|\\+-)\\W*(?:rp\\.?\\s*)?$",
            CI);
    private static final Pattern AT_MOST_AFTER = Pattern.compile("^\\s*(?:ke ?bawah)(?![\\p{L}])", CI);
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*(?:ke ?atas)(?![\\p{L}])", CI);
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d.,])(?:\\+?62|0)[\\s-]?\\(?\\d{2,4}\\)?(?:[\\s-]?\\d{2,5}){2,4}(?![\\d])");
    private static final Pattern TIME =
            Pattern.compile("(?<![\\d.,])(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?![\\d]|[.,]\\d)", CI);
    private static final Pattern TIME_CONTEXT = Pattern.compile("(?:jam|pukul|pkl|buka|tutup|-|–|s/d|sampai)\\s*$", CI);
    private static final Pattern YEAR = Pattern.compile("^(?:19[5-9]\\d|20\\d\\d)$");

    private Money() {}

    /** How an amount was written: exactly, as an upper or lower bound, a range, or roughly. */
    public enum Kind {
        EXACT,
        AT_MOST,
        AT_LEAST,
        RANGE,
        ROUGHLY
    }

    /** One amount in rupiah, as the interval it claims ({@code low == high} for an exact amount). */
    public record Amount(long low, long high, Kind kind, int start, int end) {

        /** Whether a listed price fits what was written. */
        public boolean admits(long price) {
            return price >= low && price <= high;
        }

        /** The amount as written for an exact amount, the bound otherwise. */
        public long value() {
            return kind == Kind.AT_LEAST || kind == Kind.RANGE || kind == Kind.EXACT ? low : high;
        }
    }

    /** A percentage in a text. */
    public record Percent(BigDecimal value, int start, int end) {}

    /**
     * What a text says in money. Number words are rewritten as digits first, so positions refer to {@link #text}.
     */
    public record Reading(String text, List<Amount> amounts, List<Percent> percents) {}

    public static Reading read(String raw) {
        String text = NumberWords.rewrite(raw == null ? "" : raw);
        BitSet used = new BitSet(text.length()); // characters an earlier reading claimed
        block(PHONE, text, used);
        Matcher time = TIME.matcher(text);
        while (time.find()) {
            String before = text.substring(Math.max(0, time.start() - 12), time.start());
            String after = text.substring(time.end());
            if (time.group().contains(":")
                    || TIME_CONTEXT.matcher(before).find()
                    || TIME_AFTER.matcher(after).matches()) {
                used.set(time.start(), time.end());
            }
        }
        List<Percent> percents = new ArrayList<>();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            if (used.get(p.start(), p.end()).isEmpty()) {
                percents.add(new Percent(new BigDecimal(p.group(1).replace(',', '.')), p.start(), p.end()));
                used.set(p.start(), p.end());
            }
        }
        List<Amount> amounts = new ArrayList<>();
        Matcher r = RANGE.matcher(text);
        while (r.find()) {
            if (!used.get(r.start(), r.end()).isEmpty()
                    || NOT_MONEY_AFTER.matcher(text.substring(r.end())).find()) {
                continue;
            }
            String a = r.group("a").strip();
            String b = r.group("b").strip();
            if (!isMoneyToken(b) && !(isMoneyToken(a) && !YEAR.matcher(b).matches())) {
                continue;
            }
            String unitOfB = b.replaceAll("(?i)^(?:(?:rp|idr)\\.?\\s*)?[\\d.,]+(?:,-{1,2}|\\.-)?\\s*", "");
            OptionalLong lo = token(isMoneyToken(a) ? a : a + unitOfB);
            OptionalLong hi = token(b);
            String beforeRange = text.substring(Math.max(0, r.start() - 12), r.start());
            // "km 35.000 — Rp 125.000.000" is a mileage then a price, not a range: price ranges are narrow
            if (lo.isPresent()
                    && hi.isPresent()
                    && lo.getAsLong() < hi.getAsLong()
                    && lo.getAsLong() * 4 > hi.getAsLong()
                    && !beforeRange.matches("(?is).*(?:km|kilometer|odo|cc)\\W*$")) {
                amounts.add(new Amount(lo.getAsLong(), hi.getAsLong(), Kind.RANGE, r.start(), r.end()));
                used.set(r.start(), r.end());
            }
        }
        Matcher m = SINGLE.matcher(text);
        while (m.find()) {
            if (!used.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            single(text, m).ifPresent(amounts::add);
        }
        amounts.sort(Comparator.comparingInt(Amount::start));
        return new Reading(text, List.copyOf(amounts), List.copyOf(percents));
    }

    /** The rupiah value of one price token ("150jt", "Rp 150.000.000", "1,2M"); a bare small number is millions. */
    public static OptionalLong parse(String token) {
        return RupiahParser.parse(token);
    }

    private static java.util.Optional<Amount> single(String text, Matcher m) {
        String num = m.group("num");
        String unit = m.group("unit") == null ? null : m.group("unit").toLowerCase(Locale.ROOT);
        boolean prefix = m.group("prefix") != null;
        boolean roughly = m.group("an") != null;
        String after = text.substring(m.end());
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String afterPartner = PARTNER.matcher(after).replaceFirst("");
        if ((NOT_MONEY_AFTER.matcher(after).find()
                        || NOT_MONEY_AFTER.matcher(afterPartner).find())
                && !prefix) {
            return java.util.Optional.empty(); // "45rb km", "1.500 cc", "36 bulan"
        }
        if (NOT_MONEY_BEFORE.matcher(before).find() && !prefix) {
            return java.util.Optional.empty();
        }
        boolean grouped = GROUPED.matcher(num).matches();
        long value;
        if (unit != null) {
            if ((unit.equals("m") || unit.equals("k"))
                    && !prefix
                    && !SHORT.matcher(num).matches()) {
                return java.util.Optional.empty();
            }
            OptionalLong v = RupiahParser.parse(num + unit);
            if (v.isEmpty()) {
                return java.util.Optional.empty();
            }
            value = v.getAsLong();
        } else if (prefix || grouped) {
            String digits = WITH_CENTS.matcher(num).matches() ? num.substring(0, num.lastIndexOf(',')) : num;
            OptionalLong v = literal(digits);
            if (v.isEmpty()) {
                return java.util.Optional.empty();
            }
            value = v.getAsLong();
            if (prefix && value < 1000) {
                value *= 1_000_000; // "Rp 150" in a chat means 150 juta
            }
        } else {
            if (YEAR.matcher(num).matches()
                    || !TWO_OR_THREE.matcher(num).matches()
                    || !(roughly || PRICE_WORDS_BEFORE.matcher(before).find())) {
                return java.util.Optional.empty();
            }
            value = new BigDecimal(num.replace(',', '.'))
                    .multiply(BigDecimal.valueOf(1_000_000))
                    .longValue();
        }
        if (value <= 0) {
            return java.util.Optional.empty();
        }
        if (AT_MOST_BEFORE.matcher(before).find()
                || AT_MOST_AFTER.matcher(after).find()) {
            return java.util.Optional.of(new Amount(0, value, Kind.AT_MOST, m.start(), m.end()));
        }
        if (AT_LEAST_BEFORE.matcher(before).find()
                || AT_LEAST_AFTER.matcher(after).find()) {
            return java.util.Optional.of(new Amount(value, Long.MAX_VALUE, Kind.AT_LEAST, m.start(), m.end()));
        }
        if (roughly || (unit != null && unit.endsWith("an"))) {
            return java.util.Optional.of(
                    new Amount(value, value + step(num, value) - 1, Kind.ROUGHLY, m.start(), m.end()));
        }
        if (APPROX_BEFORE.matcher(before).find()) {
            return java.util.Optional.of(
                    new Amount(value - value / 50, value + value / 50, Kind.ROUGHLY, m.start(), m.end()));
        }
        return java.util.Optional.of(new Amount(value, value, Kind.EXACT, m.start(), m.end()));
    }

    /**
     * "270-an" is 270 to 279, "200-an" 200 to 299, "4 jutaan" 4 to 4,99 juta, "1,5 jt-an" 1,5 to 1,59 juta: the last
     * written digit's place, decimals included (zero cents, as in "99.000.000,00", are not a place).
     */
    private static long step(String num, long value) {
        String digits =
                NOT_DIGIT.matcher(ZERO_CENTS.matcher(num).replaceAll("")).replaceAll("");
        if (digits.isEmpty() || digits.length() > 15) {
            return 1; // no written number to read a place from: the amount itself
        }
        long written = Long.parseLong(digits);
        long unit = written == 0 ? 1 : Math.max(1, value / written);
        long place = 1;
        while (written > 0 && written % 10 == 0) {
            written /= 10;
            place *= 10;
        }
        return unit * place;
    }

    private static boolean isMoneyToken(String token) {
        return token.matches("(?is)^(?:rp|idr).*")
                || token.matches("(?is).*\\d\\s*(?:" + UNIT + ")$")
                || token.matches("\\d{1,3}(?:[.,]\\d{3}){2,}.*");
    }

    private static OptionalLong token(String token) {
        String t = token.replaceAll("(?i)^idr", "rp")
                .replaceAll(",-{1,2}|\\.-", "")
                .strip();
        String number = t.replaceAll("(?i)^rp\\.?\\s*", "");
        if (number.matches("\\d{1,3}(?:[.,]\\d{3}){2,}")) {
            return literal(number);
        }
        return RupiahParser.parse(t);
    }

    private static OptionalLong literal(String digits) {
        try {
            return OptionalLong.of(Long.parseLong(digits.replaceAll("[.,]", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void block(Pattern p, String text, BitSet used) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (NOT_DIGIT.matcher(m.group()).replaceAll("").length() >= 9) {
                used.set(m.start(), m.end());
            }
        }
    }
}
