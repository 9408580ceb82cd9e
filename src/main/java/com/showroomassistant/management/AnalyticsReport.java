package com.showroomassistant.management;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Schema(
        description =
                "A showroom's numbers over a date range, days counted in the tenant's timezone, both ends inclusive."
                        + " A rate is null when its denominator is zero.")
record AnalyticsReport(
        LocalDate from,
        LocalDate to,
        String timezone,
        Totals totals,

        @Schema(description = "every day of the range, zero days included")
        List<Day> messagesPerDay,

        @Schema(description = "intents of the customers' inbound messages, most frequent first")
        Map<String, Long> intents,

        @Schema(description = "replies written by the assistant / all replies to customers (assistant, human, system)")
        Double aiReplyRate,

        @Schema(
                description =
                        "conversations escalated in the range / conversations with customer messages in the range")
        Double escalationRate,

        @Schema(
                description =
                        "escalations of the range that staff resolved (before any further escalation) / escalations")
        Double resolutionRate,

        @Schema(
                description =
                        "median seconds from a customer message that starts a wait to the first reply to that customer")
        Double medianFirstResponseSeconds,

        @Schema(description = "leads created in the range, by their current stage")
        Map<String, Long> leadsByStage) {

    record Totals(
            long conversationsStarted,

            @Schema(description = "conversations with customer messages in the range")
            long conversationsWithMessages,

            long inbound,
            long outbound,
            long aiReplies,
            long repliesToCustomers,
            long escalations,
            long escalationsResolved,
            long firstResponses,
            long newLeads,

            @Schema(
                    description =
                            "conversations closed in the range after showroom.conversation.idle-close without a message")
            long conversationsClosed) {}

    record Day(LocalDate date, long inbound, long outbound) {}
}
