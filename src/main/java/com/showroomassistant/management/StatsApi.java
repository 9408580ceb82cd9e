package com.showroomassistant.management;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.AiConfigs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai")
@Tag(name = "Statistics", description = "Totals and analytics of the showroom's WhatsApp assistant")
class StatsApi {

    static final int MAX_DAYS = 366;
    private final Statistics statistics;
    private final Analytics analytics;
    private final AiConfigs configs;
    private final Clock clock;

    StatsApi(Statistics statistics, Analytics analytics, AiConfigs configs, Clock clock) {
        this.statistics = statistics;
        this.analytics = analytics;
        this.configs = configs;
        this.clock = clock;
    }

    @GetMapping("/stats")
    @Operation(
            summary = "All-time totals",
            description = "Conversations by status, messages in and out, assistant replies,"
                    + " escalations and resolutions, leads by stage, vehicles by status.")
    Stats stats(TenantId tenant) {
        return statistics.of(tenant);
    }

    @GetMapping("/analytics")
    @Operation(
            summary = "Analytics over a date range",
            description = "Both dates inclusive, in the showroom's timezone;"
                    + " without dates, the 30 days up to today. At most " + MAX_DAYS + " days.")
    AnalyticsReport analytics(
            TenantId tenant,
            @Parameter(description = "first day, ISO date (2026-11-01)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day, ISO date, inclusive")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        LocalDate last = to != null
                ? to
                : LocalDate.now(clock.withZone(configs.of(tenant).zone()));
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            throw new InvalidFieldException("to", "the range may span at most " + MAX_DAYS + " days");
        }
        return analytics.report(tenant, first, last);
    }
}
