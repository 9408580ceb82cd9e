package com.showroomassistant.intent;

import static com.showroomassistant.intent.Intent.CUSTOMER_GREETING;
import static com.showroomassistant.intent.Intent.SPAM;
import static com.showroomassistant.intent.Intent.STAFF_CHECK_INVENTORY;
import static com.showroomassistant.intent.Intent.UNKNOWN;
import static com.showroomassistant.intent.Rule.p;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Rule-based intent classifier for Indonesian WhatsApp messages (no LLM call), in four named stages:
 * <ol>
 *   <li><b>normalise</b>: slang, typos, emoji and letter runs (TextNormalizer), catalogue mentions masked as "mdl";</li>
 *   <li><b>rules</b>: spam rules ({@link SpamRules}), staff commands for staff phones only ({@link StaffRules}),
 *       salams ({@link Greetings}) and weighted keyword evidence per customer intent ({@link CustomerRules});</li>
 *   <li><b>models</b>: the spam model and the phrasing model ({@link PhrasingModel}), asked only where the rules
 *       found too little;</li>
 *   <li><b>entities</b>: {@link EntityExtractor}, then {@link AnnotatedEntities} keeps what the intent annotates.</li>
 * </ol>
 */
@Component
public class IntentClassifier {

    // compiled once: String.matches, replaceAll and split compile their pattern on every call (2% of the app's
    // samples at 500 msg/s, and 4% of its allocation)
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What a message is about shows in its first few thousand characters; regexes are not linear on 200,000. */
    private static final int MAX_TEXT = 4_000;
    /** How sure the phrasing model must be before it overrides "no rule matched, so a general question". */
    private static final double PHRASING_CONFIDENCE = 0.6;
    /**
     * How sure the spam model must be before a message no spam rule caught is spam. Leaving each labelled set out of
     * training in turn (2,238 messages labelled when it was chosen), 0.9 flagged 3 of 2,008 customer messages and
     * found 217 of 230 spam messages.
     */
    private static final double SPAM_CONFIDENCE = 0.9;
    /** The customer-rule score that settles an intent without asking the phrasing model. */
    private static final double DECISIVE_SCORE = 1.0;
    /** A spam-rule score that makes the spam model worth asking. */
    private static final double SPAM_CUE = 2;

    private static final Pattern PLACEHOLDER = p(
            "^[\\s\\p{So}\\p{Sk}\\uFE0F]*[\\[(<]?\\s*(?:[\\[<(]\\s*(?:sticker|stiker|image|gambar|foto|photo|video|"
                    + "audio|voice|media|document|dokumen|gif|file|location|lokasi|contact|kontak)[^\\])>]*[\\])>]"
                    + "|<?media omitted>?|(?:audio|image|video|sticker|gif|document) omitted|<attached: [^>]*>|(?:img|vid|ptt|photo|video|aud)-[\\w-]*\\.(?:jpe?g|png|mp4|opus|webp)|(?:pesan ini (?:telah )?dihapus|this message was deleted|you deleted this message"
                    + "|anda menghapus pesan ini|pesan dihapus|message deleted|null|undefined"
                    + "|(?:🎤|🎙\uFE0F?)?\\s*(?:pesan suara|voice message|voice note|pesan audio|audio)(?:\\s*\\(?\\d{1,2}:\\d{2}\\)?)?))\\s*[\\])>]?\\s*$");
    /** "seltos2021": a model glued to its year. */
    private static final Pattern GLUED_YEAR = Pattern.compile("(?<=\\p{L}{3})(?=(?:19[89]|20[0-3])\\d(?!\\d))");

    private static final Pattern PHONE_WITH_NAME =
            p("^\\s*(?:\\+?\\d[\\d\\s-]{8,}\\d)\\s*(?:(?:a\\.?n\\.?|an|atas nama|nama)?\\s*[\\p{L} .]{0,30})$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern HAS_ALNUM = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern NUMERIC_ONLY = Pattern.compile("^[\\d\\s.,+\\-()]+$");

    private final VehicleCatalogue catalogue;
    private final EntityExtractor extractor;
    private final CompletableFuture<Models> models;

    /** The phrasing model over the customer intents, and the model that tells spam from customers. */
    private record Models(PhrasingModel phrasing, PhrasingModel spamLike) {}

    public IntentClassifier(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
        this.extractor = new EntityExtractor(catalogue);
        // trained on a thread of its own: the start-up thread wires the other beans meanwhile (about a second of
        // a 2-core machine's start); ClassifierTraining waits for it before the server starts
        this.models = CompletableFuture.supplyAsync(
                () -> train(catalogue),
                task -> Thread.ofPlatform().name("classifier-training").start(task));
    }

    private static Models train(VehicleCatalogue catalogue) {
        List<PhrasingModel.Example> examples = PhrasingModel.examples("intent/training.tsv");
        // each text normalised once; both models see it as classify does
        List<String> normalised = examples.stream()
                .map(e -> normalize(e.text(), catalogue.scan(e.text())))
                .toList();
        PhrasingModel phrasing = PhrasingModel.train(
                examples, intent -> intent.startsWith("customer_") ? intent : null, normalised::get);
        PhrasingModel spamLike = PhrasingModel.train(
                examples,
                intent -> SPAM.label().equals(intent) ? SPAM.label() : "customer",
                i -> normalised.get(i) + SpamShape.markers(examples.get(i).text(), SpamRules.LINK));
        return new Models(phrasing, spamLike);
    }

    /** Returns once the models are trained; throws what training threw. */
    void awaitTraining() {
        models();
    }

    private Models models() {
        try {
            return models.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public Classification classify(String text, Role role) {
        if (text == null || text.isBlank()) {
            return new Classification(UNKNOWN, 0.99, Entities.none());
        }
        Role who = role == null ? Role.CUSTOMER : role;
        // stage 1, normalise
        String head = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String raw = GLUED_YEAR.matcher(head.strip()).replaceAll(" ");
        if (PLACEHOLDER.matcher(raw).matches() || !HAS_ALNUM.matcher(raw).find()) {
            return new Classification(UNKNOWN, 0.95, Entities.none());
        }
        VehicleCatalogue.Scan scan = catalogue.scan(raw);
        String norm = normalize(raw, scan);

        // stage 2, rules: spam first, it wins over greetings and car words
        double spam = SpamRules.score(
                raw.toLowerCase(Locale.ROOT), norm, !scan.models().isEmpty());
        // a company asking to buy ("kami dari CV X, cari 3 unit pickup, stoknya ada?") introduces itself as sellers do
        boolean buyerAsking =
                raw.contains("?") && SpamRules.BUYING.matcher(norm).find();
        if (spam >= SpamRules.SPAM_SCORE && !buyerAsking) {
            return new Classification(SPAM, Math.min(0.98, 0.6 + 0.05 * spam), Entities.none());
        }
        // stage 4's extraction runs here: staff rules and customer scores read what it found
        EntityExtractor.Found found = extractor.extract(raw, scan);
        boolean vehicleRef = found.model() != null || found.make() != null || found.plate() != null;
        if (who == Role.STAFF) {
            Intent staff = StaffRules.intentOf(norm, vehicleRef);
            if (staff != null) {
                double conf = StaffRules.SLASH.matcher(norm).find() ? 0.97 : 0.85;
                return new Classification(staff, conf, AnnotatedEntities.of(staff, found));
            }
        }
        if (StaffRules.SLASH.matcher(norm).find() && StaffRules.looksLikeCommand(norm)) {
            // a customer (or unrecognised staff) slash command is not authorised -> general question; the status
            // it names is still what it says ("/status B 1234 ABC sold")
            return new Classification(
                    CustomerRules.G,
                    0.9,
                    AnnotatedEntities.of(CustomerRules.G, found).withStatus(found.status()));
        }
        if (Greetings.isGreetingOnly(norm)) {
            return new Classification(CUSTOMER_GREETING, 0.92, Entities.none());
        }
        // stage 3, models: kinds of spam no rule lists
        if (who == Role.CUSTOMER && looksLikeSpam(raw, norm, spam, buyerAsking)) {
            return new Classification(SPAM, 0.7, Entities.none());
        }
        norm = CustomerRules.NOT_PRICE.matcher(norm).replaceAll(" ");
        Guess guess = customerIntent(raw, norm, CustomerRules.score(norm, found));
        if (guess.settled() != null) {
            return guess.settled();
        }
        return forStaffPhone(who, guess, norm, found, vehicleRef);
    }

    /**
     * The price a customer offers to pay for a car ("kalo 140jt boleh?", "saya tawar 140 juta"), told apart from a
     * budget ("budget 150jt"), a down payment or a trade-in's top-up; empty when the text offers none.
     */
    public OptionalLong offeredPrice(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String head = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return extractor.offer(head, catalogue.scan(head));
    }

    /** The customer intent from the rules' scores, the phrasing model, or the shape of the message. */
    private record Guess(Intent intent, double confidence, double top, Classification settled) {}

    private Guess customerIntent(String raw, String norm, CustomerRules.Scores scores) {
        if (scores.best() >= 0 && scores.top() >= DECISIVE_SCORE) {
            double conf = Math.min(0.95, 0.45 + 0.1 * scores.top()) - (scores.top() - scores.second() < 1 ? 0.15 : 0);
            return new Guess(scores.bestIntent(), conf, scores.top(), null);
        }
        if (NUMERIC_ONLY.matcher(raw).matches()
                || CustomerRules.BARE_AMOUNT
                        .matcher(Greetings.withoutAddressee(norm))
                        .matches()) {
            boolean phone = NOT_DIGIT.matcher(raw).replaceAll("").length() >= 9;
            return new Guess(phone ? CustomerRules.G : CustomerRules.V, 0.6, scores.top(), null);
        }
        if (PHONE_WITH_NAME.matcher(raw).matches()) {
            return new Guess(CustomerRules.G, 0.6, scores.top(), null); // "0813 9876 5432 a.n. Rudi": a contact to call
        }
        if (Greetings.isGibberish(norm)) {
            return settled(new Classification(UNKNOWN, 0.7, Entities.none()));
        }
        if (scores.best() < 0 && Greetings.opensWithSalam(norm)) {
            // a salam followed by words no rule knows, and no question: a wish or an introduction
            return settled(new Classification(CUSTOMER_GREETING, 0.45, Entities.none()));
        }
        // no rule found enough evidence: ask the phrasing model before settling on a weak guess
        PhrasingModel.Guess model = models().phrasing().guess(norm);
        // a greeting is a salam and nothing else: a few words and no numbers ("Om swastyastu", not "pesan ke-35")
        boolean salam = CUSTOMER_GREETING.label().equals(model.intent());
        boolean salamShaped =
                norm.split(" ").length <= 4 && !DIGIT.matcher(norm).find();
        if (model.probability() >= PHRASING_CONFIDENCE && (!salam || salamShaped)) {
            return salam
                    ? settled(new Classification(CUSTOMER_GREETING, 0.5, Entities.none()))
                    : new Guess(Intent.of(model.intent()), 0.5, scores.top(), null);
        }
        return scores.best() >= 0
                ? new Guess(scores.bestIntent(), 0.4, scores.top(), null)
                : new Guess(CustomerRules.G, 0.3, scores.top(), null);
    }

    private static Guess settled(Classification c) {
        return new Guess(c.intent(), c.confidence(), 0, c);
    }

    /**
     * Broadcast offers look alike ("jasa ..., hub 08xx"). A short question, or a few words, is someone talking to
     * the showroom: none of the 446 labelled spam messages has fewer than seven words, nor is a question of ten or
     * fewer. The model is asked only with a cue of its own: a spam word, or a number, handle, link or rate.
     */
    private boolean looksLikeSpam(String raw, String norm, double spam, boolean buyerAsking) {
        int length = SPACES.split(raw).length;
        boolean brief = length <= 6 || raw.contains("?") && length <= 10;
        if (brief || buyerAsking || SpamRules.ASKS_ABOUT_FORWARD.matcher(norm).find()) {
            return false;
        }
        String shape = SpamShape.markers(raw, SpamRules.LINK);
        boolean cue = spam >= SPAM_CUE || SpamShape.CONTACT.matcher(shape).find();
        PhrasingModel.Guess guess = cue ? models().spamLike().guess(norm + shape) : null;
        return guess != null && SPAM.label().equals(guess.intent()) && guess.probability() >= SPAM_CONFIDENCE;
    }

    /** A staff phone's message that is no command: colleagues chatting, or asking about stock. */
    private static Classification forStaffPhone(
            Role who, Guess guess, String norm, EntityExtractor.Found found, boolean vehicleRef) {
        Intent intent = guess.intent();
        double conf = guess.confidence();
        if (who == Role.STAFF
                && (StaffRules.smallTalk(norm)
                        || StaffRules.STAFF_CHATTER.matcher(norm).find()
                                && !StaffRules.INVENTORY.matcher(norm).find()
                        || intent == CustomerRules.T && guess.top() < 3 && !vehicleRef)) {
            // "kunci serep Fortuner siapa yg pegang?", "hujan deras, showroom sepi": colleagues talking
            return new Classification(CustomerRules.G, 0.5, AnnotatedEntities.of(CustomerRules.G, found));
        }
        if (who == Role.STAFF) {
            boolean carWords = vehicleRef
                    || found.color() != null
                    || found.year() != null
                    || found.transmission() != null
                    || found.fuel() != null
                    || found.priceMax() != null
                    || found.priceMin() != null;
            if (intent == CustomerRules.V && guess.top() < 2 && !carWords) {
                intent = CustomerRules.G; // "ada yang bawa charger?": staff chatting, not asking for stock
            } else if (intent == CustomerRules.V
                    || (intent == CustomerRules.PR || intent == CustomerRules.G && norm.contains("?")) && vehicleRef) {
                // a colleague asking about a named car ("fortuner yg hitam masih di showroom?") asks about stock
                intent = STAFF_CHECK_INVENTORY;
                conf = Math.min(conf, 0.75);
            }
        }
        return new Classification(intent, Math.max(0.05, conf), AnnotatedEntities.of(intent, found));
    }

    /** Lower-cased, slang mapped, and each model mention replaced by " mdl ". */
    private static String normalize(String raw, VehicleCatalogue.Scan scan) {
        StringBuilder masked = new StringBuilder(raw);
        for (int i = scan.models().size() - 1; i >= 0; i--) {
            VehicleCatalogue.Mention m = scan.models().get(i);
            String mdl = " mdl ";
            int len = m.end() - m.start();
            masked.replace(m.start(), m.end(), mdl.length() >= len ? mdl : mdl + " ".repeat(len - mdl.length()));
        }
        return TextNormalizer.normalize(masked.toString());
    }

    List<Intent> labels() {
        return List.of(Intent.values());
    }
}
