package com.showroomassistant.assistant;

import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.vocabulary.Colours;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the showroom's data lets a reply say: its stock in every status, the text it published itself (FAQ,
 * product knowledge) and whether it allows price negotiation.
 *
 * @param conversationModels the models (lower case) the conversation is about, for a price named without a car; when
 *     none is known, the one model the customer's words describe ("yang kuning 2017 itu") if they describe one
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
        customerText = customerText == null ? "" : customerText;
        conversationModels =
                Set.copyOf(conversationModels.isEmpty() ? describedModel(cars, customerText) : conversationModels);
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/:])(19[89]\\d|20[0-3]\\d)(?!\\d)");

    /** The model of the stock cars whose colour and year the customer named, when all of them are one model. */
    private static Set<String> describedModel(List<StockCar> cars, String customerText) {
        List<Colours.Mention> colours = Colours.findAll(customerText);
        Matcher year = YEAR.matcher(customerText);
        Integer named = year.find() ? Integer.valueOf(year.group(1)) : null;
        if (colours.isEmpty()) {
            return Set.of(); // a year alone fits too many cars
        }
        Set<String> models = cars.stream()
                .filter(c -> c.model() != null
                        && c.colour() != null
                        && colours.stream().anyMatch(m -> Colours.same(m.base(), c.colour()))
                        && (named == null || named.equals(c.year())))
                .map(c -> c.model().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return models.size() == 1 ? models : Set.of();
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

        /** "Confero" is the stocked "Confero S", and "CRV" the stocked "CR-V": the name as the catalogue knows it. */
        boolean isModel(String name) {
            if (model == null || name == null) {
                return false;
            }
            String stocked = model.toLowerCase(Locale.ROOT);
            String asked = name.toLowerCase(Locale.ROOT);
            return stocked.equals(asked)
                    || stocked.startsWith(asked + " ")
                    || stocked.replaceAll("[^\\p{L}\\p{N}]", "").equals(asked.replaceAll("[^\\p{L}\\p{N}]", ""));
        }
    }

    List<StockCar> ofModel(String model) {
        return cars.stream().filter(c -> c.isModel(model)).toList();
    }
}
