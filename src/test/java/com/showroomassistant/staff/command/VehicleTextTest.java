package com.showroomassistant.staff.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.inventory.VehicleFacts;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VehicleTextTest {

    static final VehicleText TEXT = new VehicleText(VehicleCatalogue.loadDefault());

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(
                        "Toyota Avanza 1.3 G 2019 150jt hitam matic 45rb km B1234XYZ",
                        new VehicleFields(
                                "Toyota",
                                "Avanza",
                                "1.3 G",
                                2019,
                                150_000_000L,
                                45_000,
                                "automatic",
                                null,
                                "hitam",
                                "B1234XYZ")),
                Arguments.of(
                        "Pajero Sport Dakar 2018 Rp 390.000.000 putih diesel AT km 80.000 plat B 3333 BBB",
                        new VehicleFields(
                                "Mitsubishi",
                                "Pajero Sport",
                                "Dakar",
                                2018,
                                390_000_000L,
                                80_000,
                                "automatic",
                                "diesel",
                                "putih",
                                "B3333BBB")),
                Arguments.of(
                        "honda hr-v prestige 2020 1,2M abu-abu cvt",
                        new VehicleFields(
                                "Honda",
                                "HR-V",
                                "prestige",
                                2020,
                                1_200_000_000L,
                                null,
                                "automatic",
                                null,
                                "abu-abu",
                                null)),
                Arguments.of(
                        "Innova Reborn 2.4 V 2021 diesel manual 150.000.000 silver D 1234 ABC",
                        new VehicleFields(
                                "Toyota",
                                "Innova",
                                "Reborn 2.4 V",
                                2021,
                                150_000_000L,
                                null,
                                "manual",
                                "diesel",
                                "silver",
                                "D1234ABC")),
                Arguments.of(
                        "2019 150jt",
                        new VehicleFields(null, null, null, 2019, 150_000_000L, null, null, null, null, null)),
                Arguments.of(
                        "Wuling Almaz 2022 250 juta",
                        new VehicleFields("Wuling", "Almaz", null, 2022, 250_000_000L, null, null, null, null, null)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void readsEveryFieldOnceInAnyOrder(String text, VehicleFields expected) {
        assertThat(TEXT.read(text).fields()).isEqualTo(expected);
    }

    @Test
    void readsTheFactsBuyersAskAboutAndTheMinimumPriceBeforeAnyOtherNumber() {
        var fields = TEXT.read("Toyota Avanza 1.3 G 2019 150jt hitam pajak 08/2026 tangan pertama 1.500cc 7 seater mpv"
                        + " bpkb ada minimal 140jt B1234XYZ\nlokasi: cabang Bekasi")
                .fields();
        assertThat(fields.variant()).isEqualTo("1.3 G");
        assertThat(fields.year()).isEqualTo(2019);
        assertThat(fields.price()).isEqualTo(150_000_000L);
        assertThat(fields.plate()).isEqualTo("B1234XYZ");
        assertThat(fields.minimumPrice()).isEqualTo(140_000_000L);
        assertThat(fields.facts())
                .isEqualTo(new VehicleFacts(1500, "mpv", 7, LocalDate.of(2026, 8, 1), 1, true, null, "cabang Bekasi"));
        assertThat(TEXT.read("bpkb masih di leasing, tangan ke-2").fields().facts())
                .isEqualTo(new VehicleFacts(null, null, null, null, 2, false, null, null));
        assertThat(TEXT.read("pajak 08/2026").looksLikeAnswer()).isTrue();
    }

    @Test
    void aPlainReplyCountsAsAnAnswerOnlyWhenItIsMostlyFields() {
        assertThat(TEXT.read("2019 150jt").looksLikeAnswer()).isTrue();
        assertThat(TEXT.read("warnanya hitam").looksLikeAnswer()).isTrue();
        assertThat(TEXT.read("status mobil avanza gimana").looksLikeAnswer()).isFalse();
        assertThat(TEXT.read("oke makasih").looksLikeAnswer()).isFalse();
    }
}
