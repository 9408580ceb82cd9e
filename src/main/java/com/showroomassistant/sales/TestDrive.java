package com.showroomassistant.sales;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "A test drive a customer asked for or booked")
public record TestDrive(
        long id,
        Long leadId,
        Long vehicleId,

        @Schema(description = "the vehicle's title, when it is still in stock")
        String vehicle,

        @Schema(description = "E.164 digits; null for a customer known only by a WhatsApp LID")
        String customerPhone,

        String customerName,
        Instant scheduledAt,

        @Schema(description = "requested | confirmed | completed | cancelled | no_show")
        String status,

        String notes,
        Instant createdAt) {}
