package com.showroomassistant.assistant;

import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleFacts;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the showroom's data lets a reply say: its stock in every status, the text it published itself (FAQ,
 * product knowledge) and whether it allows price negotiation.
 *
 * @param conversationModels the models (lower case) the conversation is about, for a price named without a car
 * @param customerText the customer's own words this turn, whose budget a reply may repeat
 */
public record ShowroomFacts(
        List<StockCar> cars,
        String published,
        boolean negotiation,
        Set<String> conversationModels,
        String customerText) {

    public ShowroomFacts {
        cars = List.copyOf(cars);
        published = published == null ? "" : published;
        conversationModels = Set.copyOf(conversationModels);
        customerText = customerText == null ? "" : customerText;
    }

    /** One car in stock as the guard sees it, with the facts the showroom recorded for it. */
    public record StockCar(
            String model, String variant, Integer year, Long price, String colour, String status, VehicleFacts facts) {

        public StockCar {
            facts = facts == null ? VehicleFacts.NONE : facts;
        }

        public StockCar(String model, String variant, Integer year, Long price, String colour, String status) {
            this(model, variant, year, price, colour, status, VehicleFacts.NONE);
        }

        public static StockCar of(Vehicle v) {
            return new StockCar(v.model(), v.variant(), v.year(), v.price(), v.color(), v.status(), v.facts());
        }

        public boolean available() {
            return "available".equals(status);
        }

        boolean isModel(String name) {
            return model != null && model.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
        }
    }

    List<StockCar> ofModel(String model) {
        return cars.stream().filter(c -> c.isModel(model)).toList();
    }
}
