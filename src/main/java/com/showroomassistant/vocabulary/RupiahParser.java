package com.showroomassistant.vocabulary;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one Indonesian price token into rupiah. Accepted forms: {@code 150jt}, {@code 150 juta}, {@code 1,2M},
 * {@code 1.2 M}, {@code 1,2 miliar}, {@code 150.000.000}, {@code Rp 150.000.000}, {@code 45rb}, {@code 45 ribu},
 * {@code 45k}. A bare number below 1000 is read in a price context as millions ("150" means 150 juta); other bare
 * numbers are taken literally. Dots or commas followed by exactly three digits (and no unit) are thousands
 * separators, otherwise they are decimal separators.
 */
public final class RupiahParser {

    public static final String UNIT =
            "(?:jt|jta|juta|jtan|jutaan|mio|miliar|milyar|milyard|miliaran|myr|m|rb|ribu|rebu|k)";
    /** A price token as it appears inside a longer text (number plus optional rp prefix and unit). */
    public static final String TOKEN_REGEX = "(?:rp\\.?\\s*)?\\d+(?:[.,]\\d+)*(?:\\s*" + UNIT + "(?![\\p{L}]))?";

    private static final Pattern FULL = Pattern.compile(
            "^(?:rp\\.?\\s*)?(\\d+(?:[.,]\\d+)*)\\s*(" + UNIT + ")?(?:\\s*an)?\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THOUSANDS = Pattern.compile("^\\d{1,3}(?:[.,]\\d{3})+$");
    private static final BigDecimal JUTA = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal MILIAR = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal RIBU = BigDecimal.valueOf(1_000L);

    private RupiahParser() {}

    public static OptionalLong parse(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        Matcher m = FULL.matcher(token.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        String number = m.group(1);
        String unit = m.group(2);
        BigDecimal value;
        try {
            if (THOUSANDS.matcher(number).matches() && (unit == null || number.matches(".*[.,].*[.,].*"))) {
                value = new BigDecimal(number.replace(".", "").replace(",", ""));
            } else {
                int separators = number.replaceAll("[^.,]", "").length();
                if (separators > 1) {
                    return OptionalLong.empty();
                }
                value = new BigDecimal(number.replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        BigDecimal rupiah;
        if (unit == null) {
            rupiah = value.compareTo(BigDecimal.valueOf(1000)) < 0 ? value.multiply(JUTA) : value;
        } else {
            rupiah = switch (unit) {
                case "m", "miliar", "milyar", "milyard", "miliaran", "myr" -> value.multiply(MILIAR);
                case "rb", "ribu", "rebu", "k" -> value.multiply(RIBU);
                default -> value.multiply(JUTA);
            };
        }
        if (rupiah.signum() <= 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(
                    rupiah.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** True when the token carries an explicit unit or rupiah prefix (so it is a price even without context). */
    public static boolean hasUnitOrPrefix(String token) {
        Matcher m = FULL.matcher(token.strip().toLowerCase(Locale.ROOT));
        return m.matches()
                && (m.group(2) != null || token.strip().toLowerCase(Locale.ROOT).startsWith("rp"));
    }
}
