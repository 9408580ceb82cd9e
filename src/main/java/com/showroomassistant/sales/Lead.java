package com.showroomassistant.sales;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "A prospective buyer met on WhatsApp")
public record Lead(
        long id,

        @Schema(description = "E.164 digits; null for a customer known only by a WhatsApp LID")
        String customerPhone,

        String name,
        String vehiclesOfInterest,
        @Schema(description = "rupiah") Long budget,
        String preferredDate,
        String source,

        @Schema(description = "new | qualified | test_drive | negotiation | won | lost")
        String stage,

        String notes,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "the car the customer offers in trade (CONTRACT 9.4), in GET /leads/{id}; else null")
        TradeIn tradeIn,

        @Schema(description = "the salesperson (staff id) who owns the customer's conversation, or null")
        Long ownerId,

        @Schema(description = "that salesperson's name (their phone when unnamed), or null")
        String ownerName) {

    Lead withTradeIn(TradeIn t) {
        return new Lead(
                id,
                customerPhone,
                name,
                vehiclesOfInterest,
                budget,
                preferredDate,
                source,
                stage,
                notes,
                createdAt,
                updatedAt,
                t,
                ownerId,
                ownerName);
    }
}
