package com.showroomassistant.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Car colours as Indonesians write them. Every colour word belongs to one base colour in Indonesian ("navy" and
 * "blue" are "biru", "item" is "hitam"); a shade ("metalik", "mutiara", "tua") refines it without changing the
 * base, so a customer's "hitam" finds a car stored as "hitam metalik" and "navy" finds "biru".
 */
public final class Colours {

    /**
     * What {@link #base} read before: a search with a colour compares it with every stock car's colour, each a regex
     * scan (5% of the app's allocation at 500 msg/s).
     */
    private static final java.util.Map<String, String> BASES = new java.util.concurrent.ConcurrentHashMap<>();

    // compiled once: String.matches, replaceAll and split compile their pattern on every call (2% of the app's
    // samples at 500 msg/s, and 4% of its allocation)
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Colour word (lower case) to its base colour. */
    private static final Map<String, String> BASE = new LinkedHashMap<>();

    static {
        family("hitam", "hitam", "item", "itam", "black");
        family("putih", "putih", "white");
        family("silver", "silver", "perak");
        family("abu-abu", "abu-abu", "abu abu", "abu2", "abuabu", "abu", "grey", "gray", "titanium");
        family("merah", "merah", "red", "maroon", "marun");
        family("biru", "biru", "blue", "navy");
        family("hijau", "hijau", "ijo", "green");
        family("kuning", "kuning", "yellow");
        family("coklat", "coklat", "cokelat", "brown", "bronze");
        family("oranye", "oranye", "orange", "jingga");
        family("ungu", "ungu", "purple");
        family("emas", "emas", "gold", "champagne");
        family("krem", "krem", "cream", "beige");
    }

    /** Words that only qualify a colour. */
    private static final Set<String> SHADES = Set.of(
            "metalik",
            "metallic",
            "mutiara",
            "pearl",
            "doff",
            "dof",
            "matte",
            "tua",
            "muda",
            "gelap",
            "terang",
            "solid");

    private static final Map<String, String> SHADE_NAMES = Map.of("metallic", "metalik", "dof", "doff");

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}])(" + alternatives() + ")(?:-?nya)?" + "(\\s+(?:" + String.join("|", SHADES)
                    + "))?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Colours() {}

    /** A colour named in a text: its base colour, the colour as it should be stored, and where it was written. */
    public record Mention(String base, String name, int start, int end) {}

    /** Every colour named in the text, in order. */
    public static List<Mention> findAll(String text) {
        List<Mention> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            found.add(mention(m));
        }
        return found;
    }

    /** The first colour named in the text. */
    public static Optional<Mention> first(String text) {
        List<Mention> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /** The pattern of one colour mention, for readers that claim text field by field (group 1 the colour word). */
    public static Pattern pattern() {
        return MENTION;
    }

    /** The mention a match of {@link #pattern()} describes. */
    public static Mention mention(Matcher m) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
        word = SPACES.matcher(word).replaceAll(" ");
        String base = BASE.getOrDefault(word, BASE.get(word.replace(" ", "")));
        String shade = m.group(2) == null ? null : m.group(2).strip().toLowerCase(Locale.ROOT);
        String name = shade == null ? base : base + " " + SHADE_NAMES.getOrDefault(shade, shade);
        if ((word.equals("navy") || word.equals("maroon") || word.equals("marun")) && shade == null) {
            name = base + " " + word; // the shade is the word itself: stored as "biru navy"
        }
        return new Mention(base, name, m.start(), m.end());
    }

    /** The base colour of a stored or typed colour ("Hitam Metalik" -> "hitam", "navy" -> "biru"), or null. */
    public static String base(String colour) {
        if (colour == null) {
            return null;
        }
        String known = BASES.get(colour);
        if (known != null) {
            return known;
        }
        String base = first(colour).map(Mention::base).orElse(colour.strip().toLowerCase(Locale.ROOT));
        if (BASES.size() < 4096) { // stock colours are few; a flood of odd ones is read each time
            BASES.put(colour, base);
        }
        return base;
    }

    /** Whether two colours are the same to a buyer: the same base colour. */
    public static boolean same(String a, String b) {
        return a != null && b != null && base(a).equals(base(b));
    }

    /** Every word that names the base colour of {@code colour}, for a search the database runs. */
    public static List<String> wordsFor(String colour) {
        String base = base(colour);
        List<String> words = new ArrayList<>();
        BASE.forEach((word, b) -> {
            if (b.equals(base)) {
                words.add(word);
            }
        });
        if (words.isEmpty()) {
            words.add(base);
        }
        return words;
    }

    private static void family(String base, String... words) {
        for (String w : words) {
            BASE.put(w, base);
        }
    }

    private static String alternatives() {
        // longest first, so "abu-abu" wins over "abu"
        return BASE.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replaceAll("[- ]", "[- ]?"))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }
}
