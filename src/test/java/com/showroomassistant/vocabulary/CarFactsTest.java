package com.showroomassistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.vocabulary.CarFacts.Topic;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarFactsTest {

    private static <T> List<T> values(List<CarFacts.Mention<T>> mentions) {
        return mentions.stream().map(CarFacts.Mention::value).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1.500cc                          | 1500",
                "mesin 1500 cc matic              | 1500",
                "diesel 2.400 cc                  | 2400",
                "mesin 1.300 cc-an kak            | 1300",
                "Veloz 1.5L                       | 1500",
                "2,4 cc                           | 2400"
            })
    void readsEngineSizes(String text, int cc) {
        assertThat(values(CarFacts.engineCc(text))).containsExactly(cc);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "45rb km                  | 45000",
                "baru 45.000 km kak       | 45000",
                "km nya 90 ribu kak       | 90000",
                "kmnya 120rb              | 120000",
                "odo: 120k                | 120000",
                "kilometer 1,2 jt         | 1200000"
            })
    void readsMileage(String text, int km) {
        assertThat(values(CarFacts.mileage(text))).containsExactly(km);
    }

    @Test
    void numbersThatAreNoEngineSizeAreLeftAlone() {
        assertThat(CarFacts.engineCc("Avanza 1.3 G 2019, bagasi 200 L, konsumsi 1.5 liter"))
                .isEmpty();
        assertThat(CarFacts.engineCc("45rb km, 150jt")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pajak 08/2026                               | 2026-08-01",
                "pajak hidup sampai 08/2026                  | 2026-08-01",
                "pajaknya panjang s/d 15-08-2026             | 2026-08-15",
                "Pajak STNK hidup sampai Agustus 2026        | 2026-08-01",
                "pajak Avanza 2019 hidup sampai agt 2027     | 2027-08-01",
                "pajak: 2026-03                              | 2026-03-01",
                "stnk jatuh tempo 3/27                       | 2027-03-01"
            })
    void readsTaxDueDatesAfterATaxWord(String text, LocalDate due) {
        assertThat(values(CarFacts.taxDue(text))).containsExactly(due);
    }

    @Test
    void aDateWithoutATaxWordOrAMonthThatIsNoneIsNoTaxDate() {
        assertThat(CarFacts.taxDue("test drive tgl 08/12/2026 jam 10")).isEmpty();
        assertThat(CarFacts.taxDue("pajak 13/2026")).isEmpty();
        assertThat(CarFacts.taxDue("pajak tahunan 2,5 juta")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tangan pertama          | 1",
                "Tangan ke-2             | 2",
                "tangan ke 3 dari baru   | 3",
                "tangan kedua            | 2",
                "first hand, servis rutin| 1"
            })
    void readsTheOwnerCount(String text, int owners) {
        assertThat(values(CarFacts.ownerCount(text))).containsExactly(owners);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BPKB ada                        | true",
                "bpkb on hand, faktur lengkap    | true",
                "BPKB dan STNK lengkap           | true",
                "bpkb masih di leasing           | false",
                "BPKB ada di leasing             | false",
                "bpkb belum ada                  | false",
                "dijual tanpa bpkb               | false"
            })
    void readsWhetherTheBpkbIsOnHand(String text, boolean onHand) {
        assertThat(values(CarFacts.bpkb(text))).containsExactly(onHand);
    }

    @Test
    void aBpkbNamedOnlyAsATopicSaysNothing() {
        assertThat(CarFacts.bpkb("Untuk kelengkapan surat (BPKB, faktur, dll) akan dicek"))
                .isEmpty();
        assertThat(CarFacts.bpkb("atas nama siapa BPKB-nya?")).isEmpty();
    }

    @Test
    void readsSeats() {
        assertThat(values(CarFacts.seats("7 seater"))).containsExactly(7);
        assertThat(values(CarFacts.seats("muat tujuh penumpang"))).containsExactly(7);
        assertThat(values(CarFacts.seats("5-seat"))).containsExactly(5);
    }

    @Test
    void tellsWhichFactsAQuestionAsksAbout() {
        assertThat(CarFacts.asked("pajaknya hidup sampai kapan?")).containsExactly(Topic.TAX);
        assertThat(CarFacts.asked("tangan ke berapa kak?")).containsExactly(Topic.OWNERS);
        assertThat(CarFacts.asked("bpkb nya ada? mesinnya berapa cc?")).isEqualTo(Set.of(Topic.BPKB, Topic.ENGINE));
        assertThat(CarFacts.asked("riwayat servis nya gimana, unitnya di mana?"))
                .isEqualTo(Set.of(Topic.SERVICE, Topic.LOCATION));
        assertThat(CarFacts.asked("avanza 2019 masih ada?")).isEmpty();
        assertThat(CarFacts.asked("stnk bisa balik nama?")).isEmpty();
    }

    @Test
    void writesFactsAsTheAssistantSaysThem() {
        assertThat(CarFacts.monthYear(LocalDate.of(2026, 8, 1))).isEqualTo("Agustus 2026");
        assertThat(CarFacts.ownerWords(1)).isEqualTo("tangan pertama");
        assertThat(CarFacts.ownerWords(7)).isEqualTo("tangan ke-7");
        assertThat(CarFacts.engineWords(1496)).isEqualTo("1.496 cc");
        assertThat(CarFacts.sameMonth(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 1)))
                .isTrue();
    }
}
