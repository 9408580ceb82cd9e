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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Stock in bulk (CONTRACT 9.5): a header row of vehicle field names, photos as URLs separated by {@code |}, upsert
 * by plate. Each row stands alone, so a file with rejected rows still imports the valid ones; a row equal to the car
 * in stock changes nothing, so an export imported back changes nothing.
 */
@Component
class StockCsv {

    static final List<String> FIELDS = List.of("make", "model", "variant", "year", "price", "mileage", "transmission",
            "fuelType", "color", "plateNumber", "status", "description", "photos");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(FIELDS.toArray(String[]::new)).get();

    private final Vehicles vehicles;
    private final Validator validator;

    StockCsv(Vehicles vehicles, Validator validator) {
        this.vehicles = vehicles;
        this.validator = validator;
    }

    record Rejected(long line, String field, String message) {}

    record ImportResult(int created, int updated, List<Rejected> rejected) {}

    String export(TenantId tenant) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Vehicle v : vehicles.all(tenant).stream().sorted(Comparator.comparingLong(Vehicle::id)).toList()) {
                printer.printRecord(v.make(), v.model(), v.variant(), v.year(), v.price(), v.mileage(), v.transmission(),
                        v.fuelType(), v.color(), v.plateNumber(), v.status(), v.description(), String.join("|", v.photos()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    ImportResult importCsv(TenantId tenant, String csv) {
        int created = 0;
        int updated = 0;
        List<Rejected> rejected = new ArrayList<>();
        CSVFormat reading = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv), reading)) {
            List<String> unknown = parser.getHeaderNames().stream().filter(h -> !FIELDS.contains(h)).toList();
            if (!unknown.isEmpty() || !parser.getHeaderNames().containsAll(List.of("make", "model"))) {
                throw new InvalidFieldException("header", "must name vehicle fields (make and model at least) among "
                        + String.join(",", FIELDS) + (unknown.isEmpty() ? "" : "; unknown: " + String.join(",", unknown)));
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
                    switch (upsert(tenant, draft)) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> { }
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

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private Outcome upsert(TenantId tenant, VehicleDraft draft) {
        Optional<Vehicle> existing = draft.plateNumber() == null ? Optional.empty()
                : vehicles.findByReference(tenant, draft.plateNumber())
                        .filter(v -> draft.plateNumber().equalsIgnoreCase(v.plateNumber()));
        VehicleDraft own = vehicles.withOwnPhotos(tenant, draft);
        if (existing.isEmpty()) {
            vehicles.add(tenant, own);
            return Outcome.CREATED;
        }
        if (same(existing.get(), own)) {
            return Outcome.UNCHANGED;
        }
        vehicles.update(tenant, existing.get().id(), own);
        return Outcome.UPDATED;
    }

    private static boolean same(Vehicle v, VehicleDraft d) {
        return java.util.Objects.equals(v.make(), d.make()) && java.util.Objects.equals(v.model(), d.model())
                && java.util.Objects.equals(v.variant(), d.variant()) && java.util.Objects.equals(v.year(), d.year())
                && java.util.Objects.equals(v.price(), d.price()) && java.util.Objects.equals(v.mileage(), d.mileage())
                && java.util.Objects.equals(v.transmission(), d.transmission())
                && java.util.Objects.equals(v.fuelType(), d.fuelType()) && java.util.Objects.equals(v.color(), d.color())
                && java.util.Objects.equals(v.status(), d.status() == null ? "available" : d.status())
                && java.util.Objects.equals(v.description(), d.description())
                && java.util.Objects.equals(v.photos(), d.photos() == null ? List.of() : d.photos());
    }

    private static VehicleDraft draft(CSVRecord r) {
        return new VehicleDraft(text(r, "make"), text(r, "model"), text(r, "variant"), integer(r, "year"),
                whole(r, "price"), integer(r, "mileage"), text(r, "transmission"), text(r, "fuelType"), text(r, "color"),
                VehicleDraft.normalisePlate(text(r, "plateNumber")), text(r, "status"), text(r, "description"),
                text(r, "photos") == null ? List.of()
                        : Arrays.stream(text(r, "photos").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
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
        for (String field : List.of("year", "price", "mileage")) {
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
