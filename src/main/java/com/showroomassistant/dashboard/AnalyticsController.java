package com.showroomassistant.dashboard;

import com.showroomassistant.tenant.AiConfigs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Messages per day, intents, escalation rate, first-response time and the lead funnel, as inline SVG charts. */
@Controller
class AnalyticsController {

    private final ShowroomNumbers numbers;
    private final AiConfigs configs;
    private final Clock clock;

    AnalyticsController(ShowroomNumbers numbers, AiConfigs configs, Clock clock) {
        this.numbers = numbers;
        this.configs = configs;
        this.clock = clock;
    }

    /** One bar of a chart: its share of the largest value gives its length. */
    record Bar(String label, long value, double share) {
        static List<Bar> of(List<ShowroomNumbers.Count> counts) {
            long max = counts.stream()
                    .mapToLong(ShowroomNumbers.Count::count)
                    .max()
                    .orElse(0);
            return counts.stream()
                    .map(c -> new Bar(c.label(), c.count(), max == 0 ? 0 : (double) c.count() / max))
                    .toList();
        }
    }

    @GetMapping("/app/analytics")
    String analytics(DashboardUser user, @RequestParam(defaultValue = "14") int days, Model model) {
        int span = Math.max(1, Math.min(days, 90));
        ZoneId zone = configs.of(user.tenant()).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = today.minusDays(span - 1L);
        var since = from.atStartOfDay(zone).toInstant();
        var perDay = numbers.messagesPerDay(user.tenant(), from, today, zone);
        long max = perDay.stream()
                .mapToLong(d -> Math.max(d.inbound(), d.outbound()))
                .max()
                .orElse(0);
        model.addAttribute("days", span);
        model.addAttribute("perDay", perDay);
        model.addAttribute("perDayMax", Math.max(1, max));
        model.addAttribute(
                "totalInbound",
                perDay.stream().mapToLong(ShowroomNumbers.Day::inbound).sum());
        model.addAttribute(
                "totalOutbound",
                perDay.stream().mapToLong(ShowroomNumbers.Day::outbound).sum());
        model.addAttribute("intents", Bar.of(numbers.intents(user.tenant(), since)));
        model.addAttribute("escalation", numbers.escalation(user.tenant(), since));
        var firstResponse = numbers.medianFirstResponse(user.tenant(), since);
        model.addAttribute("firstResponseSeconds", firstResponse == null ? null : firstResponse.toMillis() / 1000.0);
        model.addAttribute("funnel", Bar.of(numbers.funnel(user.tenant())));
        model.addAttribute("dayCount", ChronoUnit.DAYS.between(from, today) + 1);
        return "dashboard/analytics";
    }
}
