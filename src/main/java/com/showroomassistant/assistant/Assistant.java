package com.showroomassistant.assistant;

import com.showroomassistant.assistant.llm.ChatMessage;
import com.showroomassistant.assistant.llm.Completion;
import com.showroomassistant.assistant.llm.LlmClient;
import com.showroomassistant.assistant.llm.LlmUnavailableException;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Answers a customer turn: LLM when available, templates otherwise; every LLM draft passes the guard. */
@Component
public class Assistant {

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);
    private static final Pattern HUMAN_REQUEST = Pattern.compile(
            "(?i)\\b(bicara|ngobrol|chat|hubung\\w*|sambung\\w*|minta|mau|pengen|ingin|tolong)\\b.{0,20}\\b"
                    + "(orang|manusia|staff|staf|admin|cs|customer service|sales|marketing|petugas|operator|pemilik|owner)\\b");
    private static final Pattern PHOTO_REQUEST =
            Pattern.compile("(?i)\\b(foto\\w*|gambar\\w*|pic|pict\\w*|photo\\w*)\\b");
    private static final int MAX_PHOTOS = 5;

    private final LlmClient llm;
    private final RelevantInventory inventory;
    private final ReplyGuard guard;
    private final Vehicles vehicles;

    private final TokenBudget budget;
    private final java.time.Clock clock;
    private final Negotiation negotiation;

    Assistant(
            LlmClient llm,
            RelevantInventory inventory,
            ReplyGuard guard,
            Vehicles vehicles,
            TokenBudget budget,
            java.time.Clock clock,
            Negotiation negotiation) {
        this.negotiation = negotiation;
        this.budget = budget;
        this.clock = clock;
        this.llm = llm;
        this.inventory = inventory;
        this.guard = guard;
        this.vehicles = vehicles;
    }

    public Answer answer(CustomerTurn turn) {
        if (HUMAN_REQUEST.matcher(turn.text()).find()) {
            return Answer.handoff(Texts.HANDOFF, "customer_asked_for_human", "rule");
        }
        var selection = selection(turn);
        java.time.LocalDate today =
                java.time.LocalDate.now(clock.withZone(turn.config().zone()));
        boolean modelUp = llm.isAvailable(turn.tenantId());
        boolean overBudget = modelUp && budget.exceeded(turn.tenantId(), today);
        Answer answer = modelUp && !overBudget ? fromModel(turn, selection, today) : offline(turn, selection, today);
        if (overBudget && budget.tellStaffOnce(turn.tenantId(), today)) {
            answer = answer.withStaffNotice(Texts.TOKEN_BUDGET_SPENT);
        }
        if (answer.text() != null && answer.escalation() == null && guard.defers(answer.text())) {
            // a reply that tells the customer a person will help is only honest when a person is told
            answer = answer.escalatedFor("assistant_deferred");
        }
        if (answer.text() != null
                && answer.escalation() == null
                && answer.photos().isEmpty()
                && PHOTO_REQUEST.matcher(turn.text()).find()) {
            return answer.withPhotos(photos(selection.available()));
        }
        return answer;
    }

    /** The chat messages the model would receive for this turn (also used by the benchmark). */
    public List<ChatMessage> prompt(CustomerTurn turn) {
        return PromptBuilder.build(turn.tenant(), turn.config(), selection(turn), turn.history(), userText(turn));
    }

    private RelevantInventory.Selection selection(CustomerTurn turn) {
        return turn.config().enableVehicleInfo()
                ? inventory.select(turn.tenantId(), turn.classification().entities(), turn.text(), turn.interestModel())
                : new RelevantInventory.Selection(List.of(), false, 0);
    }

    /** The templates, after an offer the rules can read (a trade-in's valuation goes to staff first). */
    private Answer offline(CustomerTurn turn, RelevantInventory.Selection selection, java.time.LocalDate today) {
        Optional<Answer> offer = OfflineAssistant.isTradeIn(turn.text()) ? Optional.empty() : negotiation.offline(turn);
        return offer.orElseGet(() -> OfflineAssistant.answer(turn, selection, today));
    }

    /** The model never gets an empty user turn: a photo, voice note or sticker without text is said as such. */
    private static String userText(CustomerTurn turn) {
        String text = turn.text() == null ? "" : turn.text().strip();
        var attachment = turn.attachment();
        if (attachment != null && attachment.photo()) {
            String note = attachment.description() == null
                    ? "(pelanggan mengirim foto)"
                    : "(pelanggan mengirim foto; isi foto menurut pembaca gambar: " + attachment.description() + ")";
            return text.isEmpty() ? note : note + "\n" + text;
        }
        return text.isEmpty() ? Texts.NO_TEXT : text;
    }

    /** The tokens the provider reported, or about one per four characters when it reported none. */
    private static long tokens(Completion completion, List<ChatMessage> messages) {
        if (completion.promptTokens() != null || completion.completionTokens() != null) {
            return (completion.promptTokens() == null ? 0 : completion.promptTokens())
                    + (completion.completionTokens() == null ? 0 : completion.completionTokens());
        }
        long chars = completion.content().length();
        for (ChatMessage m : messages) {
            chars += m.content().length();
        }
        return chars / 4;
    }

    /**
     * The tokens a photo's description cost, as the provider reported them; without a report, the texts at about
     * four characters a token plus {@link #IMAGE_TOKENS} for the picture.
     */
    private static long visionTokens(Completion completion, PhotoPurpose purpose) {
        if (completion.promptTokens() != null || completion.completionTokens() != null) {
            return tokens(completion, List.of());
        }
        return IMAGE_TOKENS
                + (purpose.instruction.length() + completion.content().length()) / 4;
    }

    /** About what OpenAI-compatible vision models bill for one photo at their default detail. */
    private static final long IMAGE_TOKENS = 1_000;

    /** What a photo shows, for a customer's turn or a staff upload; empty without a vision-capable LLM. */
    public Optional<String> describePhoto(TenantId tenant, byte[] image, PhotoPurpose purpose) {
        String mime = imageType(image);
        if (!llm.isAvailable(tenant) || mime == null || budget.exceeded(tenant, java.time.LocalDate.now(clock))) {
            return Optional.empty();
        }
        try {
            Completion described = llm.describeImage(tenant, image, mime, purpose.instruction, 120);
            budget.record(tenant, java.time.LocalDate.now(clock), visionTokens(described, purpose));
            String said = described.content().strip();
            // a caption from a model: one short line, so it cannot stretch the prompt or a staff message
            said = said.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
            return said.isEmpty() ? Optional.empty() : Optional.of(said.length() > 300 ? said.substring(0, 300) : said);
        } catch (LlmUnavailableException e) {
            log.info("photo not described: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Why a photo is read. */
    public enum PhotoPurpose {
        CUSTOMER(
                "Foto ini dikirim pelanggan ke showroom mobil bekas. Jelaskan isinya dalam 1-2 kalimat bahasa Indonesia."
                        + " Bila ada mobil, sebut merek, model, perkiraan tahun, warna dan kondisi yang terlihat."),
        STOCK("Foto mobil untuk stok showroom. Jawab satu baris saja: merek, model dan warna, misalnya"
                + " 'Toyota Avanza hitam'. Jika bukan foto mobil, jawab: bukan mobil.");

        private final String instruction;

        PhotoPurpose(String instruction) {
            this.instruction = instruction;
        }
    }

    private static String imageType(byte[] b) {
        if (b == null || b.length < 12) {
            return null;
        }
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "image/gif";
        }
        if (b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private Answer fromModel(CustomerTurn turn, RelevantInventory.Selection selection, java.time.LocalDate today) {
        var messages = PromptBuilder.build(turn.tenant(), turn.config(), selection, turn.history(), userText(turn));
        Completion completion;
        try {
            var tools = new java.util.ArrayList<>(AssistantTools.ALL);
            if (FinancingSimulator.has(turn.config())) {
                tools.add(AssistantTools.FINANCING_TOOL);
            }
            if (turn.config().enablePriceNegotiation()) {
                tools.add(AssistantTools.OFFER_TOOL);
            }
            completion = llm.complete(
                    turn.tenantId(),
                    messages,
                    turn.config().temperature(),
                    turn.config().maxTokens(),
                    tools);
        } catch (LlmUnavailableException e) {
            log.warn("LLM unavailable for tenant {}: {}", turn.tenantId().value(), e.getMessage());
            return Answer.handoff(Texts.FALLBACK, "llm_failure", "fallback");
        }
        budget.record(turn.tenantId(), today, tokens(completion, messages));
        var requested = AssistantTools.read(completion.toolCalls());
        if (requested.financing() != null && !requested.handoff() && FinancingSimulator.has(turn.config())) {
            var car = vehicles.find(turn.tenantId(), requested.financing().vehicleId())
                    .filter(Vehicle::isAvailable);
            if (car.isPresent() && car.get().price() != null) {
                // the estimate is computed here from the table; whatever figures the model wrote are not sent
                var estimates = FinancingSimulator.estimate(
                        turn.config().financing(),
                        car.get().price(),
                        requested.financing().request());
                return Answer.reply(
                        FinancingSimulator.reply(
                                car.get().title(),
                                car.get().price(),
                                estimates,
                                turn.config().financing(),
                                requested.financing().request()),
                        "llm");
            }
        }
        if (requested.offer() != null && !requested.handoff() && turn.config().enablePriceNegotiation()) {
            // judged here against the minimum the model never saw; the reply is the turn's, never the model's
            return negotiation.submitted(
                    turn, requested.offer().vehicleId(), requested.offer().amount());
        }
        String draft = completion.content().strip();
        Answer answer;
        if (draft.isEmpty()) {
            answer = requested.handoff()
                    ? Answer.handoff(Texts.HANDOFF, "assistant_handoff", "llm")
                    : !requested.photoVehicleIds().isEmpty()
                            ? Answer.reply(Texts.PHOTOS, "llm")
                            : Answer.silence("llm"); // only a viewing: the booking flow writes the reply
        } else {
            GuardVerdict verdict;
            try {
                verdict = guard.judge(draft, facts(turn));
            } catch (RuntimeException e) {
                // a draft the guard cannot read is not sent, and the turn still ends with a person told
                log.warn(
                        "guard failed on a draft for tenant {}: {}",
                        turn.tenantId().value(),
                        e.toString());
                verdict = GuardVerdict.withhold("guard_error");
            }
            if (verdict.withheld()) {
                // the text breaks a rule: none of the model's actions are carried out, a person takes over
                log.info("draft withheld for tenant {}: {}", turn.tenantId().value(), verdict.reason());
                return Answer.handoff(Texts.HANDOFF, "withheld:" + verdict.reason(), "guard");
            }
            answer = verdict.decision() == GuardVerdict.Decision.SEND_AND_ESCALATE
                    ? Answer.handoff(draft, verdict.reason(), "llm")
                    : requested.handoff()
                            ? Answer.handoff(draft, "assistant_handoff", "llm")
                            : Answer.reply(draft, "llm");
        }
        List<Vehicle> shown = requested.photoVehicleIds().stream()
                .map(id -> vehicles.find(turn.tenantId(), id))
                .flatMap(java.util.Optional::stream)
                .filter(Vehicle::isAvailable) // never a sold or booked car's photos, whatever the model asked
                .toList();
        if (!shown.isEmpty()) {
            answer = answer.withPhotos(photos(shown));
        }
        if (requested.viewing() != null && !requested.handoff()) {
            var vehicle = vehicles.find(turn.tenantId(), requested.viewing().vehicleId())
                    .filter(Vehicle::isAvailable);
            if (vehicle.isPresent()) {
                answer = answer.withViewing(requested.viewing());
            } else if (answer.text() == null) {
                answer = Answer.handoff(Texts.HANDOFF, "assistant_handoff", "llm");
            }
        }
        return answer;
    }

    private ShowroomFacts facts(CustomerTurn turn) {
        StringBuilder published = new StringBuilder();
        if (turn.config().customFAQ() != null) {
            turn.config().customFAQ().forEach(f -> published.append(f.answer()).append('\n'));
        }
        if (turn.config().productKnowledge() != null) {
            published.append(turn.config().productKnowledge());
        }
        var cars = vehicles.all(turn.tenantId()).stream()
                .map(ShowroomFacts.StockCar::of)
                .toList();
        var models = new java.util.HashSet<String>();
        if (turn.classification().entities().model() != null) {
            models.add(turn.classification().entities().model().toLowerCase(java.util.Locale.ROOT));
        }
        if (turn.interestModel() != null) {
            models.add(turn.interestModel().toLowerCase(java.util.Locale.ROOT));
        }
        // what staff wrote of the conversation's cars ("servis rutin tiap 6 bulan") is the showroom's own word too
        cars.stream()
                .filter(c -> c.model() != null
                        && models.contains(c.model().toLowerCase(java.util.Locale.ROOT))
                        && c.facts().serviceHistory() != null)
                .forEach(c -> published.append('\n').append(c.facts().serviceHistory()));
        if (FinancingSimulator.has(turn.config())) {
            // the table's own figures for the cars of this conversation are published figures too
            published
                    .append('\n')
                    .append(FinancingSimulator.publishedFigures(
                            turn.config().financing(),
                            cars.stream()
                                    .filter(c -> c.model() != null
                                            && models.contains(c.model().toLowerCase(java.util.Locale.ROOT)))
                                    .toList()));
        }
        return new ShowroomFacts(
                cars, published.toString(), turn.config().enablePriceNegotiation(), models, turn.text());
    }

    private static List<Answer.Photo> photos(List<Vehicle> vehicles) {
        return vehicles.stream()
                .flatMap(v -> v.photos().stream()
                        .map(url -> new Answer.Photo(url, v.title() + " - " + Rupiah.format(v.price()))))
                .limit(MAX_PHOTOS)
                .toList();
    }
}
