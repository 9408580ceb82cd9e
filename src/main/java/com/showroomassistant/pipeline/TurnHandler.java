package com.showroomassistant.pipeline;

import com.showroomassistant.assistant.Answer;
import com.showroomassistant.assistant.Assistant;
import com.showroomassistant.assistant.BusinessHours;
import com.showroomassistant.assistant.CustomerTurn;
import com.showroomassistant.assistant.HistoryTurn;
import com.showroomassistant.assistant.Texts;
import com.showroomassistant.conversation.ConversationStatus;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.conversation.Turn;
import com.showroomassistant.conversation.TurnOutcome;
import com.showroomassistant.intent.Classification;
import com.showroomassistant.intent.Intent;
import com.showroomassistant.intent.IntentClassifier;
import com.showroomassistant.intent.Role;
import com.showroomassistant.sales.Bookings;
import com.showroomassistant.sales.Leads;
import com.showroomassistant.sales.TradeIns;
import com.showroomassistant.staff.StaffCommands;
import com.showroomassistant.staff.StaffTurn;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides one turn, in the order a showroom expects: opt-out, human handoff pause, autoReply, spam,
 * staff commands, chat disabled, business hours, bookings, then the assistant. It writes only what bookings
 * and leads need; the turn's replies and state are written by the caller in one transaction.
 */
@Component
class TurnHandler {

    private static final Pattern STOP = Pattern.compile("(?i)^\\s*(stop|berhenti|unsubscribe)\\s*[.!]*\\s*$");
    private static final Pattern START = Pattern.compile("(?i)^\\s*(start|mulai)\\s*[.!]*\\s*$");

    private final IntentClassifier classifier;
    private final Assistant assistant;
    private final AiConfigs configs;
    private final Tenants tenants;
    private final StaffAlerts alerts;
    private final StaffCommands staffCommands;
    private final Bookings bookings;
    private final TradeIns tradeIns;
    private final Leads leads;
    private final JsonMapper json;
    private final CustomerPhotos photos;
    private final Conversations conversations;

    TurnHandler(
            IntentClassifier classifier,
            Assistant assistant,
            AiConfigs configs,
            Tenants tenants,
            StaffAlerts alerts,
            StaffCommands staffCommands,
            Bookings bookings,
            Leads leads,
            JsonMapper json,
            CustomerPhotos photos,
            Conversations conversations,
            TradeIns tradeIns) {
        this.tradeIns = tradeIns;
        this.photos = photos;
        this.conversations = conversations;
        this.bookings = bookings;
        this.leads = leads;
        this.classifier = classifier;
        this.assistant = assistant;
        this.configs = configs;
        this.tenants = tenants;
        this.alerts = alerts;
        this.staffCommands = staffCommands;
        this.json = json;
    }

    TurnResult handle(Turn turn, Instant now) {
        TurnResult result = new TurnResult();
        Role role = turn.isStaff() ? Role.STAFF : Role.CUSTOMER;
        Classification last = null;
        for (Turn.Pending p : turn.messages()) {
            last = classifier.classify(p.text(), role);
            result.classified.add(new TurnOutcome.Classified(
                    p.id(),
                    last.label(),
                    last.confidence(),
                    last.entities().isEmpty()
                            ? null
                            : json.writeValueAsString(last.entities().toMap())));
        }
        String text = turn.text();
        // a burst is decided as one text; a single message already has its classification
        Classification turnClass = turn.messages().size() == 1
                        && text.equals(turn.messages().getFirst().text())
                ? last
                : classifier.classify(text, role);
        result.lastIntent = turnClass.label();
        AiConfig config = configs.of(turn.tenant());

        // staff are recognised from the staff list now, whatever the conversation's flag says; commands are
        // explicit requests, so they are answered even in a paused or opted-out conversation
        var staffReply = staffCommands.handle(staffTurn(turn));
        if (staffReply.isPresent()) {
            result.reply(turn, "system", staffReply.get(), List.of());
            return result;
        }
        List<CustomerPhotos.Kept> kept = turn.isStaff() ? List.of() : keepPhotos(turn, result);
        if (STOP.matcher(text).matches()) {
            if (!turn.optedOut()) {
                result.optedOut = true;
                result.reply(turn, "system", Texts.OPTED_OUT, List.of());
            }
            return result;
        }
        if (START.matcher(text).matches() && turn.optedOut()) {
            result.optedOut = false;
            result.reply(turn, "system", Texts.OPTED_IN, List.of());
            return result;
        }
        if (turn.optedOut()) {
            return result;
        }
        if (paused(turn, config, now)) {
            return result;
        }
        result.resumed = isHandedOff(turn);
        if (!config.autoReply()) {
            return result;
        }
        if (turnClass.intent() == Intent.SPAM) {
            result.spam = true;
            return result;
        }
        if (!config.customerChatEnabled()) {
            result.reply(turn, "system", Texts.CHAT_DISABLED, List.of());
            alerts.escalate(turn, result, "customer_chat_disabled", text);
            return result;
        }
        BusinessHours hours = BusinessHours.of(config);
        if (!hours.isOpen(now)) {
            Instant closedSince = hours.closedSince(now).orElse(Instant.EPOCH);
            if (turn.afterHoursSentAt() == null || turn.afterHoursSentAt().isBefore(closedSince)) {
                result.reply(turn, "system", config.afterHoursMessage(), List.of());
                result.afterHoursSentAt = now;
            }
            return result;
        }
        String model = turnClass.entities().model();
        if (!turn.isStaff() && model != null && !model.equalsIgnoreCase(turn.interestModel())) {
            result.interestModel = model; // what "jadwalkan lihat unit" refers to in a later turn
        }
        // a trade-in being described is answered by its own flow, offline and with the LLM alike
        var tradeIn = turn.isStaff()
                ? java.util.Optional.<TradeIns.Outcome>empty()
                : tradeIns.handle(new TradeIns.Turn(
                        turn.tenant(),
                        turn.customer(),
                        text,
                        this::carIn,
                        kept.stream().map(CustomerPhotos.Kept::url).toList(),
                        now,
                        turn.history().stream()
                                .map(Turn.Earlier::text)
                                .filter(java.util.Objects::nonNull)
                                .toList()));
        var booking = turn.isStaff() || tradeIn.isPresent()
                ? java.util.Optional.<Bookings.Outcome>empty()
                : bookings.handle(new Bookings.Turn(
                        turn.tenant(),
                        turn.conversationId(),
                        turn.customer(),
                        customerPhone(turn),
                        turn.customerName(),
                        text,
                        turnClass.intent() == Intent.CUSTOMER_TEST_DRIVE,
                        turnClass.entities().model(),
                        config,
                        now,
                        turn.bookingOffer(),
                        turn.interestModel()));
        Answer answer = tradeIn.isPresent()
                ? new Answer(
                        tradeIn.get().reply(),
                        tradeIn.get().complete() ? "trade_in" : null,
                        List.of(),
                        "trade_in",
                        null,
                        tradeIn.get().staffSummary(),
                        null)
                : booking.isPresent()
                        ? Answer.reply(booking.get().reply(), "booking")
                        : assistant.answer(new CustomerTurn(
                                turn.tenant(),
                                tenants.get(turn.tenant()),
                                config,
                                turnClass,
                                text,
                                turn.customerName(),
                                history(turn),
                                turn.interestModel(),
                                attachment(turn, kept)));
        if (booking.isEmpty() && answer.viewing() != null && !turn.isStaff()) {
            // the model proposed a viewing (a tool call): the booking flow offers the slots, as for a typed request
            String when =
                    answer.viewing().time() == null || answer.viewing().time().isBlank()
                            ? text
                            : answer.viewing().time();
            booking = bookings.handle(new Bookings.Turn(
                    turn.tenant(),
                    turn.conversationId(),
                    turn.customer(),
                    customerPhone(turn),
                    turn.customerName(),
                    when,
                    true,
                    null,
                    config,
                    now,
                    turn.bookingOffer(),
                    turn.interestModel(),
                    answer.viewing().vehicleId()));
            if (booking.isPresent()) {
                answer = new Answer(
                        booking.get().reply(),
                        answer.escalation(),
                        answer.photos(),
                        "booking",
                        null,
                        answer.staffNotice(),
                        answer.offer());
            } else if (answer.text() == null) {
                answer = Answer.handoff(Texts.HANDOFF, "assistant_handoff", "llm");
            }
        }
        if (!turn.isStaff()) {
            observeLead(turn, result, turnClass, booking.orElse(null), answer.offer());
        }
        booking.map(Bookings.Outcome::staffNotice).ifPresent(notice -> alerts.notice(turn, result, notice));
        if (answer.staffNotice() != null && answer.escalation() == null) {
            alerts.notice(
                    turn,
                    result,
                    answer.staffNotice()); // an escalation's notice carries it instead: staff are told once
        }
        String reply = answer.text();
        if (reply != null
                && !turn.welcomed()
                && config.welcomeMessage() != null
                && !config.welcomeMessage().isBlank()
                && !turn.isStaff()) {
            reply = config.welcomeMessage().strip() + "\n\n" + reply;
            result.welcomed = true;
        }
        if (reply != null) {
            result.reply(turn, answer.escalation() == null ? "ai" : "system", reply, List.of());
        }
        if (!answer.photos().isEmpty()) {
            result.reply(turn, "ai", null, answer.photos());
        }
        if (answer.escalation() != null) {
            alerts.escalate(turn, result, answer.escalation(), text, answer.staffNotice());
        }
        tradeIn.filter(TradeIns.Outcome::complete)
                .ifPresent(t -> alerts.photos(turn, result, t.photos(), "Foto tukar tambah"));
        return result;
    }

    /** A customer's photos are kept whatever the turn decides, so staff can see them in a handoff too. */
    private List<CustomerPhotos.Kept> keepPhotos(Turn turn, TurnResult result) {
        List<CustomerPhotos.Kept> kept = new java.util.ArrayList<>();
        for (Turn.Pending p : turn.messages()) {
            if ("image".equals(p.type())
                    && p.mediaUrl() != null
                    && !p.mediaUrl().isBlank()) {
                photos.keep(turn.tenant(), p.mediaUrl()).ifPresent(k -> {
                    kept.add(k);
                    result.alsoWrite(() -> conversations.keepMedia(turn.tenant(), p.id(), k.url()));
                });
            }
        }
        return kept;
    }

    /** The photo (described by the vision model when there is one) or other media the turn carried, or null. */
    private CustomerTurn.Attachment attachment(Turn turn, List<CustomerPhotos.Kept> kept) {
        boolean photo = turn.messages().stream().anyMatch(p -> "image".equals(p.type()));
        if (photo) {
            String description = kept.isEmpty()
                    ? null
                    : assistant
                            .describePhoto(turn.tenant(), kept.getFirst().bytes(), Assistant.PhotoPurpose.CUSTOMER)
                            .orElse(null);
            return CustomerTurn.Attachment.photo(description);
        }
        boolean media = turn.messages().stream()
                .anyMatch(p -> !"text".equals(p.type())
                        && !"location".equals(p.type())
                        && (p.text() == null || p.text().isBlank()));
        return media ? CustomerTurn.Attachment.otherMedia() : null;
    }

    /** Staff notices and the customer's fallback for a turn that failed every attempt. */
    List<TurnOutcome.Reply> giveUp(Turn turn) {
        TurnResult result = new TurnResult();
        if (!turn.optedOut()) {
            result.reply(turn, "system", Texts.FALLBACK, List.of());
        }
        if (turn.status() != ConversationStatus.ESCALATED) {
            alerts.escalate(turn, result, "processing_failed", turn.text());
        }
        return result.outgoing;
    }

    /** The conversation before the turn, as the assistant reads it. */
    private static List<HistoryTurn> history(Turn turn) {
        return turn.history().stream()
                .map(h -> new HistoryTurn(h.fromCustomer(), h.text()))
                .toList();
    }

    private TradeIns.Car carIn(String text) {
        var e = classifier.classify(text, Role.CUSTOMER).entities();
        return new TradeIns.Car(e.make(), e.model(), e.year());
    }

    private static StaffTurn staffTurn(Turn turn) {
        return new StaffTurn(
                turn.tenant(),
                turn.conversationId(),
                turn.customer(),
                turn.messages().stream()
                        .map(p -> new StaffTurn.Message(p.id(), p.text(), p.type(), p.mediaUrl()))
                        .toList());
    }

    private static final java.util.Set<Intent> INQUIRIES = java.util.EnumSet.of(
            Intent.CUSTOMER_VEHICLE_INQUIRY, Intent.CUSTOMER_PRICE_INQUIRY, Intent.CUSTOMER_TEST_DRIVE);
    private static final Pattern NEGOTIATION =
            Pattern.compile("(?i)\\b(nego\\w*|tawar\\w*|kurang(in)?|diskon|potongan)\\b");

    /** The lead follows what the customer showed: a real inquiry creates it, facts move it forward. */
    private void observeLead(
            Turn turn, TurnResult result, Classification c, Bookings.Outcome booking, Answer.Offer offer) {
        if (!INQUIRIES.contains(c.intent()) && booking == null && offer == null) {
            return;
        }
        String stage = switch (c.intent()) {
            case CUSTOMER_PRICE_INQUIRY -> NEGOTIATION.matcher(turn.text()).find() ? "negotiation" : "qualified";
            default -> "new";
        };
        if (booking != null && booking.leadStage() != null) {
            stage = booking.leadStage();
        }
        String note = booking == null ? null : booking.leadNote();
        if (offer != null) {
            stage = "negotiation"; // an offered price is a negotiation, whatever the words
            note = note == null ? offer.leadNote() : note + "\n" + offer.leadNote();
        }
        var observation = new Leads.Observation(
                turn.customer(),
                customerPhone(turn),
                turn.customerName(),
                stage,
                offer != null ? offer.model() : c.entities().model(),
                c.entities().priceMax(),
                booking == null ? null : booking.preferredDate(),
                note);
        if (leads.isNews(turn.tenant(), observation)) {
            result.alsoWrite(() -> leads.observe(turn.tenant(), observation));
            alerts.assignLead(turn);
        }
    }

    private static String customerPhone(Turn turn) {
        return turn.customer().endsWith("@lid") ? null : turn.customer();
    }

    private static boolean isHandedOff(Turn turn) {
        return turn.status() == ConversationStatus.ESCALATED || turn.humanActiveAt() != null;
    }

    /** Escalated or human-handled conversations stay silent until resolved or the handoff times out. */
    private static boolean paused(Turn turn, AiConfig config, Instant now) {
        if (!isHandedOff(turn)) {
            return false;
        }
        Instant last = latest(turn.escalatedAt(), turn.humanActiveAt());
        return last != null
                && last.plus(Duration.ofMinutes(config.handoffTimeoutMinutes())).isAfter(now);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
