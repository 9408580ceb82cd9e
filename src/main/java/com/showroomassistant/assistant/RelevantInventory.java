package com.showroomassistant.assistant;

import com.showroomassistant.intent.CatalogueEntry;
import com.showroomassistant.intent.Entities;
import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.inventory.VehicleQuery;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.vocabulary.VehicleTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Retrieves only the vehicles that matter for this turn, from the entities the classifier found (make,
 * model, year, price range, body type, colour, transmission), never the whole stock.
 */
@Component
public class RelevantInventory {

    static final int LIMIT = 8;
    private static final Pattern BODY =
            Pattern.compile("\\b(" + VehicleTerms.bodyTypeWords() + "|7 ?seater|tujuh penumpang)\\b");
    private final Vehicles vehicles;
    private final VehicleCatalogue catalogue;

    RelevantInventory(Vehicles vehicles, VehicleCatalogue catalogue) {
        this.vehicles = vehicles;
        this.catalogue = catalogue;
    }

    /**
     * What to show: matching vehicles (available ones first) and whether the customer named anything, and the cars
     * of the model the conversation is about (named this turn or before), whose facts a question may ask.
     */
    public record Selection(List<Vehicle> vehicles, boolean filtered, long availableTotal, List<Vehicle> discussed) {

        public Selection(List<Vehicle> vehicles, boolean filtered, long availableTotal) {
            this(vehicles, filtered, availableTotal, List.of());
        }

        public List<Vehicle> available() {
            return vehicles.stream().filter(Vehicle::isAvailable).toList();
        }
    }

    /** The turn's vehicles, and those of the model the conversation is about ({@code interestModel}, may be null). */
    public Selection select(TenantId tenant, Entities e, String text, String interestModel) {
        Selection s = select(tenant, e, text);
        String model = e.model() != null ? e.model() : interestModel;
        List<Vehicle> discussed = List.of();
        if (model != null) {
            discussed = vehicles.search(
                    tenant,
                    new VehicleQuery(
                            null, List.of(model), e.year(), e.year(), null, null, e.transmission(), e.color(), false),
                    LIMIT);
            if (discussed.isEmpty()) {
                discussed = vehicles.search(
                        tenant,
                        new VehicleQuery(null, List.of(model), null, null, null, null, null, null, false),
                        LIMIT);
            }
        }
        return new Selection(
                s.vehicles().stream().map(this::withCatalogueFacts).toList(),
                s.filtered(),
                s.availableTotal(),
                discussed.stream().map(this::withCatalogueFacts).toList());
    }

    /** A car's body type and seats from the catalogue where the showroom set none: an Avanza seats seven. */
    Vehicle withCatalogueFacts(Vehicle v) {
        var entry = catalogue.byModel(v.model());
        if (entry.isEmpty() || v.facts().bodyType() != null && v.facts().seats() != null) {
            return v;
        }
        String body = VehicleTerms.bodyTypes().contains(entry.get().bodyType())
                ? entry.get().bodyType()
                : null;
        Integer seats = entry.get().seats() > 0 ? entry.get().seats() : null;
        return v.withFacts(v.facts().or(new VehicleFacts(null, body, seats, null, null, null, null, null)));
    }

    Selection select(TenantId tenant, Entities e, String text) {
        List<String> models = new ArrayList<>();
        if (e.model() != null) {
            models.add(e.model());
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        var body = BODY.matcher(lower);
        if (models.isEmpty() && body.find()) {
            String kind = normaliseBody(body.group(1));
            catalogue.entries().stream()
                    .filter(c -> kind.equals("7seater") ? c.seats() >= 7 : kind.equals(c.bodyType()))
                    .map(CatalogueEntry::model)
                    .forEach(models::add);
        }
        Integer year = e.year();
        var query = new VehicleQuery(
                models.isEmpty() ? e.make() : null,
                models,
                year,
                year,
                e.priceMin(),
                e.priceMax(),
                e.transmission(),
                e.color(),
                false);
        boolean filtered = query.make() != null
                || !models.isEmpty()
                || year != null
                || e.priceMin() != null
                || e.priceMax() != null
                || e.transmission() != null
                || e.color() != null;
        long total = vehicles.countAvailable(tenant);
        if (!filtered) {
            return new Selection(vehicles.search(tenant, availableOnly(VehicleQuery.all()), LIMIT), false, total);
        }
        List<Vehicle> found = vehicles.search(tenant, query, LIMIT);
        if (found.isEmpty() && year != null) {
            // the named model in another year is still worth offering
            found = vehicles.search(
                    tenant,
                    new VehicleQuery(
                            query.make(),
                            models,
                            null,
                            null,
                            e.priceMin(),
                            e.priceMax(),
                            e.transmission(),
                            null,
                            false),
                    LIMIT);
        }
        return new Selection(found, true, total);
    }

    private static VehicleQuery availableOnly(VehicleQuery q) {
        return new VehicleQuery(
                q.make(),
                q.models(),
                q.yearMin(),
                q.yearMax(),
                q.priceMin(),
                q.priceMax(),
                q.transmission(),
                q.color(),
                true);
    }

    private static String normaliseBody(String raw) {
        return VehicleTerms.bodyType(raw).orElse("7seater");
    }
}
