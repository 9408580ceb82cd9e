package com.showroomassistant.management;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(description = "All-time totals of one showroom")
record Stats(
        ConversationCounts conversations,
        MessageCounts messages,

        @Schema(description = "outbound messages written by the assistant and handed to the gateway")
        long aiReplies,

        @Schema(description = "times a conversation was escalated to staff")
        long escalations,

        @Schema(description = "times staff handed an escalated or human-handled conversation back")
        long resolutions,

        LeadCounts leads,
        VehicleCounts vehicles) {

    record ConversationCounts(long total, long active, long escalated, long closed) {}

    @Schema(
            description = "inbound: customer messages stored in conversations (groups and broadcasts excluded);"
                    + " outbound: messages sent through the gateway or recorded (typed on the showroom phone, demo)")
    record MessageCounts(long inbound, long outbound) {}

    record LeadCounts(
            long total,

            @Schema(description = "every stage, zero included")
            Map<String, Long> byStage) {}

    record VehicleCounts(long total, long available, long booked, long sold) {}
}
