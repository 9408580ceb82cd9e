package com.showroomassistant.vocabulary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Transmissions, fuels and body types as Indonesians write them, each word with its canonical value
 * (CONTRACT 6: {@code manual|automatic}, {@code bensin|diesel|hybrid|listrik}; CONTRACT 9.1 body types).
 */
public final class VehicleTerms {

    private static final Map<String, String> TRANSMISSIONS = new LinkedHashMap<>();
    private static final Map<String, String> FUELS = new LinkedHashMap<>();
    private static final Map<String, String> BODY_TYPES = new LinkedHashMap<>();

    static {
        words(TRANSMISSIONS, "manual", "manual", "mt", "m/t");
        words(
                TRANSMISSIONS,
                "automatic",
                "matic",
                "matik",
                "metic",
                "metik",
                "automatic",
                "automatik",
                "otomatis",
                "autometic",
                "a/t",
                "at",
                "cvt",
                "tiptronic",
                "triptonic");
        words(FUELS, "bensin", "bensin", "gasoline", "petrol");
        words(FUELS, "diesel", "diesel", "disel", "solar", "dsl");
        words(FUELS, "hybrid", "hybrid", "hibrid");
        words(FUELS, "listrik", "listrik", "electric", "ev");
        words(BODY_TYPES, "mpv", "mpv", "minibus");
        words(BODY_TYPES, "suv", "suv");
        words(BODY_TYPES, "sedan", "sedan");
        words(BODY_TYPES, "hatchback", "hatchback", "hatchbek", "city car", "citycar");
        words(BODY_TYPES, "pickup", "pickup", "pick up", "pikap");
        words(BODY_TYPES, "van", "van");
        words(BODY_TYPES, "coupe", "coupe");
    }

    private VehicleTerms() {}

    public static Optional<String> transmission(String word) {
        return lookup(TRANSMISSIONS, word);
    }

    public static Optional<String> fuel(String word) {
        return lookup(FUELS, word);
    }

    /** The body types a vehicle may have (CONTRACT 9.1): every canonical word, and {@code other}. */
    public static java.util.List<String> bodyTypes() {
        return BodyTypes.ALL;
    }

    /**
     * Built once, after the static initialiser filled the map: the stock prompt asks for it once per stock car and turn
     * (8% of the app's allocation at 500 msg/s).
     */
    private static final class BodyTypes {
        static final java.util.List<String> ALL = java.util.stream.Stream.concat(
                        BODY_TYPES.values().stream().distinct(), java.util.stream.Stream.of("other"))
                .toList();
    }

    public static Optional<String> bodyType(String word) {
        return lookup(BODY_TYPES, word);
    }

    /** Regex alternatives of the words that mean {@code canonical}, longest first, for readers that scan text. */
    public static String transmissionWords(String canonical) {
        return alternatives(TRANSMISSIONS, canonical);
    }

    public static String fuelWords(String canonical) {
        return alternatives(FUELS, canonical);
    }

    /** Every fuel word, or every body type word, as regex alternatives. */
    public static String fuelWords() {
        return alternatives(FUELS, null);
    }

    public static String bodyTypeWords() {
        return alternatives(BODY_TYPES, null);
    }

    private static Optional<String> lookup(Map<String, String> words, String word) {
        return word == null
                ? Optional.empty()
                : Optional.ofNullable(
                        words.get(word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }

    private static String alternatives(Map<String, String> words, String canonical) {
        return words.entrySet().stream()
                .filter(e -> canonical == null || e.getValue().equals(canonical))
                .map(Map.Entry::getKey)
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace("/", "\\/").replace(" ", " ?"))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    private static void words(Map<String, String> map, String canonical, String... words) {
        for (String w : words) {
            map.put(w, canonical);
        }
    }
}
