package com.showroomassistant.assistant;

import com.showroomassistant.intent.CatalogueEntry;
import com.showroomassistant.intent.Entities;
import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.inventory.Vehicle;
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
    private static final Pattern BODY = Pattern.compile(
            "\\b(" + VehicleTerms.bodyTypeWords() + "|7 ?seater|tujuh penumpang)\\b");
    private final Vehicles vehicles;
    private final VehicleCatalogue catalogue;

    RelevantInventory(Vehicles vehicles, VehicleCatalogue catalogue) {
        this.vehicles = vehicles;
        this.catalogue = catalogue;
    }

    /** What to show: matching vehicles (available ones first) and whether the customer named anything. */
    public record Selection(List<Vehicle> vehicles, boolean filtered, long availableTotal) {

        public List<Vehicle> available() {
            return vehicles.stream().filter(Vehicle::isAvailable).toList();
        }
    }

    public Selection select(TenantId tenant, Entities e, String text) {
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
        boolean filtered = query.make() != null || !models.isEmpty() || year != null || e.priceMin() != null
                || e.priceMax() != null || e.transmission() != null || e.color() != null;
        long total = vehicles.countAvailable(tenant);
        if (!filtered) {
            return new Selection(vehicles.search(tenant, availableOnly(VehicleQuery.all()), LIMIT), false, total);
        }
        List<Vehicle> found = vehicles.search(tenant, query, LIMIT);
        if (found.isEmpty() && year != null) {
            // the named model in another year is still worth offering
            found = vehicles.search(tenant, new VehicleQuery(query.make(), models, null, null, e.priceMin(),
                    e.priceMax(), e.transmission(), null, false), LIMIT);
        }
        return new Selection(found, true, total);
    }

    private static VehicleQuery availableOnly(VehicleQuery q) {
        return new VehicleQuery(q.make(), q.models(), q.yearMin(), q.yearMax(), q.priceMin(), q.priceMax(),
                q.transmission(), q.color(), true);
    }

    private static String normaliseBody(String raw) {
        return VehicleTerms.bodyType(raw).orElse("7seater");
    }
}
