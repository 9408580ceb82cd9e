package com.showroomassistant.inventory;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.vocabulary.VehicleTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The used-car facts buyers ask about (CONTRACT 9.1), all optional. They validate themselves: a value out of range
 * is an {@link InvalidFieldException} naming the field, answered as a 400 whether it came from the API, a CSV row or
 * the dashboard.
 */
public record VehicleFacts(
        @Schema(description = "engine size in cc") Integer engineCc,

        @Schema(description = "mpv | suv | sedan | hatchback | pickup | van | coupe | other")
        String bodyType,

        Integer seats,

        @Schema(description = "when the STNK tax (pajak) falls due")
        LocalDate taxDueDate,

        @Schema(description = "owners so far (tangan ke-)") Integer ownerCount,

        @Schema(description = "the BPKB is with the showroom")
        Boolean bpkbAvailable,

        String serviceHistory,
        @Schema(description = "where the car can be seen") String location) {

    public static final VehicleFacts NONE = new VehicleFacts(null, null, null, null, null, null, null, null);

    public VehicleFacts {
        check("engineCc", engineCc, 50, 10_000);
        check("seats", seats, 1, 60);
        check("ownerCount", ownerCount, 1, 20);
        bodyType = blankToNull(bodyType);
        if (bodyType != null) {
            bodyType = bodyType.toLowerCase(Locale.ROOT);
            if (!VehicleTerms.bodyTypes().contains(bodyType)) {
                throw new InvalidFieldException(
                        "bodyType", "must be one of " + String.join(", ", VehicleTerms.bodyTypes()));
            }
        }
        if (taxDueDate != null && (taxDueDate.getYear() < 1900 || taxDueDate.getYear() > 2100)) {
            throw new InvalidFieldException("taxDueDate", "must be a date between 1900 and 2100");
        }
        serviceHistory = text("serviceHistory", serviceHistory, 2000);
        location = text("location", location, 200);
    }

    /** These facts, with each one missing taken from {@code fallback}. */
    public VehicleFacts or(VehicleFacts fallback) {
        if (fallback == null) {
            return this;
        }
        return new VehicleFacts(
                engineCc != null ? engineCc : fallback.engineCc,
                bodyType != null ? bodyType : fallback.bodyType,
                seats != null ? seats : fallback.seats,
                taxDueDate != null ? taxDueDate : fallback.taxDueDate,
                ownerCount != null ? ownerCount : fallback.ownerCount,
                bpkbAvailable != null ? bpkbAvailable : fallback.bpkbAvailable,
                serviceHistory != null ? serviceHistory : fallback.serviceHistory,
                location != null ? location : fallback.location);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static void check(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
    }

    private static String text(String field, String value, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
