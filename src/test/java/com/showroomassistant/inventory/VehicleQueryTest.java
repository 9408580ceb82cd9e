package com.showroomassistant.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory filter must agree with the SQL search it replaces on the hot path. */
class VehicleQueryTest {

    static Vehicle vehicle(
            String make, String model, Integer year, Long price, String transmission, String color, String status) {
        return new Vehicle(
                1,
                "AV-0001",
                make,
                model,
                null,
                year,
                price,
                null,
                transmission,
                null,
                color,
                null,
                status,
                null,
                null,
                List.of(),
                null,
                null);
    }

    static VehicleQuery query(
            String make,
            List<String> models,
            Integer yearMin,
            Integer yearMax,
            Long priceMin,
            Long priceMax,
            String transmission,
            String color,
            boolean availableOnly) {
        return new VehicleQuery(make, models, yearMin, yearMax, priceMin, priceMax, transmission, color, availableOnly);
    }

    final Vehicle avanza = vehicle("Toyota", "Avanza", 2019, 150_000_000L, "automatic", "Hitam", "available");

    @Test
    void anEmptyQueryMatchesEveryVehicleAndAvailableOnlyDropsSoldOnes() {
        Vehicle sold = vehicle("Honda", "Brio", 2020, 140_000_000L, "manual", "merah", "sold");
        assertThat(VehicleQuery.all().matches(avanza)).isTrue();
        assertThat(VehicleQuery.all().matches(sold)).isTrue();
        assertThat(query(null, List.of(), null, null, null, null, null, null, true)
                        .matches(sold))
                .isFalse();
        assertThat(query(null, List.of(), null, null, null, null, null, null, true)
                        .matches(avanza))
                .isTrue();
    }

    @Test
    void makeModelAndColourCompareWithoutCase() {
        assertThat(query("toyota", List.of(), null, null, null, null, null, null, false)
                        .matches(avanza))
                .isTrue();
        assertThat(query("honda", List.of(), null, null, null, null, null, null, false)
                        .matches(avanza))
                .isFalse();
        assertThat(query(null, List.of("brio", "AVANZA"), null, null, null, null, null, null, false)
                        .matches(avanza))
                .isTrue();
        assertThat(query(null, List.of("xenia"), null, null, null, null, null, null, false)
                        .matches(avanza))
                .isFalse();
        assertThat(query(null, List.of(), null, null, null, null, null, "hitam", false)
                        .matches(avanza))
                .isTrue();
        assertThat(query(null, List.of(), null, null, null, null, null, "putih", false)
                        .matches(avanza))
                .isFalse();
    }

    @Test
    void rangesAreInclusiveAndAMissingValueNeverMatchesARange() {
        assertThat(query(null, List.of(), 2019, 2019, 150_000_000L, 150_000_000L, null, null, false)
                        .matches(avanza))
                .isTrue();
        assertThat(query(null, List.of(), 2020, null, null, null, null, null, false)
                        .matches(avanza))
                .isFalse();
        assertThat(query(null, List.of(), null, null, null, 149_999_999L, null, null, false)
                        .matches(avanza))
                .isFalse();
        Vehicle unpriced = vehicle("Toyota", "Avanza", null, null, null, null, "available");
        assertThat(query(null, List.of(), null, null, null, 200_000_000L, null, null, false)
                        .matches(unpriced))
                .isFalse();
        assertThat(query(null, List.of(), 2010, null, null, null, null, null, false)
                        .matches(unpriced))
                .isFalse();
        assertThat(query("toyota", List.of(), null, null, null, null, null, null, false)
                        .matches(unpriced))
                .isTrue();
    }

    @Test
    void transmissionMatchesExactlyAsStored() {
        assertThat(query(null, List.of(), null, null, null, null, "automatic", null, false)
                        .matches(avanza))
                .isTrue();
        assertThat(query(null, List.of(), null, null, null, null, "manual", null, false)
                        .matches(avanza))
                .isFalse();
    }
}
