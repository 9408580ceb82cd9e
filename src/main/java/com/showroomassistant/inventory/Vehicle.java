package com.showroomassistant.inventory;

import java.time.Instant;
import java.util.List;

/** A vehicle in a showroom's stock; price in whole rupiah. */
public record Vehicle(
        long id,
        String displayId,
        String make,
        String model,
        String variant,
        Integer year,
        Long price,
        Integer mileage,
        String transmission,
        String fuelType,
        String color,
        String plateNumber,
        String status,
        String description,
        List<String> photos,
        Instant createdAt,
        Instant updatedAt) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAvailable() {
        return "available".equals(status);
    }

    /** "Toyota Avanza 1.3 G 2019" */
    public String title() {
        StringBuilder s = new StringBuilder(make).append(' ').append(model);
        if (variant != null && !variant.isBlank()) {
            s.append(' ').append(variant);
        }
        if (year != null) {
            s.append(' ').append(year);
        }
        return s.toString();
    }
}
