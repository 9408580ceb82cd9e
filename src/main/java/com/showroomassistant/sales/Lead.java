package com.showroomassistant.sales;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "A prospective buyer met on WhatsApp")
public record Lead(
        long id,
        @Schema(description = "E.164 digits; null for a customer known only by a WhatsApp LID") String customerPhone,
        String name,
        String vehiclesOfInterest,
        @Schema(description = "rupiah") Long budget,
        String preferredDate,
        String source,
        @Schema(description = "new | qualified | test_drive | negotiation | won | lost") String stage,
        String notes,
        Instant createdAt,
        Instant updatedAt) {}
