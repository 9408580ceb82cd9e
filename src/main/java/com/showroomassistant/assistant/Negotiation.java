package com.showroomassistant.assistant;

import com.showroomassistant.intent.Entities;
import com.showroomassistant.intent.IntentClassifier;
import com.showroomassistant.inventory.MinimumPrices;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleQuery;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.vocabulary.Money;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A customer's offer under the showroom's rules (CONTRACT 9.1, {@code enablePriceNegotiation}): an offer at or above
 * the car's minimum price goes to staff as a concrete offer, one below it is declined politely. The assistant never
 * agrees a price itself, and the minimum is read here only, to compare: no text it writes names it.
 */
@Component
class Negotiation {

    private static final int HISTORY_SEARCHED = 6;

    private final Vehicles vehicles;
    private final MinimumPrices minimums;
    private final IntentClassifier classifier;

    Negotiation(Vehicles vehicles, MinimumPrices minimums, IntentClassifier classifier) {
        this.vehicles = vehicles;
        this.minimums = minimums;
        this.classifier = classifier;
    }

    /** Without the model: an offer the rules read in the customer's words, for the car of the conversation. */
    Optional<Answer> offline(CustomerTurn turn) {
        if (!turn.config().enablePriceNegotiation()) {
            return Optional.empty();
        }
        OptionalLong amount = classifier.offeredPrice(turn.text());
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Entities e = turn.classification().entities();
        String model = e.model() != null ? e.model() : turn.interestModel();
        if (model == null) {
            return Optional.of(Answer.reply(
                    "Terima kasih, kak. Tawarannya untuk unit yang mana? Sebutkan model dan" + " tahunnya ya. 😊",
                    "offline"));
        }
        List<Vehicle> cars = vehicles.search(
                turn.tenantId(),
                new VehicleQuery(
                        null, List.of(model), e.year(), e.year(), null, null, e.transmission(), e.color(), true),
                4);
        if (cars.isEmpty()) {
            return Optional.empty(); // not on offer: the usual answer says so
        }
        if (cars.size() > 1) {
            StringBuilder s = new StringBuilder("Ada beberapa unit " + model + " yang tersedia, kak:\n");
            for (int i = 0; i < cars.size(); i++) {
                s.append(i + 1)
                        .append(". ")
                        .append(OfflineAssistant.describe(cars.get(i)))
                        .append('\n');
            }
            return Optional.of(Answer.reply(
                    s.append("Tawarannya untuk yang mana? Sebutkan tahun atau warnanya ya. 😊")
                            .toString(),
                    "offline"));
        }
        return Optional.of(decide(turn, cars.getFirst(), amount.getAsLong(), "offline"));
    }

    /** The model passed an offer to {@code submit_offer}: judged only for an available car and an amount the customer said. */
    Answer submitted(CustomerTurn turn, long vehicleId, long amount) {
        Optional<Vehicle> car = vehicles.find(turn.tenantId(), vehicleId).filter(Vehicle::isAvailable);
        if (car.isEmpty() || !saidByCustomer(turn, amount)) {
            return Answer.handoff(Texts.HANDOFF, "assistant_handoff", "llm");
        }
        return decide(turn, car.get(), amount, "llm");
    }

    /** The model may not make up an offer: the amount is one the customer wrote, this turn or shortly before. */
    private boolean saidByCustomer(CustomerTurn turn, long amount) {
        List<HistoryTurn> history = turn.history();
        Stream<String> earlier =
                history.subList(Math.max(0, history.size() - HISTORY_SEARCHED), history.size()).stream()
                        .filter(HistoryTurn::fromCustomer)
                        .map(HistoryTurn::text);
        return Stream.concat(Stream.of(turn.text()), earlier)
                .filter(t -> t != null)
                .anyMatch(text ->
                        Money.read(text).amounts().stream().anyMatch(a -> a.low() == amount && a.high() == amount)
                                || classifier.offeredPrice(text).orElse(-1) == amount);
    }

    private Answer decide(CustomerTurn turn, Vehicle car, long amount, String source) {
        String offer = Rupiah.format(amount) + " untuk " + car.displayId() + " " + car.title();
        Optional<Long> minimum = minimums.of(turn.tenantId(), car.id());
        boolean atOrAbove =
                minimum.isEmpty() || amount >= minimum.get() || car.price() != null && amount >= car.price();
        if (!atOrAbove) {
            String then = car.price() == null ? " Kalau" : " Harga unitnya " + Rupiah.format(car.price()) + "; kalau";
            return Answer.reply(
                            "Terima kasih atas tawarannya, kak. 🙏 Mohon maaf, untuk " + car.title() + " belum bisa di "
                                    + Rupiah.format(amount) + "." + then
                                    + " kakak ingin mengajukan angka lain, silakan sebutkan ya.",
                            source)
                    .withOffer(new Answer.Offer(
                            car.model(), "Tawaran " + offer + ": di bawah batas, ditolak oleh asisten"));
        }
        String notice = "💰 Tawaran pelanggan: " + offer
                + (car.price() == null ? "" : " (harga " + Rupiah.format(car.price()) + ")") + ". "
                + (minimum.isEmpty()
                        ? "Unit ini belum punya harga minimum; mohon diputuskan."
                        : "Tawaran memenuhi batas harga minimum; mohon dikonfirmasi ke pelanggan.");
        return Answer.handoff(
                        "Terima kasih, kak. Tawaran " + Rupiah.format(amount) + " untuk " + car.title()
                                + " sudah kami teruskan ke tim sales sebagai penawaran. Staff kami akan segera menghubungi kakak"
                                + " untuk konfirmasinya ya. 🙏",
                        "price_offer",
                        source)
                .withStaffNotice(notice)
                .withOffer(new Answer.Offer(car.model(), "Tawaran " + offer + ", diteruskan ke staff"));
    }
}
