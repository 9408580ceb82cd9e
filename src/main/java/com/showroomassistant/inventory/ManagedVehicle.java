package com.showroomassistant.inventory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A vehicle as its showroom's management API shows it, with the internal minimum price: the tenant key is the
 * owner's, and nothing customer-facing reads this type.
 */
@Schema(name = "Vehicle")
record ManagedVehicle(
        @JsonUnwrapped Vehicle vehicle,

        @Schema(description = "rupiah; internal, never shown to customers, in staff notices or to the model")
        Long minimumPrice) {}
