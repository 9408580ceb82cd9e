package com.showroomassistant.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a used-car buyer asks about, as staff, customers and models write them (CONTRACT 9.1): engine size
 * ("1.500cc", "1.5L"), seats ("7 seater"), the STNK tax due date ("pajak 08/2026", "pajak hidup sampai Agustus
 * 2026"), the owner count ("tangan pertama", "tangan ke-2") and whether the BPKB is on hand ("BPKB ada", "BPKB
 * masih di leasing"); and which of them a customer's question is about.
 */
public final class CarFacts {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final String[] MONTHS = {
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember"
    };
    private static final Map<String, Integer> MONTH_WORDS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("januari", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("februari", 2),
            Map.entry("pebruari", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("maret", 3),
            Map.entry("march", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("mei", 5),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("juni", 6),
            Map.entry("june", 6),
            Map.entry("jul", 7),
            Map.entry("juli", 7),
            Map.entry("july", 7),
            Map.entry("agu", 8),
            Map.entry("agt", 8),
            Map.entry("agst", 8),
            Map.entry("agus", 8),
            Map.entry("agustus", 8),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("okt", 10),
            Map.entry("oktober", 10),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("nov", 11),
            Map.entry("nop", 11),
            Map.entry("november", 11),
            Map.entry("nopember", 11),
            Map.entry("des", 12),
            Map.entry("desember", 12),
            Map.entry("dec", 12),
            Map.entry("december", 12));
    private static final Map<String, Integer> ORDINALS =
            Map.of("pertama", 1, "kedua", 2, "ketiga", 3, "keempat", 4, "kelima", 5, "keenam", 6);
    private static final String MONTH = "(?:"
            + String.join(
                    "|",
                    MONTH_WORDS.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .toList()) + ")";

    private static final Pattern ENGINE = Pattern.compile(
            "(?<![\\d.,])(?:(\\d{1,2}[.,]\\d{3}|\\d{3,4}|\\d[.,]\\d{1,2})"
                    + "\\s*-?\\s*cc|(\\d[.,]\\d)\\s?(?-i:L))(?![\\p{L}])",
            CI);
    private static final Pattern SEATS = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|"
                    + "delapan|sembilan)\\s*-?\\s*(?:seater|seat|kursi|penumpang|tempat duduk)(?![\\p{L}])",
            CI);
    private static final String TAX_WORD = "(?<![\\p{L}])(?:pajak|pjk|stnk)(?:-?nya)?(?:\\s+(?:stnk|tahunan))?";
    /** Up to four words or a year between the tax word and its date: "pajak Avanza 2019 hidup sampai 08/2026". */
    private static final String UNTIL = "(?:[\\s:,]+(?:[\\p{L}/]+|(?:19|20)\\d{2})){0,4}?[\\s:,]+";

    private static final Pattern TAX = Pattern.compile(
            TAX_WORD + UNTIL + "(?:"
                    + "(?<iso>(?:19|20)\\d{2})-(?<isoMonth>\\d{1,2})(?:-(?<isoDay>\\d{1,2}))?"
                    + "|(?:(?<day>\\d{1,2})[/.-])?(?<month>\\d{1,2})[/.-](?<year>(?:19|20)\\d{2}|\\d{2})"
                    + "|(?:(?<wordDay>\\d{1,2})\\s+)?(?<monthWord>" + MONTH
                    + ")\\.?\\s+(?<wordYear>(?:19|20)\\d{2}))(?![\\d\\p{L}])",
            CI);
    private static final Pattern OWNERS = Pattern.compile(
            "(?<![\\p{L}])(?:tangan\\s*(?:ke\\s*-?\\s*)?(?<n>\\d|pertama|"
                    + "kedua|ketiga|keempat|kelima|keenam|satu|dua|tiga|empat|lima)|(?<first>first hand|1st hand|one owner|"
                    + "pemilik pertama|pemakai pertama))(?![\\p{L}\\d])",
            CI);
    private static final Pattern BPKB = Pattern.compile(
            "(?<![\\p{L}])(?:(?<without>tanpa)\\s+)?bpkb(?:-?nya)?"
                    + "(?:\\W+(?:\\p{L}+\\W+){0,2}?(?:(?<no>tidak ada|tdk ada|belum ada|blm ada|gak ada|ga ada|nggak ada|"
                    + "ngga ada|di leasing|di bank|masih kredit|disekolahkan|hilang)|(?<yes>ada|on hand|ditangan|di tangan|ready|"
                    + "lengkap|tersedia|aman|asli|available)(?!\\W+(?:\\p{L}+\\W+)?(?:leasing|bank|finance|gadai))))?(?![\\p{L}])",
            CI);

    private static final Map<Topic, Pattern> ASKED = Map.of(
            Topic.ENGINE,
                    Pattern.compile(
                            "(?<![\\p{L}])(?:cc|kapasitas mesin|isi silinder|mesin(?:nya)? berapa)(?![\\p{L}])", CI),
            Topic.SEATS,
                    Pattern.compile(
                            "(?<![\\p{L}])(?:seater|kursi\\w*|penumpang|tempat duduk|muat berapa|"
                                    + "berapa orang)(?![\\p{L}])",
                            CI),
            Topic.TAX,
                    Pattern.compile(
                            "(?<![\\p{L}])(?:pajak\\w*|pjk|stnk\\w*\\W+(?:\\p{L}+\\W+)?(?:hidup|idup|mati|panjang|"
                                    + "sampai|sampe|berlaku|aktif|kapan))(?![\\p{L}])",
                            CI),
            Topic.OWNERS,
                    Pattern.compile(
                            "(?<![\\p{L}])(?:tangan (?:ke|keberapa|berapa|pertama|1)|pemilik (?:ke|keberapa|"
                                    + "pertama|sebelumnya|berapa)|berapa pemilik|pemakai (?:ke|pertama)|first hand|one owner)(?![\\p{L}])",
                            CI),
            Topic.BPKB, Pattern.compile("(?<![\\p{L}])bpkb\\w*(?![\\p{L}])", CI),
            Topic.SERVICE,
                    Pattern.compile(
                            "(?<![\\p{L}])(?:riwayat (?:servis|service)|(?:servis|service) record|"
                                    + "record (?:servis|service)|buku (?:servis|service)|catatan (?:servis|service)|"
                                    + "(?:servis|service)(?:nya)? (?:rutin|resmi|di mana|dimana|gimana)|rutin (?:servis|service))(?![\\p{L}])",
                            CI),
            Topic.LOCATION,
                    Pattern.compile(
                            "(?<![\\p{L}])(?:(?:unit|mobil)(?:nya)?\\W+(?:ada\\W+)?(?:di ?mana|dmn)|"
                                    + "lokasi (?:unit|mobil)\\w*|posisi (?:unit|mobil)\\w*|(?:unit|mobil)(?:nya)? (?:di|ada di) "
                                    + "(?:showroom|cabang) (?:mana|yang mana))(?![\\p{L}])",
                            CI));

    private CarFacts() {}

    /** A fact a customer may ask about a car. */
    public enum Topic {
        ENGINE,
        SEATS,
        TAX,
        OWNERS,
        BPKB,
        SERVICE,
        LOCATION
    }

    /** A fact written in a text, with where it was written. */
    public record Mention<T>(T value, int start, int end) {}

    /** The facts a customer's question asks about ("pajaknya hidup sampai kapan?" asks the tax date). */
    public static Set<Topic> asked(String text) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        if (text != null) {
            ASKED.forEach((topic, pattern) -> {
                if (pattern.matcher(text).find()) {
                    topics.add(topic);
                }
            });
        }
        return topics;
    }

    /** Engine sizes in cc: "1.500cc", "1500 cc", "2.4 cc" and "1.5L" are 1500, 1500, 2400 and 1500. */
    public static List<Mention<Integer>> engineCc(String text) {
        return all(ENGINE, text, m -> {
                    String n = m.group(1) != null ? m.group(1) : m.group(2);
                    if (n.matches("\\d{1,2}[.,]\\d{3}")) {
                        return Integer.valueOf(n.replaceAll("[.,]", ""));
                    }
                    if (n.matches("\\d[.,]\\d{1,2}")) {
                        return (int) Math.round(Double.parseDouble(n.replace(',', '.')) * 1000);
                    }
                    int cc = Integer.parseInt(n);
                    return cc >= 50 ? cc : null;
                })
                .stream()
                .filter(m -> m.value() <= 10_000)
                .toList(); // no car engine is larger
    }

    /** Seats: "7 seater", "tujuh penumpang". */
    private static final String MILEAGE_NUMBER = "(\\d+(?:[.,]\\d+)*)";

    private static final Pattern MILEAGE_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + MILEAGE_NUMBER + "\\s*(rb|ribu|k|jt|juta)?\\s*(?:km|kilometer|kilo)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MILEAGE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:km|kilometer|odo|odometer)(?:\\s*-?nya)?\\s*:?\\s*" + MILEAGE_NUMBER
                    + "\\s*(rb|ribu|k|jt|juta)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** Kilometres driven: "45rb km", "45.000 km", "km 90 ribu", "odo: 120k"; the written-after form first. */
    public static List<Mention<Integer>> mileage(String text) {
        List<Mention<Integer>> out = new java.util.ArrayList<>();
        for (Pattern p : List.of(MILEAGE_AFTER, MILEAGE_BEFORE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Integer km = kilometres(m.group(1), m.group(2));
                if (km != null) {
                    out.add(new Mention<>(km, m.start(), m.end()));
                }
            }
        }
        return out;
    }

    private static Integer kilometres(String number, String unit) {
        java.math.BigDecimal value;
        try {
            if (unit == null && number.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
                value = new java.math.BigDecimal(number.replaceAll("[.,]", ""));
            } else if (number.replaceAll("[^.,]", "").length() > 1) {
                return null;
            } else {
                value = new java.math.BigDecimal(number.replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (unit != null) {
            value = value.multiply(java.math.BigDecimal.valueOf(
                    unit.toLowerCase(java.util.Locale.ROOT).startsWith("j") ? 1_000_000 : 1_000));
        }
        return value.signum() < 0 || value.compareTo(java.math.BigDecimal.valueOf(2_000_000)) > 0
                ? null
                : value.intValue();
    }

    public static List<Mention<Integer>> seats(String text) {
        return all(SEATS, text, m -> {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int seats = n.matches("\\d+")
                    ? Integer.parseInt(n)
                    : NumberWords.digit(n).orElse(0);
            return seats >= 1 && seats <= 60 ? seats : null; // a bus is the most a showroom sells
        });
    }

    /**
     * STNK tax due dates written after a tax word: "pajak 08/2026", "pajak hidup s/d 15-08-2026", "pajak panjang
     * sampai Agustus 2026", "pajak 2026-08". A month without a day is its first day, the earliest it may fall due.
     */
    public static List<Mention<LocalDate>> taxDue(String text) {
        return all(TAX, text, m -> {
            try {
                if (m.group("iso") != null) {
                    int day = m.group("isoDay") == null ? 1 : Integer.parseInt(m.group("isoDay"));
                    return LocalDate.of(Integer.parseInt(m.group("iso")), Integer.parseInt(m.group("isoMonth")), day);
                }
                if (m.group("monthWord") != null) {
                    int month = MONTH_WORDS.get(m.group("monthWord").toLowerCase(Locale.ROOT));
                    int day = m.group("wordDay") == null ? 1 : Integer.parseInt(m.group("wordDay"));
                    return LocalDate.of(Integer.parseInt(m.group("wordYear")), month, day);
                }
                int year = Integer.parseInt(m.group("year"));
                int day = m.group("day") == null ? 1 : Integer.parseInt(m.group("day"));
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group("month")), day);
            } catch (DateTimeException e) {
                return null; // "pajak 13/2026" names no month
            }
        });
    }

    /** The owner count: "tangan pertama" and "first hand" are 1, "tangan ke-2" is 2. */
    public static List<Mention<Integer>> ownerCount(String text) {
        return all(OWNERS, text, m -> {
                    if (m.group("first") != null) {
                        return 1;
                    }
                    String n = m.group("n").toLowerCase(Locale.ROOT);
                    return n.matches("\\d")
                            ? Integer.valueOf(n)
                            : ORDINALS.containsKey(n)
                                    ? ORDINALS.get(n)
                                    : NumberWords.digit(n).orElse(0);
                })
                .stream()
                .filter(mention -> mention.value() >= 1)
                .toList();
    }

    /** Whether the BPKB is on hand, where a text says so: "BPKB ada" is true, "BPKB masih di leasing" false. */
    public static List<Mention<Boolean>> bpkb(String text) {
        return all(
                BPKB,
                text,
                m -> m.group("without") != null || m.group("no") != null
                        ? Boolean.FALSE
                        : m.group("yes") != null ? Boolean.TRUE : null);
    }

    /** "Agustus 2026": the month a tax falls due, as the assistant says it. */
    public static String monthYear(LocalDate date) {
        return capitalise(MONTHS[date.getMonthValue() - 1]) + " " + date.getYear();
    }

    /** Whether two dates fall in the same month: "pajak 08/2026" is true of a tax due on 15 August 2026. */
    public static boolean sameMonth(LocalDate a, LocalDate b) {
        return YearMonth.from(a).equals(YearMonth.from(b));
    }

    /** "tangan pertama", "tangan kedua", "tangan ke-7". */
    public static String ownerWords(int count) {
        return ORDINALS.entrySet().stream()
                .filter(e -> e.getValue() == count)
                .findFirst()
                .map(e -> "tangan " + e.getKey())
                .orElse("tangan ke-" + count);
    }

    /** "1.500 cc". */
    public static String engineWords(int cc) {
        return java.text.NumberFormat.getIntegerInstance(ID).format(cc) + " cc";
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static <T> List<Mention<T>> all(Pattern pattern, String text, Function<Matcher, T> value) {
        List<Mention<T>> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            T v = value.apply(m);
            if (v != null) {
                found.add(new Mention<>(v, m.start(), m.end()));
            }
        }
        return found;
    }
}
