package com.showroomassistant.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePhrasesTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @ParameterizedTest(name = "{1} at {0} -> {2} {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // Thursday 26 Nov 2026, mid-morning
                "2026-11-26T10:00 | besok jam 10            | 2026-11-27 | 10:00",
                "2026-11-26T10:00 | sabtu pagi              | 2026-11-28 | 10:00",
                "2026-11-26T10:00 | hari kamis jam 2 siang  | 2026-11-26 | 14:00",
                "2026-11-26T10:00 | lusa                    | 2026-11-28 | -",
                "2026-11-26T10:00 | bisa hari minggu sore?  | 2026-11-29 | 15:00",
                "2026-11-26T10:00 | minggu depan aja        | -          | -",
                "2026-11-26T10:00 | jam 7 malam bisa?       | 2026-11-26 | 19:00",
                "2026-11-26T10:00 | jam 9 pagi              | 2026-11-27 | 09:00",
                "2026-11-26T10:00 | 28/11 jam 13.30         | 2026-11-28 | 13:30",
                "2026-11-26T10:00 | tgl 3 desember jam 11   | 2026-12-03 | 11:00",
                "2026-11-26T10:00 | senin depan jam 4 sore  | 2026-11-30 | 16:00",
                "2026-11-26T10:00 | kamis depan             | 2026-12-03 | -",
                "2026-11-26T10:00 | jam 2                   | 2026-11-26 | 14:00",
                // around midnight in Jakarta: the local date, not UTC's, decides what tomorrow is
                "2026-11-26T23:45 | besok pagi              | 2026-11-27 | 10:00",
                "2026-11-27T00:15 | besok jam 10            | 2026-11-28 | 10:00",
                "2026-11-27T00:15 | hari ini jam 10         | 2026-11-27 | 10:00",
                // weekends: Saturday asking for Saturday and Sunday
                "2026-11-28T16:00 | sabtu jam 10            | 2026-11-28 | 10:00",
                "2026-11-28T16:00 | sabtu depan             | 2026-12-05 | -",
                "2026-11-28T16:00 | minggu siang            | 2026-11-29 | 13:00",
                "2026-12-31T20:00 | besok jam 10            | 2027-01-01 | 10:00",
                "2026-11-26T10:00 | avanza masih ada?       | -          | -",
            })
    void understandsIndonesianDatePhrases(String now, String text, String date, String time) {
        var parsed = DatePhrases.parse(text, ZonedDateTime.of(java.time.LocalDateTime.parse(now), JAKARTA));
        if (date == null) {
            assertThat(parsed).isEmpty();
            return;
        }
        assertThat(parsed).isPresent();
        assertThat(parsed.get().date()).isEqualTo(LocalDate.parse(date));
        assertThat(parsed.get().time()).isEqualTo(time == null ? null : LocalTime.parse(time));
    }
}
