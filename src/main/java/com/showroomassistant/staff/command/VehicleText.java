package com.showroomassistant.staff.command;

import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.vocabulary.CarFacts;
import com.showroomassistant.vocabulary.Colours;
import com.showroomassistant.vocabulary.RupiahParser;
import com.showroomassistant.vocabulary.VehicleTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads vehicle details from what staff type, in any order: "Toyota Avanza 1.3 G 2019 150jt hitam matic 45rb km
 * B1234XYZ". Each field claims its characters, so a number is read once (the 45 of "45rb km" is mileage, not a
 * price); the words right after the model that nothing else claims are the variant.
 */
@Component
public final class VehicleText {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)*)";
    private static final Pattern PLATE =
            Pattern.compile("(?<![\\p{L}\\d])([a-z]{1,2})\\s?(\\d{1,4})\\s?([a-z]{1,3})(?![\\p{L}\\d])", CI);
    private static final Pattern PRICE = Pattern.compile(
            "(?<![\\p{L}\\d.,])((rp\\.?\\s*)?" + NUMBER
                    + "(?:\\s*(jt|jta|juta|m|miliar|milyar|rb|ribu))?)(?![\\p{L}\\d])",
            CI);
    private static final Pattern YEAR =
            Pattern.compile("(?<![\\p{L}\\d.,])(19[5-9]\\d|20\\d\\d)(?![\\p{L}\\d]|[.,]\\d)");
    private static final Pattern TRANSMISSION = Pattern.compile(
            "(?<![\\p{L}])(" + VehicleTerms.transmissionWords("automatic") + "|"
                    + VehicleTerms.transmissionWords("manual") + ")(?![\\p{L}/])",
            CI);
    private static final Pattern FUEL =
            Pattern.compile("(?<![\\p{L}])(" + VehicleTerms.fuelWords() + ")(?![\\p{L}])", CI);
    /** "harga minimal 140jt", "batas nego 140jt": the lowest offer the assistant may hand to staff. */
    private static final Pattern MINIMUM = Pattern.compile(
            "(?<![\\p{L}])(?:harga\\s+)?(?:min(?:imal|imum)?|batas(?:\\s+"
                    + "(?:nego|bawah))?|nego\\s+min(?:imal|imum)?)\\s*:?\\s*((rp\\.?\\s*)?" + NUMBER
                    + "(?:\\s*(jt|jta|juta|m|miliar|milyar))?)(?![\\p{L}\\d])",
            CI);
    /** Free text after a label and a colon, to the end of the line: "lokasi: cabang Bekasi", "servis: rutin di dealer". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}])(lokasi(?:\\s+unit)?|(?:riwayat\\s+)?(?:servis|service)"
                    + "(?:\\s+record)?)\\s*:\\s*([^\\n;]+)",
            CI);

    private static final Pattern BODY =
            Pattern.compile("(?<![\\p{L}])(" + VehicleTerms.bodyTypeWords() + ")(?![\\p{L}])", CI);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,/+'-]*");
    private static final Set<String> REGIONS = Set.of(
            "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z", "AA", "AB", "AD", "AE",
            "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP", "DA", "DB", "DD", "DE", "DG", "DH",
            "DK", "DL", "DM", "DN", "DR", "DS", "DT", "DW", "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB", "DC",
            "GA");
    private static final Set<String> NOT_PLATE_SUFFIX =
            Set.of("km", "jt", "rb", "at", "mt", "cc", "th", "thn", "k", "m", "an", "hp", "nya", "kg", "cvt", "jta");
    /** Words that only label a value ("tahun 2019", "warna hitam"): understood, but not a value themselves. */
    private static final Set<String> LABELS = Set.of(
            "tahun",
            "thn",
            "th",
            "harga",
            "hrg",
            "warna",
            "warnanya",
            "plat",
            "nopol",
            "km",
            "kilometer",
            "transmisi",
            "bbm",
            "rp",
            "merk",
            "model",
            "tipe",
            "type",
            "varian",
            "odo",
            "odometer",
            "jt",
            "juta");

    private final VehicleCatalogue catalogue;

    public VehicleText(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param words how many words the text has
     * @param understood how many of them were read as a field or a field's label
     */
    public record Reading(VehicleFields fields, int words, int understood) {

        /** A plain message counts as an answer to the draft when it says something and is mostly fields. */
        boolean looksLikeAnswer() {
            return !fields.isEmpty() && understood * 2 >= words;
        }
    }

    public Reading read(String text) {
        String t = text == null ? "" : text;
        BitSet used = new BitSet(t.length()); // characters a field already claimed
        String make = null;
        String model = null;
        String modelWords = "";
        int modelEnd = -1;
        var modelSpan = catalogue.firstModelSpan(t);
        if (modelSpan.isPresent()) {
            var span = modelSpan.get();
            make = span.make();
            model = span.model().model();
            modelWords = extraAliasWords(t.substring(span.start(), span.end()), model);
            used.set(span.start(), span.end());
            modelEnd = span.end();
            var makeSpan = catalogue.firstMakeSpan(t);
            if (makeSpan.isPresent() && makeSpan.get().make().equals(make)) {
                used.set(makeSpan.get().start(), makeSpan.get().end());
            }
        }
        String plate = plate(t, used);
        String location = null;
        String service = null;
        Matcher labelled = LABELLED.matcher(t);
        while (labelled.find()) {
            if (used.get(labelled.start(), labelled.end()).isEmpty()) {
                used.set(labelled.start(), labelled.end());
                if (labelled.group(1).toLowerCase(Locale.ROOT).startsWith("lokasi")) {
                    location = labelled.group(2).strip();
                } else {
                    service = labelled.group(2).strip();
                }
            }
        }
        Integer engineCc = free(CarFacts.engineCc(t), used);
        Integer seats = free(CarFacts.seats(t), used);
        var taxDue = free(CarFacts.taxDue(t), used);
        Integer owners = free(CarFacts.ownerCount(t), used);
        Boolean bpkb = free(CarFacts.bpkb(t), used);
        Long minimum = first(MINIMUM, t, used, m -> price(m.group(1), m.group(2) != null, m.group(4)));
        Integer mileage = free(CarFacts.mileage(t), used);
        Long price = first(PRICE, t, used, m -> price(m.group(1), m.group(2) != null, m.group(4)));
        Integer year = first(YEAR, t, used, m -> Integer.valueOf(m.group(1)));
        String transmission = first(
                TRANSMISSION,
                t,
                used,
                m -> VehicleTerms.transmission(m.group(1)).orElse(null));
        String fuel = first(FUEL, t, used, m -> VehicleTerms.fuel(m.group(1)).orElse(null));
        String color = first(Colours.pattern(), t, used, m -> Colours.mention(m).name());
        String body =
                first(BODY, t, used, m -> VehicleTerms.bodyType(m.group(1)).orElse(null));
        if (model == null) {
            var makeSpan = catalogue.firstMakeSpan(t);
            if (makeSpan.isPresent()) {
                make = makeSpan.get().make();
                used.set(makeSpan.get().start(), makeSpan.get().end());
                // a model the catalogue does not know yet: the next free word after the make
                Matcher next = WORD.matcher(t);
                if (next.find(makeSpan.get().end())
                        && !used.get(next.start())
                        && Character.isLetter(next.group().charAt(0))) {
                    model = capitalise(next.group());
                    used.set(next.start(), next.end());
                    modelEnd = next.end();
                }
            }
        }
        int words = 0;
        int understood = 0;
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            words++;
            if (used.get(w.start())
                    || LABELS.contains(w.group().toLowerCase(Locale.ROOT).replaceAll("[.,:]$", ""))) {
                understood++;
            }
        }
        // counted before the variant claims its words: free words after a model are not understood, just kept
        String variant = modelEnd < 0 ? null : variant(t, used, modelEnd, modelWords);
        var fields = new VehicleFields(
                make,
                model,
                variant,
                year,
                price,
                mileage,
                transmission,
                fuel,
                color,
                plate,
                new VehicleFacts(engineCc, body, seats, taxDue, owners, bpkb, service, location),
                minimum);
        return new Reading(fields, words, understood);
    }

    /** The first fact written where no other field was read, claiming its characters. */
    private static <T> T free(List<CarFacts.Mention<T>> mentions, BitSet used) {
        for (CarFacts.Mention<T> m : mentions) {
            if (used.get(m.start(), m.end()).isEmpty()) {
                used.set(m.start(), m.end());
                return m.value();
            }
        }
        return null;
    }

    private static <T> T first(Pattern pattern, String text, BitSet used, Function<Matcher, T> value) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (used.get(m.start(), m.end()).isEmpty()) {
                T v = value.apply(m);
                if (v != null) {
                    used.set(m.start(), m.end());
                    return v;
                }
            }
        }
        return null;
    }

    /** The last plate-shaped token: plates usually come last, and "G 2019 AT"-like runs are rejected. */
    private static String plate(String text, BitSet used) {
        Matcher m = PLATE.matcher(text);
        int start = -1;
        int end = -1;
        String plate = null;
        while (m.find()) {
            String region = m.group(1).toUpperCase(Locale.ROOT);
            String suffix = m.group(3).toLowerCase(Locale.ROOT);
            if (REGIONS.contains(region)
                    && !NOT_PLATE_SUFFIX.contains(suffix)
                    && used.get(m.start(), m.end()).isEmpty()) {
                plate = region + m.group(2) + suffix.toUpperCase(Locale.ROOT);
                start = m.start();
                end = m.end();
            }
        }
        if (plate != null) {
            used.set(start, end);
        }
        return plate;
    }

    /** A price needs a unit (jt, M), an "Rp", or a full rupiah amount; "1.3" (engine) or "45rb" is not one. */
    private static Long price(String token, boolean rupiahPrefix, String unit) {
        String u = unit == null ? null : unit.toLowerCase(Locale.ROOT);
        if (u != null && (u.equals("rb") || u.equals("ribu"))) {
            return null;
        }
        String digits = token.replaceAll("\\D", "");
        if (u == null && !rupiahPrefix && (digits.length() < 7 || !token.matches("\\d{1,3}(?:[.,]\\d{3})+|\\d{7,}"))) {
            return null;
        }
        OptionalLong parsed = RupiahParser.parse(token);
        if (parsed.isEmpty() || parsed.getAsLong() < 1_000_000L || parsed.getAsLong() > 100_000_000_000L) {
            return null;
        }
        return parsed.getAsLong();
    }

    private static BigDecimal number(String number, boolean hasUnit) {
        try {
            if (!hasUnit && number.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
                return new BigDecimal(number.replaceAll("[.,]", ""));
            }
            if (number.replaceAll("[^.,]", "").length() > 1) {
                return null;
            }
            return new BigDecimal(number.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Words of the alias as typed that are not the model's own name: "Pajero Sport Dakar" -> "Dakar". */
    private static String extraAliasWords(String typed, String model) {
        String compactModel = model.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        List<String> extra = new ArrayList<>();
        for (String word : typed.split("[\\s-]+")) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            boolean ownName = compactModel.contains(w)
                    || (w.length() >= 3 && compactModel.length() >= 3 && w.startsWith(compactModel.substring(0, 3)));
            if (!w.isEmpty() && !ownName) {
                extra.add(word);
            }
        }
        return String.join(" ", extra);
    }

    /** Free words right after the model, up to the next field: "Avanza 1.3 G 2019" -> "1.3 G". */
    private static String variant(String text, BitSet used, int from, String aliasWords) {
        List<String> words = new ArrayList<>();
        if (!aliasWords.isBlank()) {
            words.add(aliasWords);
        }
        Matcher w = WORD.matcher(text);
        int pos = from;
        while (w.find(pos) && words.size() < 5) {
            if (used.get(w.start()) || !text.substring(pos, w.start()).matches("[\\s,]*")) {
                break;
            }
            if (!LABELS.contains(w.group().toLowerCase(Locale.ROOT))) {
                words.add(w.group().replaceAll("[.,]$", ""));
            }
            used.set(w.start(), w.end());
            pos = w.end();
        }
        String variant = String.join(" ", words).strip();
        return variant.isEmpty() ? null : (variant.length() > 100 ? variant.substring(0, 100) : variant);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
