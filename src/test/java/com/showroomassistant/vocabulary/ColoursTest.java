package com.showroomassistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColoursTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hitam|hitam|hitam",
                "item|hitam|hitam",
                "Black|hitam|hitam",
                "hitam metalik|hitam|hitam metalik",
                "black metallic|hitam|hitam metalik",
                "putih mutiara|putih|putih mutiara",
                "pearl white|putih|putih",
                "navy|biru|biru navy",
                "biru tua|biru|biru tua",
                "abu2|abu-abu|abu-abu",
                "abu-abu|abu-abu|abu-abu",
                "grey|abu-abu|abu-abu",
                "perak|silver|silver",
                "maroon|merah|merah maroon",
                "cokelat|coklat|coklat",
                "ijo|hijau|hijau",
                "gold|emas|emas",
                "cream|krem|krem",
            })
    void everyColourWordHasOneBaseAndAStoredName(String typed, String base, String stored) {
        var mention = Colours.first(typed).orElseThrow();
        assertThat(mention.base()).isEqualTo(base);
        assertThat(mention.name()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {"navy|biru", "hitam|Hitam Metalik", "abu2|abu-abu", "white|putih mutiara"})
    void aBuyerSeesTheSameColour(String a, String b) {
        assertThat(Colours.same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {"hitam|putih", "silver|abu-abu", "merah|kuning"})
    void differentColoursDiffer(String a, String b) {
        assertThat(Colours.same(a, b)).isFalse();
    }
}
