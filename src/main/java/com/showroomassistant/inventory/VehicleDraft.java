package com.showroomassistant.inventory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a caller may set on a vehicle (create or full update). */
public record VehicleDraft(
        @NotBlank @Size(max = 60) String make,
        @NotBlank @Size(max = 60) String model,
        @Size(max = 100) String variant,
        @Min(1950) @Max(2100) Integer year,
        @PositiveOrZero Long price,
        @PositiveOrZero Integer mileage,

        @Pattern(regexp = "manual|automatic", message = "must be manual or automatic")
        String transmission,

        @Pattern(regexp = "bensin|diesel|hybrid|listrik", message = "must be bensin, diesel, hybrid or listrik")
        String fuelType,

        @Size(max = 40) String color,
        @Size(max = 16) String plateNumber,

        @Pattern(regexp = "available|booked|sold", message = "must be available, booked or sold")
        String status,

        @Size(max = 4000) String description,
        @com.fasterxml.jackson.annotation.JsonUnwrapped VehicleFacts facts,

        @Schema(
                description = "rupiah; internal: the lowest offer the assistant may hand to staff, never shown to"
                        + " customers, in staff notices or to the model")
        @PositiveOrZero
        Long minimumPrice,

        @Size(max = 20) List<@Size(max = 500) String> photos) {

    public VehicleDraft {
        status = status == null ? "available" : status;
        facts = facts == null ? VehicleFacts.NONE : facts;
        photos = photos == null ? List.of() : photos;
    }

    public VehicleDraft withPhotos(List<String> urls) {
        return new VehicleDraft(
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
                facts,
                minimumPrice,
                urls);
    }

    /** The draft that would store {@code v} as it is, with its minimum price. */
    public static VehicleDraft of(Vehicle v, Long minimumPrice) {
        return new VehicleDraft(
                v.make(),
                v.model(),
                v.variant(),
                v.year(),
                v.price(),
                v.mileage(),
                v.transmission(),
                v.fuelType(),
                v.color(),
                v.plateNumber(),
                v.status(),
                v.description(),
                v.facts(),
                minimumPrice,
                v.photos());
    }

    /** Plates compare without spaces, upper case: "b 1234 xyz" and "B1234XYZ" are one car. */
    public static String normalisePlate(String plate) {
        return plate == null || plate.isBlank()
                ? null
                : plate.replaceAll("\\s+", "").toUpperCase();
    }
}
