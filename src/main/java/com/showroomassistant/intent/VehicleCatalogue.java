package com.showroomassistant.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The vehicle catalogue (make, model, body type, seats and aliases) loaded once from
 * {@code catalogue/vehicle-catalogue.csv}. Aliases are matched on word boundaries, longest first, through a token
 * trie built at startup, and a trailing {@code -nya}/{@code nya} is stripped ("avanzanya", "avanza-nya").
 */
@Component
public final class VehicleCatalogue {

    // compiled once: String.matches and replaceAll compiled these on every message (2% of the app's samples at 500/s)
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19[89]\\d|20[0-3]\\d)");
    private static final java.util.regex.Pattern NYA_SUFFIX = java.util.regex.Pattern.compile("(-?nya)$");
    private static final java.util.regex.Pattern NOT_ALIAS_CHARS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}+]+");

    static final String RESOURCE = "catalogue/vehicle-catalogue.csv";

    /** Aliases that are also ordinary words: only counted with car context (make, year, "mobil"/"unit"). */
    private static final Set<String> AMBIGUOUS_ALIASES = Set.copyOf(List.of(
            "corona",
            "escape",
            "focus",
            "laser",
            "spin",
            "spark",
            "stream",
            "splash",
            "pride",
            "rio",
            "golf",
            "polo",
            "legacy",
            "discovery",
            "defender",
            "carnival",
            "territory",
            "mirage",
            "eclipse",
            "dolphin",
            "crown",
            "delta",
            "ceria",
            "raise",
            "rocky",
            "kuda",
            "kodok",
            "gelora",
            "sunny",
            "march",
            "terra",
            "combi",
            "kombi",
            "zebra",
            "orlando",
            "colorado",
            "everest",
            "sprinter",
            "katana",
            "accent",
            "outback",
            "beetle",
            "matrix",
            "h 1",
            "h1",
            "cross",
            "note",
            "glory",
            "super cab",
            "grand touring",
            "raptor",
            "cherokee",
            "mustang",
            "blazer",
            "montera",
            "cooper",
            "seal",
            "kapsul",
            "reborn",
            "satya",
            "krista",
            "carrera",
            "bima"));

    /** Extra spellings of make names. */
    private static final Map<String, String> MAKE_ALIASES = Map.ofEntries(
            Map.entry("mercy", "Mercedes-Benz"),
            Map.entry("mercedes", "Mercedes-Benz"),
            Map.entry("benz", "Mercedes-Benz"),
            Map.entry("vw", "Volkswagen"),
            Map.entry("chevy", "Chevrolet"),
            Map.entry("landrover", "Land Rover"),
            Map.entry("mitsu", "Mitsubishi"),
            Map.entry("peugot", "Peugeot"),
            Map.entry("pegeot", "Peugeot"),
            Map.entry("hyundai", "Hyundai"),
            Map.entry("hundai", "Hyundai"),
            Map.entry("daihatsu", "Daihatsu"),
            Map.entry("dahatsu", "Daihatsu"),
            Map.entry("toyota", "Toyota"),
            Map.entry("nisan", "Nissan"),
            Map.entry("suzuky", "Suzuki"),
            Map.entry("porche", "Porsche"));

    /** Makes that are ordinary words: only counted together with one of their models. */
    private static final Set<String> AMBIGUOUS_MAKES = Set.copyOf(List.of("Mini", "Jeep", "MG"));

    private static final Set<String> CONTEXT_WORDS = Set.copyOf(List.of("mobil", "mobilnya", "unit", "unitnya", "mbl"));

    private final List<CatalogueEntry> entries;
    private final Map<String, CatalogueEntry> byModelName;
    private final Node modelTrie = new Node();
    private final Node makeTrie = new Node();
    /** One-letter typos of a model alias's first word ("xpnder", "inova", "briyo") -> that word; see {@link #typo}. */
    private final Map<String, String> typos = new HashMap<>();

    private static final String AMBIGUOUS_TYPO = "";

    public VehicleCatalogue() {
        this(VehicleCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    VehicleCatalogue(InputStream csv) {
        if (csv == null) {
            throw new IllegalStateException("classpath resource " + RESOURCE + " not found");
        }
        List<CatalogueEntry> list = new ArrayList<>();
        Map<String, CatalogueEntry> models = new HashMap<>();
        Set<String> makes = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (header) {
                    header = false;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", 5);
                if (cols.length < 5) {
                    continue;
                }
                CatalogueEntry entry =
                        new CatalogueEntry(cols[0].strip(), cols[1].strip(), cols[2].strip(), parseSeats(cols[3]));
                list.add(entry);
                models.putIfAbsent(entry.model().toLowerCase(Locale.ROOT), entry);
                makes.add(entry.make());
                // only the aliases are matched: the catalogue deliberately leaves out ambiguous bare names
                // ("86", "2008", "go", "es"), so the canonical model name is not inserted on its own
                for (String alias : cols[4].split(";")) {
                    if (!alias.isBlank()) {
                        insert(modelTrie, alias, entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String make : makes) {
            insertMake(make, make);
        }
        MAKE_ALIASES.forEach(this::insertMake);
        for (String word : modelTrie.children.keySet()) {
            if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                for (String d : deletions(word)) {
                    typos.merge(d, word, (a, b) -> sameModel(a, b) ? a : AMBIGUOUS_TYPO);
                }
            }
        }
        this.entries = List.copyOf(list);
        this.byModelName = Map.copyOf(models);
    }

    /** Loads the catalogue from the classpath without Spring (for tests and tools). */
    public static VehicleCatalogue loadDefault() {
        return new VehicleCatalogue();
    }

    /** The first (leftmost, longest) model mentioned in the text. */
    public Optional<CatalogueEntry> findFirst(String text) {
        List<CatalogueEntry> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /** All distinct models mentioned in the text, in order of appearance. */
    public List<CatalogueEntry> findAll(String text) {
        Set<CatalogueEntry> out = new LinkedHashSet<>();
        for (Mention m : scan(text).models()) {
            out.add(m.entry());
        }
        return List.copyOf(out);
    }

    /** Where a model (or, with {@code model} null, a make) is named in a text, as a character span. */
    public record Span(String make, CatalogueEntry model, int start, int end) {}

    /** The first model named in the text with its span, so callers can read the words around it. */
    public Optional<Span> firstModelSpan(String text) {
        return scan(text).models().stream()
                .findFirst()
                .map(m -> new Span(m.entry().make(), m.entry(), m.start(), m.end()));
    }

    /** Every model named in the text with its span, in order of appearance. */
    public List<Span> modelSpans(String text) {
        return scan(text).models().stream()
                .map(m -> new Span(m.entry().make(), m.entry(), m.start(), m.end()))
                .toList();
    }

    /** The first make named explicitly in the text ("toyota", "mercy"), canonically spelled, with its span. */
    public Optional<Span> firstMakeSpan(String text) {
        return scan(text).makes().stream().findFirst().map(m -> new Span(m.make(), null, m.start(), m.end()));
    }

    /** Looks a model up by its canonical name (case-insensitive). */
    public Optional<CatalogueEntry> byModel(String model) {
        if (model == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byModelName.get(model.strip().toLowerCase(Locale.ROOT)));
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    /** A model or make found in a text, with its character span. */
    record Mention(CatalogueEntry entry, String make, int start, int end) {}

    /** Model mentions and explicit make mentions of one text. */
    record Scan(List<Mention> models, List<Mention> makes) {
        Optional<String> firstMake() {
            return makes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(makes.getFirst().make());
        }
    }

    Scan scan(String text) {
        if (text == null || text.isEmpty()) {
            return new Scan(List.of(), List.of());
        }
        List<Tok> toks = tokenize(text);
        List<Mention> rawModels = match(toks, modelTrie, this::typo);
        List<Mention> rawMakes = match(toks, makeTrie, t -> null);
        Set<String> madeMakes = new LinkedHashSet<>();
        for (Mention m : rawMakes) {
            madeMakes.add(m.make());
        }
        boolean context = false;
        for (Tok t : toks) {
            if (CONTEXT_WORDS.contains(t.text()) || YEAR.matcher(t.text()).matches()) {
                context = true;
                break;
            }
        }
        List<Mention> models = new ArrayList<>();
        Set<String> modelMakes = new LinkedHashSet<>();
        for (Mention m : rawModels) {
            String alias = text.substring(m.start(), m.end())
                    .toLowerCase(Locale.ROOT)
                    .transform(s -> NYA_SUFFIX.matcher(s).replaceAll(""))
                    .transform(s -> NOT_ALIAS_CHARS.matcher(s).replaceAll(" "))
                    .strip();
            if (AMBIGUOUS_ALIASES.contains(alias)
                    && !context
                    && !madeMakes.contains(m.entry().make())) {
                continue;
            }
            models.add(m);
            modelMakes.add(m.entry().make());
        }
        List<Mention> makes = new ArrayList<>();
        for (Mention m : rawMakes) {
            if (AMBIGUOUS_MAKES.contains(m.make()) && !modelMakes.contains(m.make())) {
                continue;
            }
            makes.add(m);
        }
        return new Scan(List.copyOf(models), List.copyOf(makes));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        CatalogueEntry entry;
        String make;
    }

    record Tok(String text, int start, int end) {}

    static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isTokenChar(c)) {
                int s = i;
                while (i < n && isTokenChar(text.charAt(i))) {
                    i++;
                }
                out.add(new Tok(text.substring(s, i).toLowerCase(Locale.ROOT), s, i));
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+';
    }

    private static List<String> aliasTokens(String alias) {
        List<String> out = new ArrayList<>();
        for (Tok t : tokenize(alias)) {
            out.add(t.text());
        }
        return out;
    }

    private static void insert(Node root, String alias, CatalogueEntry entry) {
        Node node = root;
        List<String> tokens = aliasTokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        for (String t : tokens) {
            node = node.children.computeIfAbsent(t, k -> new Node());
        }
        if (node.entry == null) {
            node.entry = entry;
        }
    }

    private void insertMake(String alias, String make) {
        Node node = makeTrie;
        List<String> tokens = aliasTokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        for (String t : tokens) {
            node = node.children.computeIfAbsent(t, k -> new Node());
        }
        if (node.make == null) {
            node.make = make;
        }
    }

    private static boolean terminal(Node node) {
        return node.entry != null || node.make != null;
    }

    /**
     * The alias word a token misspells by one missing, one extra or two swapped letters (never the first), when exactly one
     * word fits: "xpnder" -> "xpander", "inova" -> "innova", "briyo" -> "brio". A replaced letter is not taken:
     * it turned everyday words into models ("makan" -> Macan, "tanda" -> Teana, "price" -> Pride). Tokens under
     * five letters and words the normaliser knows are left alone.
     */
    private String typo(String token) {
        // a model word is short; a 100,000-letter token would make 100,000 copies of itself below (FuzzIT ran
        // the test JVM out of heap that way)
        if (token.length() < 5
                || token.length() > MAX_TYPO_LENGTH
                || token.endsWith("nya")
                || !token.chars().allMatch(Character::isLetter)
                || TextNormalizer.isKnownWord(token) // "katanya" is not a Katana with one letter too many
                || GIVEN_NAMES.contains(token)) { // "aku Sinta dr Semarang" is not a Sienta
            return null;
        }
        Set<String> fits = new HashSet<>(2);
        fits.add(typos.get(token));
        for (String d : deletions(token)) {
            fits.add(modelTrie.children.containsKey(d) ? d : null);
        }
        for (String t : transpositions(token)) { // "ertgia" -> "ertiga"
            fits.add(modelTrie.children.containsKey(t) ? t : null);
        }
        fits.remove(null);
        fits.removeIf(w -> w.isEmpty() || w.charAt(0) != token.charAt(0));
        String first = fits.isEmpty() ? null : fits.iterator().next();
        return first != null && fits.stream().allMatch(w -> sameModel(w, first)) ? first : null;
    }

    /** Common given names one letter away from a model word. */
    private static final Set<String> GIVEN_NAMES = Set.of("sinta", "shinta", "livia", "santi", "rina", "dina", "yanti");

    /** Longer than any model word in the catalogue, plus the one extra letter a typo may add. */
    private static final int MAX_TYPO_LENGTH = 24;

    /** Two alias words of one model ("xpander", "xpender") are no ambiguity. */
    private boolean sameModel(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Node x = modelTrie.children.get(a);
        Node y = modelTrie.children.get(b);
        return x != null && y != null && x.entry != null && x.entry == y.entry;
    }

    /** Two neighbouring letters swapped, never the first. */
    private static List<String> transpositions(String word) {
        List<String> out = new ArrayList<>(word.length());
        char[] c = word.toCharArray();
        for (int i = 1; i < c.length - 1; i++) {
            if (c[i] != c[i + 1]) {
                char[] t = c.clone();
                t[i] = c[i + 1];
                t[i + 1] = c[i];
                out.add(new String(t));
            }
        }
        return out;
    }

    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 1; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    private static List<Mention> match(List<Tok> toks, Node root, UnaryOperator<String> typo) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Node node = root;
            Node best = null;
            int bestEnd = -1;
            int bestChar = -1;
            for (int j = i; j < toks.size(); j++) {
                String t = toks.get(j).text();
                Node next = node.children.get(t);
                if (next == null && j == i) {
                    String fixed = typo.apply(t);
                    next = fixed == null ? null : node.children.get(fixed);
                }
                if (next == null) {
                    if (t.length() > 4 && t.endsWith("nya")) {
                        Node stripped = node.children.get(t.substring(0, t.length() - 3));
                        if (stripped != null && terminal(stripped)) {
                            best = stripped;
                            bestEnd = j;
                            bestChar = toks.get(j).end();
                        }
                    }
                    break;
                }
                node = next;
                if (terminal(node)) {
                    best = node;
                    bestEnd = j;
                    bestChar = toks.get(j).end();
                }
            }
            if (best != null) {
                CatalogueEntry e = best.entry;
                String make = best.make != null ? best.make : e.make();
                out.add(new Mention(e, make, toks.get(i).start(), bestChar));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int parseSeats(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
