package com.showroomassistant.intent;

import com.showroomassistant.vocabulary.Colours;
import com.showroomassistant.vocabulary.NumberWords;
import com.showroomassistant.vocabulary.VehicleTerms;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts entities from the raw text. Which ones are kept depends on the intent (see IntentClassifier). */
final class EntityExtractor {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // ---- plates ----
    private static final Set<String> REGION_CODES = Set.copyOf(List.of(
            "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z", "AA", "AB", "AD", "AE",
            "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP", "DA", "DB", "DD", "DE", "DG", "DH",
            "DK", "DL", "DM", "DN", "DR", "DS", "DT", "DW", "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB", "DC",
            "GA", "BE"));
    private static final Set<String> NOT_PLATE_SUFFIX = Set.copyOf(List.of(
            "mt", "at", "jt", "rb", "km", "cc", "dp", "thn", "th", "hp", "gb", "mb", "kg", "ya", "an", "nya", "jam",
            "hr", "brp", "yg", "gk", "ga", "gan", "min", "kak", "dan", "bln", "tdp", "ok", "jta", "rp", "cvt", "trd",
            "gr", "rs", "hrg", "ada", "bs", "sy", "utk", "aja", "dgn", "msh", "dr", "kk", "pak", "bu", "mas", "om", "x",
            "rpm", "wib", "pm", "am", "juta", "ribu", "m", "k", "dll", "dsb", "lg", "kah", "deh", "dong", "sih", "ini",
            "itu", "lah", "tuh", "nih", "gak", "ngga", "nggak", "cm", "ccm", "mm", "l", "lt", "liter", "km2", "de",
            "sd"));
    private static final Pattern PLATE =
            Pattern.compile("(?<![\\p{L}\\d])([a-z]{1,2})\\s?(\\d{1,4})\\s?([a-z]{1,3})(?![\\p{L}\\d])", CI);
    private static final Pattern PLATE_KEYWORD =
            Pattern.compile("(?:plat|plate|nopol|no\\.? ?pol|nomor polisi|no polisi|tnkb|/status|status)\\W*$", CI);

    // ---- years ----
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/:])(19[89]\\d|20[0-2]\\d|2030)(?![\\d]|[.,]\\d)");
    private static final Pattern YEAR_SHORT = Pattern.compile(
            "\\b(?:tahun|thn|th|taun)\\.?\\s*'?(\\d{2})(?![\\d.,])(?!\\s*(?:bln|bulan|thn|tahun|x|kali))", CI);
    /** "innova '16", "xpander '19 AT": a two-digit year after an apostrophe. */
    private static final Pattern YEAR_APOSTROPHE = Pattern.compile("(?<![\\p{L}\\p{N}])['’‘`](\\d{2})(?![\\d.,])");

    private static final Pattern PHONE = Pattern.compile("(?:\\+?\\d[\\d\\s-]{8,}\\d)");
    private static final Pattern BIG_NUMBER = Pattern.compile("\\d{1,3}(?:[.,]\\d{3}){2,}");

    // ---- colours ----

    /** "SLIK OJK sy agak merah": a credit record's colour, not a car's. */
    private static final Pattern CREDIT_RECORD_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:slik|ojk|bi ?checking|bi ?check|kol|skor kredit|catatan kredit|riwayat kredit)(?![\\p{L}])",
            CI);

    // ---- transmission / fuel ----
    private static final Pattern MANUAL = Pattern.compile(
            "(?<![\\p{L}])(" + VehicleTerms.transmissionWords("manual") + ")(?:-?nya)?(?![\\p{L}])(?!\\s*book)", CI);
    private static final Pattern AUTOMATIC = Pattern.compile(
            "(?<![\\p{L}])(" + VehicleTerms.transmissionWords("automatic") + ")(?:-?nya)?(?![\\p{L}/])", CI);
    /** "dibales otomatis terus": an automatic reply, not a gearbox. */
    private static final Pattern AUTOMATIC_REPLY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:dibalas|dibales|dibls|balas|bales|balasan|dijawab|jawaban|respon|reply|bot)\\W*(?:(?:secara|cuma|cuman|hanya|terus|trs)\\W+)?$",
            CI);

    private static final Pattern FUEL =
            Pattern.compile("(?<![\\p{L}])(" + VehicleTerms.fuelWords() + ")(?:-?nya)?(?![\\p{L}])", CI);

    // ---- status ----
    private static final Pattern STATUS = Pattern.compile(
            "(?<![\\p{L}])(sold|terjual|kejual|laku|laris|closing|booked|booking|dibooking|dibook|book|di ?dp|"
                    + "tanda jadi|hold|available|avail|ready|tersedia|batal|cancel)(?![\\p{L}])",
            CI);

    private final VehicleCatalogue catalogue;

    EntityExtractor(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Everything found in the text; the classifier later drops what the intent does not annotate. */
    record Found(
            String make,
            String model,
            Integer year,
            Long priceMin,
            Long priceMax,
            String plate,
            String status,
            String color,
            String transmission,
            String fuel,
            String datePhrase,
            List<VehicleCatalogue.Mention> modelMentions) {}

    Found extract(String text, VehicleCatalogue.Scan scan) {
        StringBuilder masked = new StringBuilder(text);
        String plate = findPlate(text, masked);
        // mask models (so "mazda 2" or "3 series" do not produce numbers) and big numbers / phone numbers
        for (VehicleCatalogue.Mention m : scan.models()) {
            blank(masked, m.start(), m.end());
        }
        String afterModels = masked.toString();
        String numeric = NumberWords.rewrite(afterModels);
        Matcher big = BIG_NUMBER.matcher(numeric);
        StringBuilder noBig = new StringBuilder(numeric);
        while (big.find()) {
            blank(noBig, big.start(), big.end());
        }
        Matcher ph = PHONE.matcher(noBig.toString());
        StringBuilder noPhone = new StringBuilder(noBig);
        while (ph.find()) {
            if (ph.group().replaceAll("\\D", "").length() >= 9) {
                blank(noPhone, ph.start(), ph.end());
            }
        }
        Integer year = findYear(noPhone.toString());
        Long[] prices = PriceMentions.find(numeric);
        String model = scan.models().isEmpty()
                ? null
                : scan.models().getFirst().entry().model();
        String make = scan.firstMake().orElse(null);
        return new Found(
                make,
                model,
                year,
                prices[0],
                prices[1],
                plate,
                findStatus(afterModels),
                findColor(afterModels),
                findTransmission(text, afterModels),
                findFuel(afterModels),
                DateMentions.first(afterModels),
                scan.models());
    }

    /** The price the text offers for a car, read like {@link #extract} reads prices: models masked, words as digits. */
    OptionalLong offer(String text, VehicleCatalogue.Scan scan) {
        StringBuilder masked = new StringBuilder(text);
        for (VehicleCatalogue.Mention m : scan.models()) {
            blank(masked, m.start(), m.end());
        }
        return PriceMentions.offered(NumberWords.rewrite(masked.toString()));
    }

    private static void blank(StringBuilder sb, int start, int end) {
        for (int i = start; i < end && i < sb.length(); i++) {
            sb.setCharAt(i, ' ');
        }
    }

    private static String findPlate(String text, StringBuilder masked) {
        Matcher m = PLATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start() + 1;
            String prefix = m.group(1).toUpperCase(Locale.ROOT);
            String number = m.group(2);
            String suffix = m.group(3);
            if (!REGION_CODES.contains(prefix)) {
                continue;
            }
            boolean keyword =
                    PLATE_KEYWORD.matcher(text.substring(0, m.start())).find();
            boolean badSuffix = NOT_PLATE_SUFFIX.contains(suffix.toLowerCase(Locale.ROOT));
            boolean yearLike = number.length() == 4 && number.matches("(19[89]\\d|20[0-3]\\d)");
            boolean upper = suffix.equals(suffix.toUpperCase(Locale.ROOT))
                    && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT));
            boolean accept = keyword
                    ? !badSuffix || upper && suffix.length() > 1
                    : !badSuffix && (upper || !yearLike) && (upper || number.length() >= 3);
            if (accept) {
                blank(masked, m.start(), m.end());
                return m.group().strip();
            }
        }
        return null;
    }

    private static Integer findYear(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher s = YEAR_SHORT.matcher(text);
        Matcher a = YEAR_APOSTROPHE.matcher(text);
        String twoDigits = s.find() ? s.group(1) : a.find() ? a.group(1) : null;
        if (twoDigits != null) {
            int yy = Integer.parseInt(twoDigits);
            if (yy <= 30) {
                return 2000 + yy;
            }
            if (yy >= 80) {
                return 1900 + yy;
            }
        }
        return null;
    }

    private static String findColor(String text) {
        for (Colours.Mention m : Colours.findAll(text)) {
            if (!precededBy(CREDIT_RECORD_BEFORE, text, m.start())) {
                return m.base();
            }
        }
        return null;
    }

    private static String findTransmission(String original, String text) {
        int manualAt = -1;
        Matcher mm = MANUAL.matcher(text);
        if (mm.find()) {
            manualAt = mm.start();
        }
        int autoAt = -1;
        Matcher am = AUTOMATIC.matcher(text);
        while (am.find()) {
            String w = am.group(1);
            if (w.equalsIgnoreCase("at") && !plausibleAt(original, text, am.start(), w)
                    || w.toLowerCase(Locale.ROOT).startsWith("oto")
                            && precededBy(AUTOMATIC_REPLY_BEFORE, text, am.start())) {
                continue;
            }
            autoAt = am.start();
            break;
        }
        if (manualAt < 0 && autoAt < 0) {
            return null;
        }
        if (autoAt < 0 || manualAt >= 0 && manualAt < autoAt) {
            return "manual";
        }
        return "automatic";
    }

    /** "at" is a transmission when written "AT" in a not-all-caps message, or right after a year / model / trim. */
    private static boolean plausibleAt(String original, String text, int start, String word) {
        boolean allCaps = original.equals(original.toUpperCase(Locale.ROOT))
                && !original.equals(original.toLowerCase(Locale.ROOT));
        if (word.equals("AT") && !allCaps) {
            return true;
        }
        String before = text.substring(0, start).stripTrailing();
        String after = text.substring(start + word.length()).strip().toLowerCase(Locale.ROOT);
        boolean prevYearOrModel =
                before.matches("(?s).*(?:(?:19[89]\\d|20[0-3]\\d)|\\s{3,}|diesel|bensin|" + "\\b[a-z]{1,3})$")
                        && !before.matches("(?s).*\\b(?:look|arrive|be|is|are|me|you|us|him|her)$");
        boolean nextIsCarWord = after.matches("(?s)^(?:ada|msh|masih|ready|yg|yang|warna|hitam|putih|silver|merah|"
                + "abu|biru|\\d{4}|\\d+\\s*jt|,|\\?).*");
        return prevYearOrModel && (nextIsCarWord || after.isEmpty());
    }

    private static String findFuel(String text) {
        Matcher m = FUEL.matcher(text);
        if (!m.find()) {
            return null;
        }
        return VehicleTerms.fuel(m.group(1)).orElse(null);
    }

    private static String findStatus(String text) {
        Matcher m = STATUS.matcher(text);
        if (!m.find()) {
            return null;
        }
        String s = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (s) {
            case "sold", "terjual", "kejual", "laku", "laris", "closing" -> "sold";
            case "booked", "booking", "dibooking", "dibook", "book", "didp", "tandajadi", "hold" -> "booked";
            default -> "available";
        };
    }

    /**
     * Whether {@code words} occur in the 40 characters before {@code at}: a bounded look back (not a scan of the
     * whole text before it), with the text around the window still visible to the pattern's word boundaries.
     */
    private static boolean precededBy(Pattern words, String text, int at) {
        return words.matcher(text)
                .region(Math.max(0, at - 40), at)
                .useTransparentBounds(true)
                .find();
    }

    VehicleCatalogue catalogue() {
        return catalogue;
    }
}
