package com.showroomassistant.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A vehicle in a showroom's stock; price in whole rupiah. Its minimum price is not part of it: that is read only
 * where an offer is judged and for the showroom's owner ({@link MinimumPrices}).
 */
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
        @com.fasterxml.jackson.annotation.JsonUnwrapped VehicleFacts facts,
        List<String> photos,
        Instant createdAt,
        Instant updatedAt) {

    public Vehicle {
        facts = facts == null ? VehicleFacts.NONE : facts;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAvailable() {
        return "available".equals(status);
    }

    /** The same car with other facts (the catalogue's body type and seats where the showroom set none). */
    public Vehicle withFacts(VehicleFacts other) {
        return new Vehicle(
                id,
                displayId,
                make,
                model,
                variant,
                year,
                price,
                mileage,
                transmission,
                fuelType,
                color,
                plateNumber,
                status,
                description,
                other,
                photos,
                createdAt,
                updatedAt);
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
