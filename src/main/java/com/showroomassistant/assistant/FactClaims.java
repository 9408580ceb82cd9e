package com.showroomassistant.assistant;

import com.showroomassistant.assistant.ShowroomFacts.StockCar;
import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.vocabulary.CarFacts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The facts a draft states about a car (pajak STNK, tangan ke-, BPKB, cc, kursi). Where the showroom recorded the
 * fact for the car the draft speaks of, the draft must say the same: "pajak hidup sampai 08/2026" passes for a tax
 * due in August 2026 and is withheld for one due in March 2027. A fact the showroom did not record is not judged
 * here; the prompt tells the model to leave it to staff.
 */
final class FactClaims {

    private FactClaims() {}

    /**
     * @param carsAt the stock cars a stretch of the draft (start, end) speaks of, as prices are attributed
     */
    static Optional<String> problem(DraftText draft, BiFunction<Integer, Integer, List<List<StockCar>>> carsAt) {
        String text = draft.text;
        boolean wrong = contradicts(draft.taxDates, carsAt, VehicleFacts::taxDueDate, CarFacts::sameMonth)
                || contradicts(CarFacts.ownerCount(text), carsAt, VehicleFacts::ownerCount, Objects::equals)
                || contradicts(CarFacts.bpkb(text), carsAt, VehicleFacts::bpkbAvailable, Objects::equals)
                || contradicts(CarFacts.seats(text), carsAt, VehicleFacts::seats, Objects::equals)
                || contradicts(CarFacts.engineCc(text), carsAt, VehicleFacts::engineCc, FactClaims::sameEngine);
        return wrong ? Optional.of("vehicle_fact_wrong") : Optional.empty();
    }

    /** A stated fact that no car it speaks of has, where those cars have the fact recorded. */
    private static <T> boolean contradicts(
            List<CarFacts.Mention<T>> stated,
            BiFunction<Integer, Integer, List<List<StockCar>>> carsAt,
            Function<VehicleFacts, T> recorded,
            BiPredicate<T, T> same) {
        for (CarFacts.Mention<T> mention : stated) {
            List<T> known = carsAt.apply(mention.start(), mention.end()).stream()
                    .flatMap(List::stream)
                    .map(car -> recorded.apply(car.facts()))
                    .filter(Objects::nonNull)
                    .toList();
            if (!known.isEmpty() && known.stream().noneMatch(value -> same.test(mention.value(), value))) {
                return true;
            }
        }
        return false;
    }

    /** "1.300 cc" or "1.3L" for a 1.329 cc engine: engine sizes are said rounded. */
    private static boolean sameEngine(Integer stated, Integer recorded) {
        return Math.abs(stated - recorded) <= Math.max(50, recorded / 25);
    }
}
