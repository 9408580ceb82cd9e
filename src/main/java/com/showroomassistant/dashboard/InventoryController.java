package com.showroomassistant.dashboard;

import com.showroomassistant.inventory.MinimumPrices;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleDraft;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stock: list with status changes in place, add and edit with validation, photos when present. */
@Controller
class InventoryController {

    private final Vehicles vehicles;
    private final Validator validator;
    private final MinimumPrices minimums;
    private final com.showroomassistant.inventory.StockCsv csv;

    InventoryController(
            Vehicles vehicles,
            Validator validator,
            MinimumPrices minimums,
            com.showroomassistant.inventory.StockCsv csv) {
        this.csv = csv;
        this.minimums = minimums;
        this.vehicles = vehicles;
        this.validator = validator;
    }

    @GetMapping("/app/inventory")
    String list(
            DashboardUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            Model model) {
        String filter = status == null || status.isBlank() ? null : status;
        model.addAttribute("status", filter);
        model.addAttribute("q", q);
        model.addAttribute("page", vehicles.list(user.tenant(), filter, q, 0, 200));
        model.addAttribute("owner", user.isOwner());
        return "dashboard/inventory";
    }

    /**
     * The owner's spreadsheet of the whole stock, the same file as the API's (CONTRACT 9.5). It carries the internal
     * minimum prices, so staff accounts get 403.
     */
    @GetMapping("/app/inventory/export.csv")
    org.springframework.http.ResponseEntity<String> export(DashboardUser user) {
        if (!user.isOwner()) {
            return org.springframework.http.ResponseEntity.status(403).build();
        }
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"stok.csv\"")
                .contentType(
                        new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.export(user.tenant()));
    }

    /** Loads a spreadsheet (owner only): valid rows are upserted by plate, and the page lists the rejected ones. */
    @PostMapping("/app/inventory/import")
    String importCsv(
            DashboardUser user, @RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model)
            throws java.io.IOException {
        if (!user.isOwner()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.FORBIDDEN);
        }
        try {
            model.addAttribute(
                    "imported",
                    csv.importCsv(user.tenant(), new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (com.showroomassistant.shared.InvalidFieldException e) {
            model.addAttribute("importError", e.getMessage());
        }
        return list(user, null, null, model);
    }

    @PostMapping("/app/inventory/{id}/status")
    String status(DashboardUser user, @PathVariable long id, @RequestParam String status, Model model) {
        if (!List.of("available", "booked", "sold").contains(status)) {
            throw new IllegalArgumentException("status must be available, booked or sold");
        }
        vehicles.setStatus(user.tenant(), id, status);
        model.addAttribute("v", vehicles.get(user.tenant(), id));
        return "dashboard/inventory :: row";
    }

    @GetMapping("/app/inventory/new")
    String create(DashboardUser user, Model model) {
        return form(
                user,
                null,
                new LinkedHashMap<>(Map.of("status", "available", "transmission", "automatic", "fuelType", "bensin")),
                Map.of(),
                model);
    }

    @GetMapping("/app/inventory/{id}")
    String edit(DashboardUser user, @PathVariable long id, Model model) {
        Vehicle vehicle = vehicles.get(user.tenant(), id);
        Map<String, String> values = values(vehicle);
        if (user.isOwner()) {
            values.put(
                    "minimumPrice",
                    minimums.of(user.tenant(), id).map(String::valueOf).orElse(""));
        }
        return form(user, vehicle, values, Map.of(), model);
    }

    @PostMapping({"/app/inventory/new", "/app/inventory/{id}"})
    String save(
            DashboardUser user,
            @PathVariable(required = false) Long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, v.getFirst().strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        // only the owner sees and sets the minimum price; a staff member's save keeps the one stored
        Long minimum = user.isOwner()
                ? whole(values, "minimumPrice", errors)
                : id == null ? null : minimums.of(user.tenant(), id).orElse(null);
        VehicleDraft draft = new VehicleDraft(
                values.get("make"),
                values.get("model"),
                blank(values.get("variant")),
                integer(values, "year", errors),
                whole(values, "price", errors),
                integer(values, "mileage", errors),
                blank(values.get("transmission")),
                blank(values.get("fuelType")),
                blank(values.get("color")),
                VehicleDraft.normalisePlate(values.get("plateNumber")),
                values.getOrDefault("status", "available"),
                blank(values.get("description")),
                VehicleFactsForm.read(values, errors),
                minimum,
                photos(values.get("photos")));
        validator
                .validate(draft)
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        Vehicle existing = id == null ? null : vehicles.get(user.tenant(), id);
        if (errors.isEmpty()) {
            try {
                draft = vehicles.withOwnPhotos(user.tenant(), draft);
            } catch (InvalidFieldException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        if (errors.isEmpty()) {
            try {
                Vehicle saved =
                        id == null ? vehicles.add(user.tenant(), draft) : vehicles.update(user.tenant(), id, draft);
                flash.addFlashAttribute("notice", "inventory.saved");
                flash.addFlashAttribute("savedId", saved.displayId());
                return "redirect:/app/inventory";
            } catch (ConflictException e) {
                errors.put("plateNumber", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(user, existing, values, errors, model);
    }

    private String form(
            DashboardUser user, Vehicle vehicle, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("owner", user.isOwner());
        model.addAttribute("vehicle", vehicle);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "dashboard/vehicle-form";
    }

    private static Map<String, String> values(Vehicle v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("make", v.make());
        m.put("model", v.model());
        m.put("variant", v.variant());
        m.put("year", v.year() == null ? "" : v.year().toString());
        m.put("price", v.price() == null ? "" : v.price().toString());
        m.put("mileage", v.mileage() == null ? "" : v.mileage().toString());
        m.put("transmission", v.transmission());
        m.put("fuelType", v.fuelType());
        m.put("color", v.color());
        m.put("plateNumber", v.plateNumber());
        m.put("status", v.status());
        m.put("description", v.description());
        m.put("photos", String.join("\n", v.photos()));
        m.putAll(VehicleFactsForm.values(v.facts()));
        return m;
    }

    private static List<String> photos(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Integer integer(Map<String, String> values, String field, Map<String, String> errors) {
        Long n = whole(values, field, errors);
        if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            errors.put(field, "too large");
            return null;
        }
        return n == null ? null : n.intValue();
    }

    /** Accepts "150.000.000" or "150000000" as typed in Indonesia; empty is no value. */
    static Long whole(Map<String, String> values, String field, Map<String, String> errors) {
        String s = values.get(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }
}
