package com.showroomassistant.inventory;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.TenantId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stock in bulk (CONTRACT 9.5): a header row of vehicle field names, photos as URLs separated by {@code |}, upsert
 * by plate. Each row stands alone, so a file with rejected rows still imports the valid ones; a row equal to the car
 * in stock changes nothing, so an export imported back changes nothing.
 */
@Component
public class StockCsv {

    static final List<String> FIELDS = List.of(
            "make",
            "model",
            "variant",
            "year",
            "price",
            "mileage",
            "transmission",
            "fuelType",
            "color",
            "plateNumber",
            "status",
            "description",
            "photos",
            "engineCc",
            "bodyType",
            "seats",
            "taxDueDate",
            "ownerCount",
            "bpkbAvailable",
            "serviceHistory",
            "location",
            "minimumPrice");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader(FIELDS.toArray(String[]::new)).get();

    private final Vehicles vehicles;
    private final Validator validator;
    private final JsonMapper json;
    private final MinimumPrices minimums;

    StockCsv(Vehicles vehicles, Validator validator, JsonMapper json, MinimumPrices minimums) {
        this.minimums = minimums;
        this.vehicles = vehicles;
        this.validator = validator;
        this.json = json;
    }

    public record Rejected(long line, String field, String message) {}

    public record ImportResult(int created, int updated, List<Rejected> rejected) {}

    /** The management API's and the owner's export: the showroom's own file, so it carries the minimum prices too. */
    public String export(TenantId tenant) {
        StringWriter out = new StringWriter();
        Map<Long, Long> prices = minimums.all(tenant);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Vehicle v : vehicles.all(tenant).stream()
                    .sorted(Comparator.comparingLong(Vehicle::id))
                    .toList()) {
                VehicleFacts f = v.facts();
                printer.printRecord(
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
                        String.join("|", v.photos()),
                        f.engineCc(),
                        f.bodyType(),
                        f.seats(),
                        f.taxDueDate(),
                        f.ownerCount(),
                        f.bpkbAvailable(),
                        f.serviceHistory(),
                        f.location(),
                        prices.get(v.id()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public ImportResult importCsv(TenantId tenant, String csv) {
        int created = 0;
        int updated = 0;
        List<Rejected> rejected = new ArrayList<>();
        CSVFormat reading = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv), reading)) {
            List<String> unknown = parser.getHeaderNames().stream()
                    .filter(h -> !FIELDS.contains(h))
                    .toList();
            if (!unknown.isEmpty() || !parser.getHeaderNames().containsAll(List.of("make", "model"))) {
                throw new InvalidFieldException(
                        "header",
                        "must name vehicle fields (make and model at least) among " + String.join(",", FIELDS)
                                + (unknown.isEmpty() ? "" : "; unknown: " + String.join(",", unknown)));
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1; // the header is line 1
                try {
                    VehicleDraft draft = draft(record);
                    List<Rejected> problems = validate(draft, line);
                    if (!problems.isEmpty()) {
                        rejected.addAll(problems);
                        continue;
                    }
                    switch (upsert(tenant, draft, parser.getHeaderNames())) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> {}
                    }
                } catch (InvalidFieldException e) {
                    rejected.add(new Rejected(line, e.field(), e.getMessage()));
                } catch (NumberFormatException e) {
                    rejected.add(new Rejected(line, numberField(record), "must be a whole number"));
                } catch (com.showroomassistant.shared.ConflictException e) {
                    rejected.add(new Rejected(line, "plateNumber", e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidFieldException("body", "is not readable CSV: " + e.getMessage());
        }
        return new ImportResult(created, updated, rejected);
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * Creates the car, or updates the one with the plate. A column the file does not have keeps the stored value,
     * so a file written before the vehicle facts existed does not wipe them.
     */
    private Outcome upsert(TenantId tenant, VehicleDraft draft, List<String> header) {
        Optional<Vehicle> existing = draft.plateNumber() == null
                ? Optional.empty()
                : vehicles.findByReference(tenant, draft.plateNumber())
                        .filter(v -> draft.plateNumber().equalsIgnoreCase(v.plateNumber()));
        if (existing.isEmpty()) {
            vehicles.add(tenant, vehicles.withOwnPhotos(tenant, draft));
            return Outcome.CREATED;
        }
        VehicleDraft stored = VehicleDraft.of(
                existing.get(), minimums.of(tenant, existing.get().id()).orElse(null));
        VehicleDraft own = vehicles.withOwnPhotos(tenant, keepUnnamed(draft, stored, header));
        if (own.equals(stored)) {
            return Outcome.UNCHANGED;
        }
        vehicles.update(tenant, existing.get().id(), own);
        return Outcome.UPDATED;
    }

    /** The row's values for the columns the file has, the stored ones for the rest. */
    private VehicleDraft keepUnnamed(VehicleDraft row, VehicleDraft stored, List<String> header) {
        Map<String, Object> values = new HashMap<>(json.convertValue(stored, FIELD_MAP));
        Map<String, Object> given = json.convertValue(row, FIELD_MAP);
        header.forEach(field -> values.put(field, given.get(field)));
        return json.convertValue(values, VehicleDraft.class);
    }

    private static final TypeReference<Map<String, Object>> FIELD_MAP = new TypeReference<>() {};

    private static VehicleDraft draft(CSVRecord r) {
        return new VehicleDraft(
                text(r, "make"),
                text(r, "model"),
                text(r, "variant"),
                integer(r, "year"),
                whole(r, "price"),
                integer(r, "mileage"),
                text(r, "transmission"),
                text(r, "fuelType"),
                text(r, "color"),
                VehicleDraft.normalisePlate(text(r, "plateNumber")),
                text(r, "status"),
                text(r, "description"),
                new VehicleFacts(
                        integer(r, "engineCc"),
                        text(r, "bodyType"),
                        integer(r, "seats"),
                        date(r, "taxDueDate"),
                        integer(r, "ownerCount"),
                        bool(r, "bpkbAvailable"),
                        text(r, "serviceHistory"),
                        text(r, "location")),
                whole(r, "minimumPrice"),
                text(r, "photos") == null
                        ? List.of()
                        : Arrays.stream(text(r, "photos").split("\\|"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList());
    }

    private static java.time.LocalDate date(CSVRecord r, String field) {
        String value = text(r, field);
        try {
            return value == null ? null : java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be an ISO date (yyyy-MM-dd)");
        }
    }

    private static Boolean bool(CSVRecord r, String field) {
        String value = text(r, field);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "ya", "yes", "1" -> true;
            case "false", "tidak", "no", "0" -> false;
            default -> throw new InvalidFieldException(field, "must be true or false");
        };
    }

    private List<Rejected> validate(VehicleDraft draft, long line) {
        List<Rejected> out = new ArrayList<>();
        for (ConstraintViolation<VehicleDraft> v : validator.validate(draft)) {
            String field = v.getPropertyPath().toString().replaceAll("[\\[.].*$", "");
            out.add(new Rejected(line, field, v.getMessage()));
        }
        out.sort(Comparator.comparing(Rejected::field));
        return out;
    }

    private static String text(CSVRecord r, String field) {
        if (!r.isMapped(field) || !r.isSet(field)) {
            return null;
        }
        String value = r.get(field).strip();
        return value.isEmpty() ? null : value;
    }

    private static Integer integer(CSVRecord r, String field) {
        String value = text(r, field);
        return value == null ? null : Integer.valueOf(value.replaceAll("[.,](?=\\d{3}(?:\\D|$))", ""));
    }

    private static Long whole(CSVRecord r, String field) {
        String value = text(r, field);
        return value == null ? null : Long.valueOf(value.replaceAll("[.,](?=\\d{3}(?:\\D|$))", ""));
    }

    /** The first number field of the row that does not read as one. */
    private static String numberField(CSVRecord r) {
        for (String field : List.of("year", "price", "mileage", "engineCc", "seats", "ownerCount", "minimumPrice")) {
            try {
                whole(r, field);
            } catch (NumberFormatException e) {
                return field;
            }
        }
        return "row";
    }

    static Map<String, Object> asJson(ImportResult result) {
        return Map.of("created", result.created(), "updated", result.updated(), "rejected", result.rejected());
    }
}
