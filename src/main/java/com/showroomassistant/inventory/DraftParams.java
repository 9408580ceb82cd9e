package com.showroomassistant.inventory;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import tools.jackson.databind.json.JsonMapper;

/** Binds a {@link VehicleDraft} to the named parameters the vehicle statements use. */
class DraftParams extends MapSqlParameterSource {

    DraftParams(VehicleDraft d, JsonMapper json) {
        addValue("make", d.make().strip());
        addValue("model", d.model().strip());
        addValue("variant", d.variant());
        addValue("year", d.year());
        addValue("price", d.price());
        addValue("mileage", d.mileage());
        addValue("transmission", d.transmission());
        addValue("fuelType", d.fuelType());
        addValue("color", d.color() == null ? null : d.color().strip().toLowerCase());
        addValue("plate", VehicleDraft.normalisePlate(d.plateNumber()));
        addValue("status", d.status() == null ? "available" : d.status());
        addValue("description", d.description());
        addValue("photos", json.writeValueAsString(d.photos() == null ? List.of() : d.photos()));
        VehicleFacts f = d.facts();
        addValue("engineCc", f.engineCc());
        addValue("bodyType", f.bodyType());
        addValue("seats", f.seats());
        addValue("taxDueDate", f.taxDueDate());
        addValue("ownerCount", f.ownerCount());
        addValue("bpkbAvailable", f.bpkbAvailable());
        addValue("serviceHistory", f.serviceHistory());
        addValue("location", f.location());
        addValue("minimumPrice", d.minimumPrice());
    }
}
