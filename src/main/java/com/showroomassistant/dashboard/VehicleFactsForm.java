package com.showroomassistant.dashboard;

import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.shared.InvalidFieldException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The vehicle form's facts fields (CONTRACT 9.1), read into {@link VehicleFacts} and written back for editing. */
final class VehicleFactsForm {

    private VehicleFactsForm() {}

    /** The facts the form holds; a value that does not read is put in {@code errors} and left out. */
    static VehicleFacts read(Map<String, String> values, Map<String, String> errors) {
        try {
            return new VehicleFacts(
                    InventoryController.integer(values, "engineCc", errors),
                    InventoryController.blank(values.get("bodyType")),
                    InventoryController.integer(values, "seats", errors),
                    taxDueDate(values.get("taxDueDate"), errors),
                    InventoryController.integer(values, "ownerCount", errors),
                    bpkb(values.get("bpkbAvailable")),
                    InventoryController.blank(values.get("serviceHistory")),
                    InventoryController.blank(values.get("location")));
        } catch (InvalidFieldException e) {
            errors.put(e.field(), e.getMessage());
            return VehicleFacts.NONE;
        }
    }

    static Map<String, String> values(VehicleFacts f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("engineCc", f.engineCc() == null ? "" : f.engineCc().toString());
        m.put("bodyType", f.bodyType());
        m.put("seats", f.seats() == null ? "" : f.seats().toString());
        m.put("taxDueDate", f.taxDueDate() == null ? "" : f.taxDueDate().toString());
        m.put("ownerCount", f.ownerCount() == null ? "" : f.ownerCount().toString());
        m.put(
                "bpkbAvailable",
                f.bpkbAvailable() == null ? "" : f.bpkbAvailable().toString());
        m.put("serviceHistory", f.serviceHistory());
        m.put("location", f.location());
        return m;
    }

    /** An ISO date, or a month ("2026-08") as staff know a tax date, read as its first day. */
    private static LocalDate taxDueDate(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.strip().length() == 7
                    ? YearMonth.parse(value.strip()).atDay(1)
                    : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put("taxDueDate", "must be a date (yyyy-MM-dd) or a month (yyyy-MM)");
            return null;
        }
    }

    private static Boolean bpkb(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }
}
