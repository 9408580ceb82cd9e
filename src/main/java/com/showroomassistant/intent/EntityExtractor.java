package com.showroomassistant.intent;

import com.showroomassistant.vocabulary.Colours;
import com.showroomassistant.vocabulary.NumberWords;
import com.showroomassistant.vocabulary.RupiahParser;
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
            "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z",
            "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP",
            "DA", "DB", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DS", "DT", "DW", "EA", "EB", "ED",
            "KB", "KH", "KT", "KU", "PA", "PB", "DC", "GA", "BE"));
    private static final Set<String> NOT_PLATE_SUFFIX = Set.copyOf(List.of(
            "mt", "at", "jt", "rb", "km", "cc", "dp", "thn", "th", "hp", "gb", "mb", "kg", "ya", "an", "nya", "jam",
            "hr", "brp", "yg", "gk", "ga", "gan", "min", "kak", "dan", "bln", "tdp", "ok", "jta", "rp", "cvt", "trd",
            "gr", "rs", "hrg", "ada", "bs", "sy", "utk", "aja", "dgn", "msh", "dr", "kk", "pak", "bu", "mas", "om",
            "x", "rpm", "wib", "pm", "am", "juta", "ribu", "m", "k", "dll", "dsb", "lg", "kah", "deh", "dong", "sih",
            "ini", "itu", "lah", "tuh", "nih", "gak", "ngga", "nggak", "cm", "ccm", "mm", "l", "lt", "liter", "km2", "de", "sd"));
    private static final Pattern PLATE = Pattern.compile(
            "(?<![\\p{L}\\d])([a-z]{1,2})\\s?(\\d{1,4})\\s?([a-z]{1,3})(?![\\p{L}\\d])", CI);
    private static final Pattern PLATE_KEYWORD = Pattern.compile(
            "(?:plat|plate|nopol|no\\.? ?pol|nomor polisi|no polisi|tnkb|/status|status)\\W*$", CI);

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
            "(?<![\\p{L}])(?:slik|ojk|bi ?checking|bi ?check|kol|skor kredit|catatan kredit|riwayat kredit)(?![\\p{L}])", CI);

    // ---- transmission / fuel ----
    private static final Pattern MANUAL = Pattern.compile(
            "(?<![\\p{L}])(" + VehicleTerms.transmissionWords("manual") + ")(?:-?nya)?(?![\\p{L}])(?!\\s*book)", CI);
    private static final Pattern AUTOMATIC = Pattern.compile(
            "(?<![\\p{L}])(" + VehicleTerms.transmissionWords("automatic") + ")(?:-?nya)?(?![\\p{L}/])", CI);
    /** "dibales otomatis terus": an automatic reply, not a gearbox. */
    private static final Pattern AUTOMATIC_REPLY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:dibalas|dibales|dibls|balas|bales|balasan|dijawab|jawaban|respon|reply|bot)\\W*(?:(?:secara|cuma|cuman|hanya|terus|trs)\\W+)?$", CI);
    private static final Pattern FUEL = Pattern.compile(
            "(?<![\\p{L}])(" + VehicleTerms.fuelWords() + ")(?:-?nya)?(?![\\p{L}])", CI);

    // ---- status ----
    private static final Pattern STATUS = Pattern.compile(
            "(?<![\\p{L}])(sold|terjual|kejual|laku|laris|closing|booked|booking|dibooking|dibook|book|di ?dp|"
                    + "tanda jadi|hold|available|avail|ready|tersedia|batal|cancel)(?![\\p{L}])", CI);

    // ---- date phrases ----
    /** Weekdays but Sunday: "minggu" is also "week", so "minggu ini" is this week while "sabtu ini" is this Saturday. */
    private static final String WEEKDAY = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|ahad|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)";
    private static final String POD = "(?:pagi|siang|sore|malam|malem|morning|afternoon|evening|night)";
    private static final String TIME = "(?:(?:jam|jm|pukul|pkl|at)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:an)?(?:\\s*(?:wib|am|pm))?)";
    private static final String NEXT = "depan|dpn|dpan|ngarep|ngarepan";
    private static final String DAYREF = "(?:(?:hari\\s+)?(?:minggu(?!\\s+(?:" + NEXT + "|ini|lalu|kemarin|kemaren))|"
            + "(?:(?:this|next|coming)\\s+)?" + WEEKDAY + "(?:\\s+(?:ini|depan|besok))?)"
            + "|besok|bsk|besuk|lusa|hari\\s+ini|today|tomorrow|tonight|tmr|tmrw"
            + "|sesuk|isuk|isukan|(?<!wilujeng\\s|sugeng\\s)enjing|(?:mengko|engke|nanti)\\s+(?:bengi|wengi|sonten|sore|malam|malem|siang|pagi|awan)"
            // after a prayer time ("habis maghrib"), Javanese "this afternoon" ("sonten niki")
            + "|(?:nanti\\s+)?(?:habis|abis|hbs|setelah|sehabis|ba'?da|bakda)\\s+(?:maghrib|magrib|isya|isyak|subuh|dzuhur|zuhur|ashar|asar|jumatan|jum'?atan)"
            + "|(?:enjing|sonten|dalu)\\s+(?:niki|mangke)|mangke\\s+(?:enjing|sonten|dalu)"
            // around a holiday: "H-3 lebaran", "lebaran hari kedua", "bulan ramadan"
            + "|(?:h[-+]\\d{1,2}\\s+)?(?:lebaran|idul fitri|natal|tahun baru|imlek)(?:\\s+hari\\s+(?:pertama|kedua|ketiga|ke-?\\d))?"
            + "|bulan\\s+(?:ramadan|ramadhan|puasa|syawal)"
            + "|sekarang|skrg|skrang|(?:sejam|setengah\\s+jam|\\d+\\s*(?:jam|menit))\\s+lagi"
            + "|minggu\\s+(?:" + NEXT + "|ini|lalu|kemarin|kemaren)|pekan\\s+(?:" + NEXT + "|ini|lalu)"
            + "|bulan\\s+(?:ini|depan|lalu|kemarin|kemaren|" + MONTH + ")|tahun\\s+ini"
            + "|(?:kuartal|quarter|triwulan|semester)\\s+(?:ini|lalu|depan|\\d)|q[1-4](?:\\s+(?:19|20)\\d\\d)?"
            + "|(?:this|next|last)\\s+(?:week|weekend|month)|weekend|akhir\\s+(?:pekan|minggu)"
            + "|(?:tanggal|tgl)\\s*\\d{1,2}(?:\\s+" + MONTH + ")?|kemarin|kemaren|yesterday"
            + "|januari|februari|maret|april|juni|juli|agustus|september|oktober|november|desember)";
    private static final Pattern PAST = Pattern.compile("^(?:kemarin|kemaren|yesterday)\\b|\\b(?:lalu|last)\\b", CI);
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}])(?:" + DAYREF + "(?:\\s+" + POD + ")?(?:\\s+" + TIME + ")?(?:\\s+" + POD + ")?(?:\\s+ini)?"
                    + "|" + TIME + "(?:\\s+" + POD + ")?(?:\\s+ini)?"
                    + "|" + POD + "\\s+ini|nanti\\s+" + POD + ")(?![\\p{L}])", CI);

    // ---- prices ----
    private static final String P = "(" + RupiahParser.TOKEN_REGEX + ")";
    private static final String FILL = "(?:\\s*(?:saya|sy|aku|cuma|cm|cuman|hanya|ada|di|sampai|sampe|max|maks|"
            + "sekitar|kisaran|:|=|rp\\.?)\\b)*\\s*";
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + P + "\\s*(?:-|–|~|s/?d|sampai|sampe|hingga|to|ke)\\s*" + P + "(?:\\s*an)?", CI);
    private static final Pattern MAX = Pattern.compile(
            "(?<![\\p{L}])(?:di\\s?bawah|dibwh|bawah|under|below|maksimal|maksimum|maks|max|kurang\\s+dari|"
                    + "budget|budgetnya|bujet|dana|sekitar|skitar|kisaran|around|paling\\s+mahal|<)" + FILL + P, CI);
    private static final Pattern MAX_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + P + "(?:\\s*an)?\\s*(?:ke\\s?bawah|kebawah)", CI);
    private static final Pattern MIN = Pattern.compile(
            "(?<![\\p{L}])(?:di\\s?atas|diatas|above|over|minimal|minimum|min\\.?(?=\\s*\\d)|lebih\\s+dari|mulai|>)"
                    + FILL + P, CI);
    private static final Pattern MIN_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + P + "(?:\\s*an)?\\s*(?:ke\\s?atas|keatas)", CI);
    private static final Pattern PRICE_CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:budget|bujet|dana|harga|hrg|range|kisaran|sekitar|rp|di\\s?bawah|di\\s?atas|diatas|"
                    + "maksimal|max|minimal|juta|jt)(?![\\p{L}])", CI);
    /** Words before an amount that is not the car's price: down payments, instalments, discounts, mileage. */
    private static final String OTHER_AMOUNT = "dp|tdp|cicilan|cicil|angsuran|bunga|gaji|kurang|potongan|diskon|tenor|km|"
            + "kilometer|cc";
    private static final Pattern NOT_CAR_PRICE_BEFORE = Pattern.compile(
            "(?:" + OTHER_AMOUNT + "|nego)\\W*(?:\\p{L}+\\W*)?$", CI);

    private static final Pattern OFFER = Pattern.compile("(?<![\\p{L}\\d.,])(?:(?:kalau|kalo|klo|kl)\\s+" + P
            + "|" + P + "(?:\\s*an)?\\s+(?:(?:aja|saja|nett?)\\s+)?(?:(?:ga|gak|gk|tidak|nggak|ngga)\\s+)?"
            + "(?:bisa|bs|boleh|ok|oke|nett?|gimana|gmn|masuk|deal|dapat|dapet|dpt)(?![\\p{L}]))", CI);
    /** The same, within one clause ("nego ga? 120 boleh?" offers 120), and a trade-in's top-up ("tambah"). */
    private static final Pattern NOT_OFFER_BEFORE = Pattern.compile(
            "(?:" + OTHER_AMOUNT + "|tambah)\\s*(?:\\p{L}+\\s*)?$", CI);
    private static final Pattern NEGOTIATING = Pattern.compile(
            "(?<![\\p{L}])(?:nego\\w*|tawar\\w*|harga\\w*|hrg|kurang|pas|nett?|deal)(?![\\p{L}])", CI);

    private final VehicleCatalogue catalogue;

    EntityExtractor(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Everything found in the text; the classifier later drops what the intent does not annotate. */
    record Found(String make, String model, Integer year, Long priceMin, Long priceMax, String plate,
                 String status, String color, String transmission, String fuel, String datePhrase,
                 List<VehicleCatalogue.Mention> modelMentions) {
    }

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
        Long[] prices = findPrices(numeric);
        String model = scan.models().isEmpty() ? null : scan.models().getFirst().entry().model();
        String make = scan.firstMake().orElse(null);
        return new Found(make, model, year, prices[0], prices[1], plate, findStatus(afterModels),
                findColor(afterModels), findTransmission(text, afterModels), findFuel(afterModels),
                findDate(afterModels), scan.models());
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
            boolean keyword = PLATE_KEYWORD.matcher(text.substring(0, m.start())).find();
            boolean badSuffix = NOT_PLATE_SUFFIX.contains(suffix.toLowerCase(Locale.ROOT));
            boolean yearLike = number.length() == 4 && number.matches("(19[89]\\d|20[0-3]\\d)");
            boolean upper = suffix.equals(suffix.toUpperCase(Locale.ROOT))
                    && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT));
            boolean accept = keyword ? !badSuffix || upper && suffix.length() > 1
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
                    || w.toLowerCase(Locale.ROOT).startsWith("oto") && precededBy(AUTOMATIC_REPLY_BEFORE, text, am.start())) {
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
        boolean prevYearOrModel = before.matches("(?s).*(?:(?:19[89]\\d|20[0-3]\\d)|\\s{3,}|diesel|bensin|"
                + "\\b[a-z]{1,3})$") && !before.matches("(?s).*\\b(?:look|arrive|be|is|are|me|you|us|him|her)$");
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
        return words.matcher(text).region(Math.max(0, at - 40), at).useTransparentBounds(true).find();
    }

    static boolean isPast(String phrase) {
        return PAST.matcher(phrase).find();
    }

    /** The first date phrase, preferring one ahead ("hari minggu jam 1") to one behind ("yang kemarin chat"). */
    private static String findDate(String text) {
        Matcher m = DATE.matcher(text);
        String past = null;
        while (m.find()) {
            String phrase = m.group().strip();
            if (phrase.isEmpty()) {
                continue;
            }
            if (!isPast(phrase)) {
                return phrase;
            }
            if (past == null) {
                past = phrase;
            }
        }
        return past;
    }

    /** [min, max] from explicit budget / range / bound contexts only. */
    private static Long[] findPrices(String text) {
        Long min = null;
        Long max = null;
        Matcher r = RANGE.matcher(text);
        while (r.find()) {
            String a = r.group(1);
            String b = r.group(2);
            boolean unit = RupiahParser.hasUnitOrPrefix(a) || RupiahParser.hasUnitOrPrefix(b);
            if (!unit && !PRICE_CONTEXT.matcher(text).find()) {
                continue;
            }
            if (!unit && (a.matches("\\d{4}") || b.matches("\\d{4}"))) {
                continue;
            }
            if (NOT_CAR_PRICE_BEFORE.matcher(text.substring(0, r.start())).find()) {
                continue;
            }
            String unitB = b.replaceAll("^[\\d.,\\s]+", "");
            OptionalLong lo = RupiahParser.parse(RupiahParser.hasUnitOrPrefix(a) ? a : a + unitB);
            OptionalLong hi = RupiahParser.parse(b);
            if (lo.isPresent() && hi.isPresent() && lo.getAsLong() < hi.getAsLong()
                    && hi.getAsLong() >= 1_000_000L) {
                return new Long[] {lo.getAsLong(), hi.getAsLong()};
            }
        }
        max = bound(MAX, text, true);
        if (max == null) {
            max = bound(MAX_AFTER, text, false);
        }
        min = bound(MIN, text, true);
        if (min == null) {
            min = bound(MIN_AFTER, text, false);
        }
        if (min == null && max == null) {
            max = offer(text); // what the customer offers to pay is the most they will pay
        }
        return new Long[] {min, max};
    }

    /** An offered price: "380jt boleh?", "kalo 295jt gmn", "95 jt ga boleh?", "120 boleh?" after a nego. */
    private static Long offer(String text) {
        Matcher m = OFFER.matcher(text);
        while (m.find()) {
            String token = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (NOT_OFFER_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            if (!RupiahParser.hasUnitOrPrefix(token) && !(token.matches("\\d{2,3}") && NEGOTIATING.matcher(text).find())) {
                continue; // a bare number is an offer only in millions and only while bargaining
            }
            OptionalLong v = RupiahParser.parse(token);
            if (v.isPresent() && v.getAsLong() >= 10_000_000L) {
                return v.getAsLong();
            }
        }
        return null;
    }

    private static Long bound(Pattern p, String text, boolean keywordBefore) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String token = m.group(1).strip();
            if (NOT_CAR_PRICE_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            boolean unit = RupiahParser.hasUnitOrPrefix(token);
            if (!unit) {
                // a bare number: only small numbers (millions) or full rupiah amounts, never a year
                String digits = token.replaceAll("\\D", "");
                if (digits.length() == 4 || !keywordBefore && !PRICE_CONTEXT.matcher(text).find()) {
                    continue;
                }
            }
            OptionalLong v = RupiahParser.parse(token);
            if (v.isPresent() && v.getAsLong() >= 1_000_000L) {
                return v.getAsLong();
            }
        }
        return null;
    }

    VehicleCatalogue catalogue() {
        return catalogue;
    }
}
