package com.showroomassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.tenant.AiConfig;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final BusinessHours weekdays =
            new BusinessHours(Map.of("monday", new AiConfig.OpeningHours("09:00", "17:00")), JAKARTA);

    @Test
    void openUntilIsTodaysClosingInTheShowroomsZoneAndEmptyWhenClosed() {
        // Monday 7 December 2026, 10:00 in Jakarta
        Instant monday10 = Instant.parse("2026-12-07T03:00:00Z");
        assertThat(weekdays.openUntil(monday10)).contains(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(weekdays.openUntil(Instant.parse("2026-12-07T10:00:00Z"))).isEmpty();
        assertThat(weekdays.openUntil(Instant.parse("2026-12-08T03:00:00Z"))).isEmpty();
        assertThat(new BusinessHours(null, JAKARTA).openUntil(monday10)).contains(Instant.MAX);
        assertThat(new BusinessHours(Map.of(), JAKARTA).isOpen(monday10)).isFalse();
    }
}
