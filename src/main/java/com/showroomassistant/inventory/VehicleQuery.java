package com.showroomassistant.inventory;

import com.showroomassistant.vocabulary.Colours;
import java.util.List;

/** Filters for finding the vehicles relevant to one customer turn. */
public record VehicleQuery(
        String make,
        List<String> models,
        Integer yearMin,
        Integer yearMax,
        Long priceMin,
        Long priceMax,
        String transmission,
        String color,
        boolean availableOnly) {

    public VehicleQuery {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** The same filter as the SQL search: null criteria match anything, text compares case-insensitively. */
    public boolean matches(Vehicle v) {
        return (!availableOnly || v.isAvailable())
                && (make == null || sameText(make, v.make()))
                && (models.isEmpty() || (v.model() != null && anyModel(v.model())))
                && (yearMin == null || (v.year() != null && v.year() >= yearMin))
                && (yearMax == null || (v.year() != null && v.year() <= yearMax))
                && (priceMin == null || (v.price() != null && v.price() >= priceMin))
                && (priceMax == null || (v.price() != null && v.price() <= priceMax))
                && (transmission == null || transmission.equals(v.transmission()))
                && (color == null || Colours.same(color, v.color()));
    }

    /** A loop, not a stream: run for every stock car in every turn (9% of the app's allocation at 500 msg/s). */
    private boolean anyModel(String model) {
        for (String m : models) {
            if (sameText(m, model)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameText(String wanted, String actual) {
        return wanted.equalsIgnoreCase(actual);
    }

    public static VehicleQuery all() {
        return new VehicleQuery(null, List.of(), null, null, null, null, null, null, false);
    }
}
