package com.showroomassistant.staff.command;

import com.showroomassistant.inventory.VehicleFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known so far about a vehicle being uploaded; every field may still be missing (null), and {@code facts}
 * holds the optional facts buyers ask about (never null).
 */
public record VehicleFields(
        String make,
        String model,
        String variant,
        Integer year,
        Long price,
        Integer mileage,
        String transmission,
        String fuelType,
        String color,
        String plate,
        VehicleFacts facts,
        Long minimumPrice) {

    static final VehicleFields EMPTY =
            new VehicleFields(null, null, null, null, null, null, null, null, null, null, VehicleFacts.NONE, null);

    public VehicleFields {
        facts = facts == null ? VehicleFacts.NONE : facts;
    }

    /** The fields of the classic one-line upload, without facts. */
    public VehicleFields(
            String make,
            String model,
            String variant,
            Integer year,
            Long price,
            Integer mileage,
            String transmission,
            String fuelType,
            String color,
            String plate) {
        this(make, model, variant, year, price, mileage, transmission, fuelType, color, plate, VehicleFacts.NONE, null);
    }

    /** Values given in {@code newer} replace these ("/upload" with details always wins). */
    VehicleFields overwriteWith(VehicleFields newer) {
        boolean newModel = newer.model != null;
        return new VehicleFields(
                newModel ? newer.make : make,
                newModel ? newer.model : model,
                newModel || newer.variant != null ? newer.variant : variant,
                or(newer.year, year),
                or(newer.price, price),
                or(newer.mileage, mileage),
                or(newer.transmission, transmission),
                or(newer.fuelType, fuelType),
                or(newer.color, color),
                or(newer.plate, plate),
                newer.facts.or(facts),
                or(newer.minimumPrice, minimumPrice));
    }

    /** Only fields still missing are taken from {@code answer}: a plain reply never overwrites what was given. */
    VehicleFields fillMissingFrom(VehicleFields answer) {
        boolean takeModel = model == null && answer.model != null;
        return new VehicleFields(
                takeModel ? answer.make : make,
                takeModel ? answer.model : model,
                takeModel ? answer.variant : variant,
                or(year, answer.year),
                or(price, answer.price),
                or(mileage, answer.mileage),
                or(transmission, answer.transmission),
                or(fuelType, answer.fuelType),
                or(color, answer.color),
                or(plate, answer.plate),
                facts.or(answer.facts),
                or(minimumPrice, answer.minimumPrice));
    }

    /** Required fields still missing, as staff call them. */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        if (make == null || model == null) {
            out.add("merk & model");
        }
        if (year == null) {
            out.add("tahun");
        }
        if (price == null) {
            out.add("harga");
        }
        return out;
    }

    /** A reply that would fill the missing fields, as an example. */
    String exampleForMissing() {
        List<String> parts = new ArrayList<>();
        if (make == null || model == null) {
            parts.add("Toyota Avanza");
        }
        if (year == null) {
            parts.add("2019");
        }
        if (price == null) {
            parts.add("150jt");
        }
        return String.join(" ", parts);
    }

    boolean isEmpty() {
        return equals(EMPTY);
    }

    String title() {
        StringBuilder s = new StringBuilder();
        s.append(make == null ? "(merk?)" : make).append(' ').append(model == null ? "(model?)" : model);
        if (variant != null) {
            s.append(' ').append(variant);
        }
        s.append(' ').append(year == null ? "(tahun?)" : year);
        return s.toString();
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
