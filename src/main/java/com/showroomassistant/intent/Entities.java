package com.showroomassistant.intent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entities extracted from a message. Every field is nullable. Prices are in rupiah, make/model are catalogue
 * canonical names, colour is Indonesian lowercase, plate and date phrase are copied as written.
 */
public record Entities(
        String make,
        String model,
        Integer year,
        Long priceMin,
        Long priceMax,
        String plate,
        String status,
        String color,
        String transmission,
        String fuel,
        String datePhrase) {

    private static final Entities NONE = new Entities(null, null, null, null, null, null, null, null, null, null, null);

    public static Entities none() {
        return NONE;
    }

    /** The same entities with another status ("/status B 1234 ABC sold" from someone not allowed to change it). */
    public Entities withStatus(String newStatus) {
        return new Entities(
                make, model, year, priceMin, priceMax, plate, newStatus, color, transmission, fuel, datePhrase);
    }

    /** Non-null values only, keyed with the eval's snake_case names. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "make", make);
        put(m, "model", model);
        put(m, "year", year);
        put(m, "price_min", priceMin);
        put(m, "price_max", priceMax);
        put(m, "plate", plate);
        put(m, "status", status);
        put(m, "color", color);
        put(m, "transmission", transmission);
        put(m, "fuel", fuel);
        put(m, "date_phrase", datePhrase);
        return m;
    }

    public boolean isEmpty() {
        return toMap().isEmpty();
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
