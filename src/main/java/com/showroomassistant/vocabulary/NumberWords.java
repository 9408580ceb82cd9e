package com.showroomassistant.vocabulary;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers spelled out in Indonesian as digits, as voice typing writes them: "dua ribu delapan belas" becomes
 * 2018 and "seratus lima puluh juta" becomes 150jt. Only runs worth at least ten are rewritten, so "satu unit" stays.
 */
public final class NumberWords {

    private static final Map<String, Integer> DIGITS = Map.of(
            "nol",
            0,
            "satu",
            1,
            "dua",
            2,
            "tiga",
            3,
            "empat",
            4,
            "lima",
            5,
            "enam",
            6,
            "tujuh",
            7,
            "delapan",
            8,
            "sembilan",
            9);
    private static final String WORD = "(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
            + "seratus|seribu|sejuta|semiliar|belas|puluh|ratus|ribu|juta|miliar|milyar)";
    private static final Pattern RUN =
            Pattern.compile("(?<![\\p{L}])" + WORD + "(?:\\s+" + WORD + ")*(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> MULTIPLIERS =
            java.util.Set.of("belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar");

    private NumberWords() {}

    /** One digit spelled out ("tujuh" is 7), which {@link #rewrite} leaves as it is. */
    public static java.util.OptionalInt digit(String word) {
        Integer d = word == null ? null : DIGITS.get(word.strip().toLowerCase(Locale.ROOT));
        return d == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(d);
    }

    public static String rewrite(String text) {
        text = decimals(text);
        Matcher m = RUN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String[] words = m.group().toLowerCase(Locale.ROOT).split("\\s+");
            // a unit after digits ("150 juta", "45 ribu") is not a number of its own
            long value = MULTIPLIERS.contains(words[0]) ? -1 : value(words);
            String replacement = value < 10 ? m.group() : format(value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static final String SMALL = "(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
            + "seratus|belas|puluh|ratus)";
    /** "satu koma lima belas miliar", "seratus empat puluh dua koma lima juta". */
    private static final Pattern DECIMAL = Pattern.compile(
            "(?<![\\p{L}])(" + SMALL + "(?:\\s+" + SMALL + ")*)\\s+koma\\s+(" + SMALL + "(?:\\s+" + SMALL
                    + ")*)\\s+(juta|miliar|milyar)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** Spelled-out decimals become digits ("1,15 miliar"), as a model writes them in figures. */
    private static String decimals(String text) {
        Matcher m = DECIMAL.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            long whole = value(m.group(1).toLowerCase(Locale.ROOT).split("\\s+"));
            String[] fractionWords = m.group(2).toLowerCase(Locale.ROOT).split("\\s+");
            // "nol lima" is ",05": digit by digit; "lima belas" is ",15"
            boolean digits = java.util.Arrays.stream(fractionWords).allMatch(DIGITS::containsKey);
            String fraction = digits
                    ? java.util.Arrays.stream(fractionWords)
                            .map(w -> DIGITS.get(w).toString())
                            .collect(java.util.stream.Collectors.joining())
                    : Long.toString(value(fractionWords));
            String replacement = whole < 0 || fraction.startsWith("-")
                    ? m.group()
                    : whole + "," + fraction + " " + m.group(3).toLowerCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The value of a run, or -1 when the words do not form one number ("dua tiga"). */
    static long value(String[] words) {
        long total = 0;
        long group = 0;
        long small = -1;
        for (String w : words) {
            Integer digit = DIGITS.get(w);
            if (digit != null) {
                if (small >= 0) {
                    return -1;
                }
                small = digit;
                continue;
            }
            long s = Math.max(small, 0);
            small = -1;
            switch (w) {
                case "sepuluh" -> group += 10;
                case "sebelas" -> group += 11;
                case "seratus" -> group += 100;
                case "belas" -> group += s + 10;
                case "puluh" -> group += s * 10;
                case "ratus" -> group += s * 100;
                case "seribu" -> total += 1_000;
                case "sejuta" -> total += 1_000_000;
                case "semiliar" -> total += 1_000_000_000;
                case "ribu" -> {
                    total += Math.max(group + s, 1) * 1_000;
                    group = 0;
                }
                case "juta" -> {
                    total += Math.max(group + s, 1) * 1_000_000;
                    group = 0;
                }
                default -> {
                    total += Math.max(group + s, 1) * 1_000_000_000;
                    group = 0;
                } // miliar, milyar
            }
        }
        return total + group + Math.max(small, 0);
    }

    /** Whole millions keep their unit ("150jt") so they read as prices; anything else is plain digits. */
    private static String format(long value) {
        return value >= 1_000_000 && value % 1_000_000 == 0 ? value / 1_000_000 + "jt" : Long.toString(value);
    }
}
