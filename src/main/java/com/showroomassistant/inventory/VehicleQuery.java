package com.showroomassistant.inventory;

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

    public static VehicleQuery all() {
        return new VehicleQuery(null, List.of(), null, null, null, null, null, null, false);
    }
}
