package com.showroomassistant.sales;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "The customer's car offered in trade (tukar tambah), as they described it; only staff value it")
public record TradeIn(
        String make,
        String model,
        Integer year,
        Integer mileage,

        @Schema(description = "the customer's photos, kept by this service")
        List<String> photos,

        String notes) {

    public TradeIn {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** What is still to be asked, in the customer's words. */
    List<String> missing() {
        List<String> out = new java.util.ArrayList<>();
        if (make == null && model == null) {
            out.add("merek & model");
        }
        if (year == null) {
            out.add("tahun");
        }
        if (mileage == null) {
            out.add("kilometer");
        }
        if (photos.isEmpty()) {
            out.add("beberapa foto (depan, samping, interior)");
        }
        return out;
    }

    String summary() {
        String car = ((make == null ? "" : make + " ") + (model == null ? "" : model)).strip();
        return (car.isEmpty() ? "mobil" : car)
                + (year == null ? "" : " " + year)
                + (mileage == null
                        ? ""
                        : ", "
                                + String.format(java.util.Locale.ROOT, "%,d", mileage)
                                        .replace(',', '.') + " km")
                + (photos.isEmpty() ? "" : ", " + photos.size() + " foto");
    }
}
