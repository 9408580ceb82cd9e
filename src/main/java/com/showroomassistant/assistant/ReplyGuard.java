package com.showroomassistant.assistant;

import com.showroomassistant.assistant.ShowroomFacts.StockCar;
import com.showroomassistant.intent.CatalogueEntry;
import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.vocabulary.Colours;
import com.showroomassistant.vocabulary.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Judges a whole draft reply before it leaves (CONTRACT 7), whatever words surround a claim:
 * <ul>
 *   <li>every amount that reads as a price is the listed price of an available car named with it (or of the
 *       conversation's car), or appears in the showroom's own published text;</li>
 *   <li>discounts, free extras, special or negotiable prices and financing figures are published by the showroom;</li>
 *   <li>a car offered as available is in stock with that year, variant and colour; a booked or sold car, or one
 *       the showroom does not have, is named only as such.</li>
 * </ul>
 * Facts stated about a car (pajak, tangan ke-, BPKB, cc) must be the ones the showroom recorded ({@link FactClaims}),
 * and no draft may confirm a deal ({@link OfferClaims}). A draft that breaks a rule is withheld; one that defers to
 * a person goes out and escalates.
 */
@Component
public class ReplyGuard {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/:])(19[89]\\d|20[0-3]\\d)(?![\\d])");
    /** Words that say a car is not on offer: booked, sold, not in stock. */
    private static final Pattern NOT_OFFERED = Pattern.compile(
            "(?<![\\p{L}])(?:(?:tidak|tdk|tak|belum|blm|gak|ga|gk|"
                    + "nggak|ngga|enggak|sudah tidak|udah gak|udah ga)\\W+(?:\\p{L}+\\W+)?(?:ada|tersedia|ready|redi|punya|"
                    + "jual|menjual|sedia|menyediakan|available|masuk)|kosong|habis|sold(?:\\s*out)?|terjual|laku|laris|"
                    + "keluar|kejual|ke-jual|(?:booking|bookingan|pemesanan)(?:nya)?\\W+(?:[\\p{L}\\d]+\\W+){0,6}?(?:batal|dibatalkan|cancel)|(?:sudah|udah|dah|sdh)\\W+laku|(?:sudah|udah|dah|sdh)\\W+ada\\W+(?:yang|yg)|"
                    + "(?:belum|tidak)\\W+(?:bisa|dapat)\\W+(?:saya\\W+|kami\\W+)?(?:pastikan|memastikan|konfirmasi)|let me check|"
                    + "(?:saya|sy|kami)\\W+(?:cek|tanyakan|tanya)\\w*\\W+(?:\\p{L}+\\W+){0,3}?dulu|"
                    + "(?:sudah|udah|telah|sdh)\\W+(?:di)?(?:ambil|beli)|dibooking|di-booking|(?:sudah|sedang|lagi|telah|status)\\W+(?:\\p{L}+\\W+){0,2}?"
                    + "(?:di-?)?booking|booked|dibook|"
                    + "di-book|dipesan|reserved|ter-?booking|tanda jadi|sudah (?:di)?-?dp|sudah ada yang|di-?hold|on hold|"
                    + "(?:sedang|lagi)\\W+(?:di-?)?hold|inden(?:t)?\\W+(?:dulu|\\d+)|belum (?:ada|masuk)|"
                    + "tidak (?:lagi|ada lagi)|n/a|out of stock|not available|unavailable|(?:kalau|kalo|jika|bila|apabila|"
                    + "seandainya|kapan)\\W+(?:nanti\\W+)?(?:ada|masuk)|taksir\\w*|"
                    + "(?:mobil|unit)\\W+(?:kakak|anda|bapak|ibu)|(?:punya|milik)\\W+(?:kakak|anda|bapak|ibu))(?![\\p{L}])",
            CI);
    /** The customer speaks of a car of their own ("mobil lama saya Agya 2016", "punya saya"). */
    private static final Pattern CUSTOMER_OWNS = Pattern.compile(
            "(?<![\\p{L}])(?:(?:mobil|unit|kendaraan)\\W+"
                    + "(?:lama\\W+)?(?:saya|sy|aku|gue|gw|ku)|mobilku|punya\\W+(?:saya|sy|aku)|tukar[- ]tambah|tuker[- ]tambah|"
                    + "trade[- ]?in)(?![\\p{L}])",
            CI);

    private static final Pattern GENERIC_AFTER = Pattern.compile("\\s*-?\\s*car(?![\\p{L}])", CI);
    /** "seperti Rush tersebut", "dibanding Xenia": a car named to compare with, not one offered. */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?<![\\p{L}])(?:seperti|mirip|kayak|dibanding(?:kan)?|daripada|pengganti)\\W+(?:(?:dengan|unit|mobil)\\W+)?$",
            CI);
    /** "tukar tambah Agya 2017": the car named next is the customer's own, not one on offer. */
    /**
     * "bawa Avanza Bapak ke showroom": the name followed by its owner, the customer, and more words (a bare "Avanza
     * Bapak," may be said to him). Short forms ("kak", "pak") are how a reply addresses the customer, never an owner.
     */
    private static final Pattern OWNER_AFTER =
            Pattern.compile("^\\W*(?:\\d{4}\\W+)?(?:milik\\W+\\p{L}+|bapak|ibu|anda|bpk|saudara)\\s+\\p{L}", CI);

    private static final Pattern CUSTOMERS_CAR = Pattern.compile(
            "(?<![\\p{L}])(?:tukar[- ]tambah|trade[- ]?in|"
                    + "mobil lama|unit lama)\\W+(?:(?:mobil|unit|kakak|kak|anda|dengan|pakai|berupa)\\W+){0,2}$",
            CI);

    private static final Pattern SAYS_SOLD = Pattern.compile(
            "(?<![\\p{L}])(?:sold|terjual|laku|laris|sudah keluar|" + "sudah diambil|sudah dibeli)(?![\\p{L}])", CI);
    private static final Pattern SAYS_BOOKED = Pattern.compile(
            "(?<![\\p{L}])(?:dibooking|di-booking|booking|booked|"
                    + "dibook|di-book|dipesan|reserved|tanda jadi|sudah (?:di)?-?dp|hold|di-?hold|on hold)(?![\\p{L}])",
            CI);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:()\\[\\]]|(?<![\\p{L}])(?:tapi|tetapi|namun|"
                    + "sedangkan|sementara|adapun|kecuali|cuma|hanya|melainkan|but)(?![\\p{L}])",
            CI);
    private static final Pattern BUDGET_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:budget|bujet|dana|anggaran|"
                    + "kemampuan|range|rentang|kisaran|di ?bawah|dibawah|di ?atas|diatas|maksimal|max|mulai)\\w*\\W+(?:\\p{L}+\\W+){0,3}"
                    + "(?:rp\\.?\\s*)?$",
            CI);
    private static final Pattern FOREIGN_CURRENCY = Pattern.compile(
            "(?<![\\p{L}])(?:usd|us\\$|sgd|myr|eur|€|£|dollar|"
                    + "dolar)\\s*\\d|\\$\\s*\\d|\\d\\s*(?:usd|dollar|dolar)(?![\\p{L}])",
            CI);
    /** Variant words are few per showroom: their patterns are compiled once. */
    private static final java.util.Map<String, Pattern> WORD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern FOR_CAR =
            Pattern.compile("(?is)\\W*(?:kak\\W+)?(?:untuk|utk|buat|for)\\W+(?:\\p{L}+\\W+)?");
    private static final long SMALLEST_PRICE = 100_000;

    private final VehicleCatalogue catalogue;

    ReplyGuard(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public GuardVerdict judge(String draft, ShowroomFacts recorded) {
        if (draft == null || draft.isBlank()) {
            return GuardVerdict.withhold("empty_reply");
        }
        ShowroomFacts facts = inCatalogueNames(recorded);
        DraftText text = new DraftText(draft);
        List<CarMention> cars = cars(text, facts);
        if (FOREIGN_CURRENCY.matcher(text.text).find()) {
            return GuardVerdict.withhold("foreign_currency");
        }
        OfferClaims offers = new OfferClaims(text, facts.published(), facts.negotiation(), facts.customerText());
        Optional<String> problem = carProblem(text, cars, facts)
                .or(() -> priceProblem(text, cars, facts, offers))
                .or(offers::problem)
                .or(() -> FactClaims.problem(text, (start, end) -> carsNamedWith(text, cars, start, end, facts)));
        if (problem.isEmpty()
                && (offerBelowItsFloor(text, cars, facts)
                        || offerExcludedForCar(text, cars, facts)
                        || offerForOtherCars(text, cars, facts))) {
            problem = Optional.of("unpublished_offer");
        }
        if (problem.isEmpty() && financingMovedToAnotherCar(text, cars, facts, offers)) {
            problem = Optional.of("unpublished_financing_figure");
        }
        if (problem.isPresent()) {
            return GuardVerdict.withhold(problem.get());
        }
        return Deferral.find(text.text)
                .map(p -> GuardVerdict.escalate("assistant_deferred"))
                .orElse(GuardVerdict.send());
    }

    /** Stock recorded under a catalogue alias ("Kijang Innova") is judged under the catalogue's name ("Innova"). */
    private ShowroomFacts inCatalogueNames(ShowroomFacts facts) {
        List<StockCar> cars = facts.cars().stream()
                .map(c -> {
                    String name = catalogueName(c.model());
                    if (name == null || name.equals(c.model())) {
                        return c;
                    }
                    // the recorded name's own words ("Kijang") describe the car as its variant does
                    Set<String> catalogued =
                            Set.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
                    String more = java.util.Arrays.stream(c.model().split("\\s+"))
                            .filter(w -> !catalogued.contains(w.toLowerCase(Locale.ROOT)))
                            .collect(Collectors.joining(" "));
                    String variant =
                            more.isEmpty() ? c.variant() : (more + " " + Objects.toString(c.variant(), "")).strip();
                    return new StockCar(name, variant, c.year(), c.price(), c.colour(), c.status(), c.facts());
                })
                .toList();
        if (cars.equals(facts.cars())) {
            return facts;
        }
        Set<String> models = facts.conversationModels().stream()
                .map(m -> catalogueName(m).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new ShowroomFacts(cars, facts.published(), facts.negotiation(), models, facts.customerText());
    }

    /** The catalogue's name for a model written as one of its aliases or with more words, else the name as written. */
    private String catalogueName(String model) {
        if (model == null) {
            return null;
        }
        // "New Carry Pick Up": one catalogue model in the name; its other words are read as the variant's
        List<VehicleCatalogue.Span> spans = catalogue.modelSpans(model);
        return spans.size() == 1 ? spans.getFirst().model().model() : model;
    }

    /** Whether a text the assistant wrote itself (a template, an FAQ answer) tells the customer a person will act. */
    public boolean defers(String text) {
        return Deferral.find(text).isPresent();
    }

    /** A car named in the draft, with what the draft says about it and the stock cars that fit. */
    private record CarMention(
            String model,
            int start,
            int end,
            DraftText.Segment segment,
            List<StockCar> stock,
            List<StockCar> fitting,
            boolean notOffered,
            String claimedStatus) {

        List<StockCar> fittingAvailable() {
            return fitting.stream().filter(StockCar::available).toList();
        }
    }

    private List<CarMention> cars(DraftText text, ShowroomFacts facts) {
        List<VehicleCatalogue.Span> spans = new ArrayList<>(catalogue.modelSpans(text.text));
        List<VehicleCatalogue.Span> kept = new ArrayList<>();
        for (VehicleCatalogue.Span s : spans) {
            if (!kept.isEmpty() && partOfPrevious(text.text, kept.getLast(), s, facts)) {
                continue;
            }
            if (GENERIC_AFTER.matcher(text.text.substring(s.end())).lookingAt()) {
                continue; // "city car" is a kind of car, not a Honda City
            }
            kept.add(s);
        }
        List<CarMention> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            VehicleCatalogue.Span s = kept.get(i);
            DraftText.Segment segment = text.segmentAt(s.start());
            int windowEnd = segment.end();
            if (i + 1 < kept.size() && kept.get(i + 1).start() < windowEnd) {
                windowEnd = kept.get(i + 1).start();
            }
            // a name can run past its sentence ("Avanza. Veloz"): the window never ends before the name does
            windowEnd = Math.max(windowEnd, s.end());
            String window = text.text.substring(s.end(), windowEnd);
            String named = text.text.substring(s.start(), s.end());
            List<StockCar> stock = facts.ofModel(s.model().model());
            if (stock.isEmpty()) {
                stock = byVariant(facts, named); // "Veloz" for an "Avanza 1.5 Veloz" in stock
            }
            if (stock.isEmpty()) {
                stock = facts.ofModel(named.strip()); // "320i" stocked as itself, known to the catalogue as a 3-Series
            }
            int previousEnd = i > 0 ? Math.max(kept.get(i - 1).end(), segment.start()) : segment.start();
            String before = text.text.substring(Math.max(previousEnd, s.start() - 18), s.start());
            if (before.matches("(?is).*(?:\\bdan\\b|\\batau\\b|,|&|/|\\bor\\b|\\band\\b).*")) {
                before = "";
            }
            // "a white 2020 Ertiga GX": a year or colour written just before the name describes it too
            String extra = aliasExtra(named, s.model().model(), s.make(), stock);
            List<StockCar> fitting =
                    fitting(stock, extra + " " + window + " " + before, text, s.end() - extra.length() - 1);
            if (namesUnstockedVariant(window, stock)) {
                fitting = List.of(); // "tersedia varian Exceed dan Ultimate" where only the Ultimate is stocked
            }
            String clause = clauseAround(text, segment, s, kept, i);
            boolean notOffered = NOT_OFFERED.matcher(clause).find()
                    || OWNER_AFTER.matcher(window).lookingAt()
                    || CUSTOMERS_CAR
                            .matcher(text.text.substring(Math.max(segment.start(), s.start() - 40), s.start()))
                            .find()
                    || COMPARED_WITH
                            .matcher(text.text.substring(Math.max(segment.start(), s.start() - 30), s.start()))
                            .find();
            String claimed = SAYS_SOLD.matcher(clause).find()
                    ? "sold"
                    : SAYS_BOOKED.matcher(clause).find() ? "booked" : null;
            if (!notOffered
                    && fitting.isEmpty()
                    && CUSTOMER_OWNS.matcher(facts.customerText()).find()
                    && containsWord(facts.customerText(), s.model().model())) {
                notOffered = true; // "mobil saya Agya 2016" repeated back: the customer's car, fitting none of ours
            }
            out.add(new CarMention(
                    s.model().model(), s.start(), s.end(), segment, stock, fitting, notOffered, claimed));
        }
        // "Pajero yang kami punya hanya Pajero Sport Dakar ... sudah dibooking": the first name heads the second
        for (int i = 0; i < out.size(); i++) {
            CarMention head = out.get(i);
            for (int j = i + 1; j < out.size(); j++) {
                CarMention named = out.get(j);
                if (!head.notOffered()
                        && named.notOffered()
                        && named.segment().equals(head.segment())
                        && named.stock().equals(head.stock())) {
                    out.set(
                            i,
                            new CarMention(
                                    head.model(),
                                    head.start(),
                                    head.end(),
                                    head.segment(),
                                    head.stock(),
                                    head.fitting(),
                                    true,
                                    named.claimedStatus()));
                }
            }
        }
        return out;
    }

    private static List<StockCar> byVariant(ShowroomFacts facts, String named) {
        String word = named.toLowerCase(Locale.ROOT);
        return facts.cars().stream()
                .filter(c -> c.variant() != null
                        && List.of(c.variant().toLowerCase(Locale.ROOT).split("\\s+"))
                                .contains(word))
                .toList();
    }

    private static final Set<String> ALIAS_FILLER = Set.of("new", "grand", "all", "the", "great", "nya");

    /**
     * Words of the name as written beyond the model's own ("Brio RS" -> "RS"), which state a variant; the make
     * ("Toyota Rush") and words of the model as the showroom stocks it ("Confero S") state none.
     */
    private static String aliasExtra(String written, String model, String make, List<StockCar> stock) {
        String own = (model + " " + (make == null ? "" : make) + " "
                        + stock.stream()
                                .map(c -> c.model() == null ? "" : c.model())
                                .collect(Collectors.joining(" ")))
                .toLowerCase(Locale.ROOT);
        Set<String> ownWords = new java.util.HashSet<>(List.of(own.split("[^\\p{L}\\p{N}]+")));
        String joined = own.replaceAll("[^\\p{L}\\p{N}]", "");
        StringBuilder extra = new StringBuilder();
        for (String word : written.split("[\\s]+")) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            boolean ofTheName = w.length() > 1 ? joined.contains(w) : ownWords.contains(w);
            if (!w.isEmpty() && !ofTheName && !ALIAS_FILLER.contains(w)) {
                extra.append(' ').append(word.toUpperCase(Locale.ROOT));
            }
        }
        return extra.toString();
    }

    /** "Avanza 1.5 Veloz": a model name that is the previous car's variant is not a second car. */
    private static boolean partOfPrevious(
            String text, VehicleCatalogue.Span previous, VehicleCatalogue.Span span, ShowroomFacts facts) {
        if (span.start() - previous.end() > 24
                || text.substring(previous.end(), span.start()).matches("(?s).*(?:[.!?](?:\\s|$)|[\\n,;]).*")) {
            return false;
        }
        String named = text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
        return facts.ofModel(previous.model().model()).stream()
                .anyMatch(c -> c.variant() != null
                        && c.variant().toLowerCase(Locale.ROOT).contains(named));
    }

    /**
     * The stock cars of the model that fit the year, colour and variant words written right after the name.
     *
     * @param offset where {@code window} would start in the draft, for telling a year from part of an amount or of a
     *     tax date ("Avanza pajak hidup sampai Agustus 2026")
     */
    private static List<StockCar> fitting(List<StockCar> stock, String window, DraftText text, int offset) {
        Integer year = null;
        Matcher y = YEAR.matcher(window);
        while (y.find()) {
            int at = offset + y.start();
            if (text.money.amounts().stream().noneMatch(a -> at >= a.start() && at < a.end())
                    && text.taxDates.stream().noneMatch(d -> at >= d.start() && at < d.end())) {
                year = Integer.valueOf(y.group(1));
                break;
            }
        }
        List<String> colours = Colours.findAll(window).stream()
                .filter(c -> !window.substring(Math.max(0, c.start() - 12), c.start())
                        .matches("(?is).*\\b(?:bukan|tidak|not|selain)\\W*$"))
                .map(Colours.Mention::base)
                .distinct()
                .toList();
        String colour = colours.isEmpty() ? null : colours.getFirst();
        Set<String> variantWords = stock.stream()
                .flatMap(c -> variantWords(c).stream())
                .filter(w -> containsWord(window, w))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        variantWords.addAll(statedVariant(window));
        List<StockCar> fitting = new ArrayList<>();
        for (String other : colours) {
            // "Fortuner 2019 ada hitam dan putih": every colour named must be one the stock has
            final Integer stated = year;
            if (stock.stream()
                    .noneMatch(c -> (stated == null || stated.equals(c.year())) && Colours.same(other, c.colour()))) {
                return fitting;
            }
        }
        for (StockCar c : stock) {
            if ((year == null || year.equals(c.year()))
                    && (colours.isEmpty() || colours.stream().anyMatch(k -> Colours.same(k, c.colour())))
                    && variantWords(c).stream()
                            .map(w -> w.toLowerCase(Locale.ROOT))
                            .toList()
                            .containsAll(variantWords)) {
                fitting.add(c);
            }
        }
        return fitting;
    }

    private static final Pattern VARIANT_TOKEN = Pattern.compile("\\G\\s*([A-Z0-9][A-Za-z0-9.+/-]{0,9})(?=[\\s,)]|$)");
    private static final Set<String> NOT_VARIANT = Set.of(
            "kak",
            "ka",
            "rp",
            "idr",
            "ready",
            "ada",
            "masih",
            "sudah",
            "harga",
            "warna",
            "tahun",
            "thn",
            "unit",
            "matic",
            "manual",
            "at",
            "mt",
            "cvt",
            "a/t",
            "m/t",
            "diesel",
            "bensin",
            "om",
            "pak",
            "bu",
            "gan",
            "sis",
            "tersedia",
            "dengan",
            "yang",
            "dan",
            "untuk",
            "bekas",
            "second",
            "ok",
            "oke",
            "siap",
            "bisa",
            "nya",
            "-",
            "km",
            "sold",
            "booked",
            "terjual",
            "plat",
            "nopol",
            "b",
            "no");

    /** Capitalised words right after a model name are its variant as the draft states it ("Brio RS", "Innova 2.4 G"). */
    private static List<String> statedVariant(String window) {
        List<String> words = new ArrayList<>();
        window = window.replaceFirst(
                "(?i)^\\s*(?:(?:kami|ini|yang|yg|tipe|type|varian|variant|ready|ada|tersedia)\\s+)+", " ");
        Matcher m = VARIANT_TOKEN.matcher(window);
        while (m.find() && words.size() < 4) {
            String w = m.group(1).replaceAll("[.,]$", "").replaceAll("(?i)-?nya$", ""); // "2021-nya" is a year
            String lower = w.toLowerCase(Locale.ROOT);
            if (YEAR.matcher(w).matches()
                    || NOT_VARIANT.contains(lower)
                    || Colours.first(w).isPresent()
                    || w.matches("\\d+(?:[.,]\\d{3})+|\\d{3,}|\\d{1,2}")) {
                break;
            }
            words.add(lower);
        }
        return words;
    }

    private static List<String> variantWords(StockCar c) {
        if (c.variant() == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : c.variant().split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Variants named as such ("varian Exceed dan Ultimate", "tipe GR"), wherever they stand after the name. */
    private static final Pattern NAMED_VARIANTS = Pattern.compile(
            "(?<![\\p{L}])(?:varian|variant|tipe|type|trim)\\s+((?:[A-Z][\\w.+-]*)(?:\\s*(?:,|dan|atau|&|/)\\s*[A-Z][\\w.+-]*)*)");

    private static final Set<String> BODY_TYPES =
            Set.of("mpv", "suv", "lcgc", "sedan", "hatchback", "mpv/suv", "crossover", "pickup", "van", "city", "ev");

    private static boolean namesUnstockedVariant(String window, List<StockCar> stock) {
        if (stock.isEmpty()) {
            return false;
        }
        Matcher m = NAMED_VARIANTS.matcher(window);
        while (m.find()) {
            for (String v : m.group(1).split("\\s*(?:,|dan|atau|&|/)\\s*")) {
                String named = v.replaceAll("[.,]$", "");
                if (!named.isBlank()
                        && !BODY_TYPES.contains(named.toLowerCase(Locale.ROOT))
                        && stock.stream()
                                .noneMatch(c -> variantWords(c).stream().anyMatch(w -> w.equalsIgnoreCase(named)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        // one-letter variants ("G", "E") count only as written, in capitals
        return WORD_PATTERNS
                .computeIfAbsent(
                        word,
                        w -> Pattern.compile(
                                "(?<![\\p{L}\\d.])" + Pattern.quote(w) + "(?![\\p{L}\\d]|\\.\\d)",
                                w.length() <= 2 ? 0 : CI))
                .matcher(text)
                .find();
    }

    /** The clause naming the car, or the next one when it only continues it ("Untuk Raize, saat ini kosong"). */
    private static String clauseAround(
            DraftText text,
            DraftText.Segment segment,
            VehicleCatalogue.Span span,
            List<VehicleCatalogue.Span> all,
            int index) {
        String seg = text.of(segment);
        int at = span.start() - segment.start();
        List<Integer> breaks = new ArrayList<>();
        breaks.add(0);
        Matcher b = CLAUSE_BREAK.matcher(seg);
        while (b.find()) {
            breaks.add(b.start());
        }
        breaks.add(seg.length());
        int from = 0;
        int to = seg.length();
        for (int i = 0; i < breaks.size() - 1; i++) {
            if (at >= breaks.get(i) && at < breaks.get(i + 1)) {
                from = breaks.get(i);
                to = breaks.get(i + 1);
            }
        }
        String clause = seg.substring(from, to);
        int colon = seg.indexOf(':');
        if (colon >= 0 && colon < at) {
            clause = seg.substring(0, colon) + " " + clause; // "Yang sudah terjual: CR-V dan Rush"
        }
        // the clauses after it speak of the same car until another car is named
        int nextCar = index + 1 < all.size() ? all.get(index + 1).start() - segment.start() : seg.length();
        if (nextCar > to) {
            clause = clause + seg.substring(to, Math.min(nextCar, seg.length()));
        }
        return clause;
    }

    private static Optional<String> carProblem(DraftText text, List<CarMention> cars, ShowroomFacts facts) {
        if (cars.isEmpty() && affirmsUnavailableCar(text, facts)) {
            return Optional.of("vehicle_not_available"); // "Masih, Kak" about the booked car the customer asked for
        }
        if (colourGoesOnWrong(text, cars)) {
            return Optional.of("vehicle_details_not_in_stock"); // "Brio Satya E 2020. Unit tersedia dalam warna putih"
        }
        for (CarMention car : cars) {
            if (car.notOffered() && offeredAnyway(text, car, cars)) {
                return Optional.of("vehicle_not_available"); // "sudah dibooking, tapi tetap bisa ambil"
            }
            if (car.notOffered()) {
                // a booked car called sold, or a sold one called booked, is still a false statement about stock
                if (car.claimedStatus() != null
                        && !car.fitting().isEmpty()
                        && car.fitting().stream().noneMatch(c -> c.status().equals(car.claimedStatus()))
                        && car.fitting().stream().noneMatch(StockCar::available)) {
                    return Optional.of("vehicle_status_wrong");
                }
                continue;
            }
            if (car.stock().isEmpty()) {
                return Optional.of("vehicle_not_in_stock");
            }
            if (car.fitting().isEmpty()) {
                return Optional.of("vehicle_details_not_in_stock");
            }
            if (car.fittingAvailable().isEmpty()) {
                return Optional.of("vehicle_not_available");
            }
        }
        return Optional.empty();
    }

    private static final Pattern COLOUR_WORD = Pattern.compile("(?<![\\p{L}])warna(?:nya)?\\W+$", CI);

    /** A sentence naming no car gives a colour ("warna putih") the car named before it in the paragraph lacks. */
    private static boolean colourGoesOnWrong(DraftText text, List<CarMention> cars) {
        for (DraftText.Segment segment : text.segments) {
            if (cars.stream().anyMatch(c -> c.segment().equals(segment))) {
                continue;
            }
            String sentence = text.of(segment);
            CarMention previous = cars.stream()
                    .filter(c -> c.end() <= segment.start() && c.segment().paragraph() == segment.paragraph())
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (previous == null
                    || previous.notOffered()
                    || NOT_OFFERED.matcher(sentence).find()) {
                continue;
            }
            // "Kalau yang 1.3 G 2019 warnanya hitam": another car of the model, told apart by its year or variant
            if (YEAR.matcher(sentence).find()
                    || previous.stock().stream()
                            .flatMap(c -> variantWords(c).stream())
                            .anyMatch(w -> containsWord(sentence, w))) {
                continue;
            }
            List<StockCar> described = previous.fitting().isEmpty() ? previous.stock() : previous.fitting();
            for (Colours.Mention colour : Colours.findAll(sentence)) {
                if (COLOUR_WORD.matcher(sentence.substring(0, colour.start())).find()
                        && !described.isEmpty()
                        && described.stream().noneMatch(c -> Colours.same(colour.base(), c.colour()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern OFFER_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:cashback|cash back|diskon|potongan|gratis|bonus|hadiah|free)(?![\\p{L}])", CI);
    private static final Pattern OFFER_DENIED = Pattern.compile(
            "(?<![\\p{L}])(?:tidak|tdk|bukan|belum|tak)\\W+(?:\\p{L}+\\W+)?(?:dapat|termasuk|berlaku|bisa|masuk)(?![\\p{L}])",
            CI);

    /**
     * A published offer with a price floor ("cashback untuk unit dengan harga di atas Rp 200.000.000") offered with
     * a car priced below it.
     */
    private static boolean offerBelowItsFloor(DraftText text, List<CarMention> cars, ShowroomFacts facts) {
        Money.Reading published = OfferClaims.moneyIn(facts.published());
        for (Money.Amount floor : published.amounts()) {
            if (floor.kind() != Money.Kind.AT_LEAST) {
                continue;
            }
            Matcher offer =
                    OFFER_WORD.matcher(OfferClaims.sentenceAround(published.text(), floor.start(), floor.end()));
            if (!offer.find()) {
                continue;
            }
            // the floor holds for the offer it was published with
            for (MatchResult drafted : offered(text, OFFER_WORD, offer.group())) {
                DraftText.Segment segment = text.segmentAt(drafted.start());
                if (text.money.amounts().stream()
                        .anyMatch(a -> segment.contains(a.start()) && a.low() == floor.low())) {
                    continue; // the floor itself restated ("hanya untuk unit di atas Rp 200.000.000")
                }
                List<StockCar> named = availableNamedWith(text, cars, drafted, facts).stream()
                        .filter(c -> c.price() != null)
                        .toList();
                if (!named.isEmpty() && named.stream().allMatch(c -> c.price() < floor.low())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the draft offers {@code word} as the showroom published it, not denied in its own segment. */
    private static List<MatchResult> offered(DraftText text, Pattern offerWords, String word) {
        List<MatchResult> out = new ArrayList<>();
        Matcher drafted = offerWords.matcher(text.text);
        while (drafted.find()) {
            if (drafted.group().equalsIgnoreCase(word)
                    && !OFFER_DENIED
                            .matcher(text.of(text.segmentAt(drafted.start())))
                            .find()) {
                out.add(drafted.toMatchResult());
            }
        }
        return out;
    }

    /** The available stock cars the draft names with an offer. */
    private static List<StockCar> availableNamedWith(
            DraftText text, List<CarMention> cars, MatchResult offer, ShowroomFacts facts) {
        return carsNamedWith(text, cars, offer.start(), offer.end(), facts).stream()
                .flatMap(List::stream)
                .filter(StockCar::available)
                .toList();
    }

    /** "garansi tidak berlaku untuk unit niaga (pick up dan blind van)": what an offer is published not to cover. */
    private static final Pattern EXCLUDED = Pattern.compile(
            "(?<![\\p{L}])(?:(?:tidak|tdk|tak)\\W+berlaku\\W+(?:untuk|bagi|pada)|kecuali(?:\\W+untuk)?)\\W+([^.;!?\\n]+)",
            CI);

    private static final Pattern OFFER_OR_WARRANTY = Pattern.compile(
            "(?<![\\p{L}])(?:cashback|cash back|diskon|potongan|gratis|bonus|hadiah|free|garansi)(?![\\p{L}])", CI);
    private static final Set<String> NOT_A_KIND_OF_CAR =
            Set.of("unit", "untuk", "dan", "atau", "yang", "mobil", "kendaraan", "pembelian", "jenis", "tipe", "lain");

    /** "L300 Pick Up juga dapat garansi mesin" where the warranty is published not to cover pick-ups. */
    private boolean offerExcludedForCar(DraftText text, List<CarMention> cars, ShowroomFacts facts) {
        Matcher excluded = EXCLUDED.matcher(facts.published());
        while (excluded.find()) {
            // the offer may stand in the sentence before: "Promo Niaga: potongan ... Tidak berlaku untuk SUV."
            String sentence = OfferClaims.sentenceAround(facts.published(), excluded.start(), excluded.end());
            if (!OFFER_OR_WARRANTY.matcher(sentence).find()) {
                String line = lineAround(facts.published(), excluded.start());
                int at = line.indexOf(sentence.strip());
                sentence =
                        at <= 0 ? sentence : OfferClaims.sentenceAround(line, Math.max(0, at - 2), Math.max(0, at - 2));
            }
            Matcher offer = OFFER_OR_WARRANTY.matcher(sentence);
            Set<String> kinds = new java.util.HashSet<>();
            for (String w : excluded.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !NOT_A_KIND_OF_CAR.contains(w)) {
                    kinds.add(w);
                }
            }
            while (offer.find() && !kinds.isEmpty()) {
                for (MatchResult drafted : offered(text, OFFER_OR_WARRANTY, offer.group())) {
                    boolean forExcluded = availableNamedWith(text, cars, drafted, facts).stream()
                            .anyMatch(c -> List.of((make(c) + " " + bodyType(c) + " " + c.model() + " "
                                                    + Objects.toString(c.variant(), ""))
                                            .toLowerCase(Locale.ROOT)
                                            .split("[^\\p{L}]+"))
                                    .stream()
                                    .anyMatch(kinds::contains));
                    if (forExcluded) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "potongan Rp 5.000.000 khusus unit merek Toyota dan Daihatsu": the makes or models an offer is kept to. */
    private static final Pattern ONLY_FOR = Pattern.compile(
            "(?<![\\p{L}])(?:khusus|hanya\\W+(?:berlaku\\W+)?untuk|"
                    + "untuk\\W+(?:\\p{L}+\\W+){0,5}?(?:unit|mobil))\\W+([^.;!?\\n]+)",
            CI);

    private static final Pattern NEGATED_END =
            Pattern.compile("(?<![\\p{L}])(?:tidak|tdk|tak|bukan|kecuali)\\W+(?:\\p{L}+\\W+)?$", CI);

    /** "CR-V dapat potongan Promo Merdeka" where the promo is published for Toyota and Daihatsu only. */
    private boolean offerForOtherCars(DraftText text, List<CarMention> cars, ShowroomFacts facts) {
        Matcher only = ONLY_FOR.matcher(facts.published());
        while (only.find()) {
            String before = facts.published().substring(Math.max(0, only.start() - 30), only.start());
            if (NEGATED_END.matcher(before).find()) {
                continue; // "tidak berlaku untuk unit niaga" excludes; offerExcludedForCar reads it
            }
            Set<String> makes = new java.util.HashSet<>();
            for (String w : only.group(1).split("[^\\p{L}-]+")) {
                catalogue.firstMakeSpan(w).ifPresent(m -> makes.add(m.make().toLowerCase(Locale.ROOT)));
            }
            Set<String> models = catalogue.modelSpans(only.group(1)).stream()
                    .map(m -> m.model().model())
                    .collect(Collectors.toSet());
            if (makes.isEmpty() && models.isEmpty()) {
                continue; // kept to a way of paying or a kind of buyer, not to cars
            }
            Matcher offer =
                    OFFER_OR_WARRANTY.matcher(OfferClaims.sentenceAround(facts.published(), only.start(), only.end()));
            while (offer.find()) {
                for (MatchResult drafted : offered(text, OFFER_OR_WARRANTY, offer.group())) {
                    String rest = text.text
                            .substring(drafted.end(), OfferClaims.sentenceEnd(text.text, drafted.end()))
                            .toLowerCase(Locale.ROOT);
                    if (makes.stream().anyMatch(rest::contains)
                            || models.stream().anyMatch(m -> rest.contains(m.toLowerCase(Locale.ROOT)))) {
                        continue; // "Diskon cash ... hanya berlaku untuk Xpander": the draft restates whom it is for
                    }
                    List<StockCar> named = availableNamedWith(text, cars, drafted, facts);
                    if (!named.isEmpty()
                            && named.stream()
                                    .noneMatch(c -> makes.contains(make(c).toLowerCase(Locale.ROOT))
                                            || models.stream().anyMatch(c::isModel))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "tanda jadi Rp 3.000.000 sebagai DP": a published amount made into a financing figure. */
    private static final Pattern AS_FINANCING = Pattern.compile(
            "\\W*(?:sebagai|untuk|jadi|buat|dijadikan)\\W+(?:dp|uang muka|down payment|cicilan|angsuran)(?![\\p{L}])",
            CI);

    /** "ditambah tanda jadi Rp 2.000.000": the amount is named with a word of the sentence that published it. */
    private static boolean namedAsPublished(DraftText text, Money.Amount amount, String sentence) {
        String before = text.text.substring(Math.max(0, amount.start() - 30), amount.start());
        List<String> words =
                new ArrayList<>(List.of(before.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        words.removeIf(w -> w.length() < 3);
        String published = sentence.toLowerCase(Locale.ROOT);
        return words.subList(Math.max(0, words.size() - 2), words.size()).stream()
                .anyMatch(w -> containsWord(published, w));
    }

    private String make(StockCar car) {
        return catalogue.byModel(car.model()).map(CatalogueEntry::make).orElse("");
    }

    private String bodyType(StockCar car) {
        return catalogue.byModel(car.model()).map(CatalogueEntry::bodyType).orElse("");
    }

    /** The published line (one FAQ answer, or the product knowledge) holding a position. */
    private static String lineAround(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /**
     * "Xpander Sport 2019: DP Rp 45.000.000, angsuran Rp 5.350.000" where the showroom published that example for an
     * Avanza Veloz 2020: a published financing figure belongs to the car it was published for.
     */
    private boolean financingMovedToAnotherCar(
            DraftText text, List<CarMention> cars, ShowroomFacts facts, OfferClaims offers) {
        Money.Reading published = OfferClaims.moneyIn(facts.published());
        for (Money.Amount amount : text.money.amounts()) {
            boolean madeFinancing = AS_FINANCING
                    .matcher(text.text.substring(amount.end(), Math.min(text.text.length(), amount.end() + 30)))
                    .lookingAt();
            if (!offers.isFinancingAmount(amount) && !madeFinancing) {
                continue;
            }
            for (Money.Amount p : published.amounts()) {
                if (p.low() != amount.low() || p.high() != amount.high()) {
                    continue;
                }
                String sentence = OfferClaims.sentenceAround(published.text(), p.start(), p.end());
                if (!OfferClaims.namesFinancingOrDiscount(sentence)
                        && (madeFinancing || !namedAsPublished(text, amount, sentence))) {
                    return true; // "DP cukup Rp 2.000.000" where Rp 2.000.000 is the published booking fee
                }
                Set<String> models = catalogue.modelSpans(sentence).stream()
                        .map(span -> span.model().model())
                        .collect(Collectors.toSet());
                if (models.isEmpty()) {
                    continue; // a figure the showroom published for no car in particular
                }
                Set<Integer> years = new java.util.HashSet<>();
                Matcher y = YEAR.matcher(sentence);
                while (y.find()) {
                    years.add(Integer.valueOf(y.group(1)));
                }
                List<StockCar> named = carsNamedWith(text, cars, amount.start(), amount.end(), facts).stream()
                        .flatMap(List::stream)
                        .toList();
                if (!named.isEmpty()
                        && named.stream()
                                .noneMatch(c -> models.stream().anyMatch(c::isModel)
                                        && (years.isEmpty() || years.contains(c.year())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "tetap bisa diambil", "masih bisa dipesan": a booked or sold car offered after all. */
    private static final Pattern OFFERED_ANYWAY = Pattern.compile(
            "(?<![\\p{L}])(?:tetap|masih)\\W+(?:\\p{L}+\\W+)?(?:bisa|boleh|dapat)\\W+(?:\\p{L}+\\W+)?(?:di)?(?:ambil|beli|"
                    + "bawa pulang|miliki|dapatkan|booking|book|pesan|amankan)(?![\\p{L}])",
            CI);

    private static boolean offeredAnyway(DraftText text, CarMention car, List<CarMention> cars) {
        int end = cars.stream()
                .filter(c -> c.start() > car.end() && c.segment().equals(car.segment()))
                .mapToInt(CarMention::start)
                .findFirst()
                .orElse(car.segment().end());
        return OFFERED_ANYWAY.matcher(text.text.substring(car.end(), end)).find();
    }

    /** A reply that names no car and opens by saying it is still there ("Masih, Kak", "Ready kak"). */
    private static final Pattern AFFIRMS_AVAILABLE = Pattern.compile(
            "^\\W*(?:(?:iya|ya|yes|betul|benar|siap)\\W+(?:kak\\W+)?)?(?:masih|ada|ready|redi|tersedia|available)(?![\\p{L}])"
                    + "(?!\\W+(?:yang|yg|lagi yang|beberapa|pilihan|unit lain|mobil lain))",
            CI);

    private static boolean affirmsUnavailableCar(DraftText text, ShowroomFacts facts) {
        if (facts.conversationModels().isEmpty()
                || !AFFIRMS_AVAILABLE.matcher(text.text).find()
                || NOT_OFFERED.matcher(text.text).find()) {
            return false;
        }
        List<StockCar> asked = facts.cars().stream()
                .filter(c -> c.model() != null
                        && facts.conversationModels().contains(c.model().toLowerCase(Locale.ROOT)))
                .toList();
        return !asked.isEmpty() && asked.stream().noneMatch(StockCar::available);
    }

    /** "(Rp 167.500.000)" after a published cashback: the named car's own price, not a financing figure. */
    private static boolean listedPriceOfNamedCar(
            DraftText text, List<CarMention> cars, Money.Amount amount, ShowroomFacts facts) {
        return amount.kind() == Money.Kind.EXACT
                && carsNamedWith(text, cars, amount.start(), amount.end(), facts).stream()
                        .flatMap(List::stream)
                        .anyMatch(c -> c.available() && c.price() != null && c.price() == amount.low());
    }

    /** "HR-V bisa 270 kak": a bare number offered as the price, in millions. */
    private static final Pattern BARE_PRICE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?:bisa|jadi|cuma|cukup|dilepas|lepas|di angka)\\s+(\\d{2,3})(?![\\d.,]|\\s*(?:%|km|cc|tahun|thn|th|"
                    + "bulan|bln|hari|jam|menit|unit|orang|seat|kursi|x|kali|pintu|juta|jt|rb|ribu|m|miliar|an|-an|penumpang)(?![\\p{L}]))",
            CI);

    private static boolean bareOffer(DraftText text, List<CarMention> cars, ShowroomFacts facts) {
        Matcher m = BARE_PRICE.matcher(text.text);
        while (m.find()) {
            long millions = Long.parseLong(m.group(1));
            if (millions >= 20
                    && !cars.isEmpty()
                    && facts.cars().stream()
                            .noneMatch(c -> c.available() && c.price() != null && c.price() == millions * 1_000_000)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> priceProblem(
            DraftText text, List<CarMention> cars, ShowroomFacts facts, OfferClaims offers) {
        if (bareOffer(text, cars, facts)) {
            return Optional.of("unlisted_price");
        }
        Money.Reading customer = Money.read(facts.customerText());
        for (Money.Amount amount : text.money.amounts()) {
            if (amount.high() < SMALLEST_PRICE || offers.publishedAmount(amount) || offers.refused(amount)) {
                continue;
            }
            if (offers.isFinancingAmount(amount) && !listedPriceOfNamedCar(text, cars, amount, facts)) {
                return Optional.of("unpublished_financing_figure");
            }
            boolean ofCar = carBefore(text, cars, amount);
            if (!ofCar && echoesBudget(text, cars, amount, customer)) {
                continue;
            }
            if (!ofCar && customer.amounts().isEmpty() && inventedBound(amount, facts)) {
                return Optional.of("invented_price_range"); // "SUV kami di kisaran 270-430 juta" unasked
            }
            List<List<StockCar>> named = carsNamedWith(text, cars, amount.start(), amount.end(), facts);
            if (named.isEmpty()) {
                // a bound or range that answers the customer's budget, with stock inside it, is a search, not a price
                boolean answersBudget = amount.kind() != Money.Kind.EXACT
                        && !customer.amounts().isEmpty()
                        && facts.cars().stream()
                                .anyMatch(c -> c.available() && c.price() != null && amount.admits(c.price()));
                if (answersBudget) {
                    continue;
                }
                return Optional.of("unlisted_price");
            }
            if ((amount.kind() == Money.Kind.RANGE
                            || amount.kind() == Money.Kind.ROUGHLY
                            || amount.kind() == Money.Kind.AT_MOST)
                    && !carAfter(text, cars, amount)
                    && !exactAlso(text, amount)) {
                return Optional.of("vague_price_for_one_car"); // "Xpander kisaran 220-240 juta": the price is open
            }
            boolean askedAndNotOffered = askedAboutUnavailable(text, cars, amount, facts);
            boolean fits = named.stream()
                    .flatMap(List::stream)
                    .anyMatch(c ->
                            (c.available() || askedAndNotOffered) && c.price() != null && amount.admits(c.price()));
            if (!fits) {
                return Optional.of("unlisted_price");
            }
        }
        return Optional.empty();
    }

    /**
     * The cars a stretch of the draft (an amount, a stated fact) speaks of: the car named before it in its segment
     * (else after it), else the car of the nearest earlier segment of the same paragraph, else the conversation's car.
     */
    private static List<List<StockCar>> carsNamedWith(
            DraftText text, List<CarMention> cars, int start, int end, ShowroomFacts facts) {
        DraftText.Segment segment = text.segmentAt(start);
        CarMention before = null;
        CarMention after = null;
        for (CarMention c : cars) {
            if (c.segment().equals(segment)) {
                if (c.start() < start) {
                    before = c;
                } else if (after == null) {
                    after = c;
                }
            }
        }
        // "Rp 1,15 miliar untuk Alphard": a car named right after the amount with "untuk" is the one it prices
        if (after != null
                && after.start() >= end
                && FOR_CAR.matcher(text.text.substring(end, after.start())).matches()) {
            before = null;
        }
        CarMention same = before != null ? before : after;
        if (same != null) {
            return List.of(same.fitting().isEmpty() ? same.stock() : same.fitting());
        }
        CarMention earlier = null;
        for (CarMention c : cars) {
            if (c.segment().end() <= segment.start() && c.segment().paragraph() == segment.paragraph()) {
                earlier = c;
            }
        }
        if (earlier == null) {
            // "Avanza Veloz 2021 ...\n\nHarganya Rp 215.000.000": a paragraph that names no car goes on about the last
            // one
            boolean paragraphNamesACar = cars.stream().anyMatch(c -> c.segment().paragraph() == segment.paragraph());
            for (CarMention c : cars) {
                if (!paragraphNamesACar && c.end() <= segment.start()) {
                    earlier = c;
                }
            }
        }
        if (earlier != null) {
            return List.of(earlier.fitting().isEmpty() ? earlier.stock() : earlier.fitting());
        }
        List<List<StockCar>> conversation = new ArrayList<>();
        for (String model : facts.conversationModels()) {
            List<StockCar> ofModel = facts.ofModel(model);
            conversation.add(ofModel.isEmpty() ? byVariant(facts, model) : ofModel); // "Veloz" for an Avanza 1.5 Veloz
        }
        return conversation.stream().filter(l -> !l.isEmpty()).toList();
    }

    /** "Rp 150-an, tepatnya Rp 150.000.000": an approximate price next to the exact one. */
    private static boolean exactAlso(DraftText text, Money.Amount amount) {
        DraftText.Segment segment = text.segmentAt(amount.start());
        return text.money.amounts().stream()
                .anyMatch(a -> a != amount
                        && a.kind() == Money.Kind.EXACT
                        && segment.contains(a.start())
                        && amount.admits(a.low()));
    }

    /** The customer asked about this very car, and the draft says it is booked or sold: its old price may be named. */
    private static boolean askedAboutUnavailable(
            DraftText text, List<CarMention> cars, Money.Amount amount, ShowroomFacts facts) {
        DraftText.Segment segment = text.segmentAt(amount.start());
        return cars.stream()
                .filter(c -> c.start() < amount.start()
                        && (c.segment().equals(segment) || c.segment().paragraph() == segment.paragraph()))
                .reduce((a, b) -> b)
                .filter(c -> c.notOffered()
                        && facts.conversationModels().contains(c.model().toLowerCase(Locale.ROOT))
                        && !customerMeansAnother(c, facts))
                .isPresent();
    }

    /** "Xpander Sport harga?" asks about the Sport: the sold Exceed's old price was not asked for. */
    private static boolean customerMeansAnother(CarMention car, ShowroomFacts facts) {
        List<StockCar> named = car.fitting().isEmpty() ? car.stock() : car.fitting();
        List<String> asked = car.stock().stream()
                .flatMap(c -> variantWords(c).stream())
                .filter(w -> w.length() > 1 && !w.matches("[\\d.]+") && containsWord(facts.customerText(), w))
                .toList();
        return !asked.isEmpty()
                && named.stream()
                        .noneMatch(c -> variantWords(c).stream()
                                .anyMatch(w -> asked.stream().anyMatch(w::equalsIgnoreCase)));
    }

    /**
     * A bound or range nobody asked for: "di bawah 140 juta" or "kisaran 270-430 juta" invents a price band, while
     * "mulai 125 juta" names the cheapest car's own price.
     */
    private static boolean inventedBound(Money.Amount amount, ShowroomFacts facts) {
        return switch (amount.kind()) {
            case EXACT -> false;
            case AT_LEAST ->
                facts.cars().stream().noneMatch(c -> c.available() && c.price() != null && c.price() == amount.low());
            default -> true;
        };
    }

    /** A list follows the amount in its sentence ("kisaran 125-140 juta: Calya, Xenia"): a search, not one car's price. */
    private static boolean carAfter(DraftText text, List<CarMention> cars, Money.Amount amount) {
        DraftText.Segment segment = text.segmentAt(amount.start());
        boolean before = cars.stream().anyMatch(c -> c.segment().equals(segment) && c.start() < amount.start());
        boolean after = cars.stream().anyMatch(c -> c.segment().equals(segment) && c.start() > amount.start())
                || cars.stream()
                        .anyMatch(c -> c.segment().paragraph() == segment.paragraph()
                                && c.segment().start() > segment.start());
        return after && !before;
    }

    private static boolean carBefore(DraftText text, List<CarMention> cars, Money.Amount amount) {
        DraftText.Segment segment = text.segmentAt(amount.start());
        return cars.stream().anyMatch(c -> c.segment().equals(segment) && c.start() < amount.start());
    }

    /** The customer's own budget repeated back ("untuk budget 150 juta, ada pilihan ini"). */
    private static boolean echoesBudget(
            DraftText text, List<CarMention> cars, Money.Amount amount, Money.Reading customer) {
        String before = text.text.substring(Math.max(0, amount.start() - 40), amount.start());
        boolean saidByCustomer = customer.amounts().stream()
                .anyMatch(c -> c.value() == amount.value()
                        || amount.kind() == Money.Kind.RANGE && c.low() == amount.low() && c.high() == amount.high());
        if (amount.kind() != Money.Kind.EXACT) {
            // "Range 250-an ada City Rp 265.000.000": a range said to hold cars that lie outside it is a price claim
            DraftText.Segment segment = text.segmentAt(amount.start());
            List<StockCar> listed = cars.stream()
                    .filter(c -> c.segment().equals(segment) && c.start() >= amount.end())
                    .flatMap(c -> (c.fitting().isEmpty() ? c.stock() : c.fitting()).stream())
                    .filter(c -> c.available() && c.price() != null)
                    .toList();
            if (!listed.isEmpty() && listed.stream().noneMatch(c -> amount.admits(c.price()))) {
                return false;
            }
        }
        return saidByCustomer && (BUDGET_BEFORE.matcher(before).find() || amount.kind() != Money.Kind.EXACT);
    }
}
