package com.showroomassistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "150jt          | 150000000",
                "150 jt         | 150000000",
                "150 juta       | 150000000",
                "150            | 150000000",
                "1,2M           | 1200000000",
                "1.2 M          | 1200000000",
                "1,2 miliar     | 1200000000",
                "1,5 milyar     | 1500000000",
                "150.000.000    | 150000000",
                "Rp 150.000.000 | 150000000",
                "Rp150jt        | 150000000",
                "rp. 85 juta    | 85000000",
                "45rb           | 45000",
                "45 ribu        | 45000",
                "45k            | 45000",
                "1.5jt          | 1500000",
                "2,5 jt         | 2500000",
                "150000000      | 150000000",
                "500.000        | 500000",
                "150jtan        | 150000000"
            })
    void parsesIndonesianPriceTokens(String token, long expected) {
        assertThat(RupiahParser.parse(token)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "jt", "1.2.3,4", "Rp", "0", "-5jt"})
    void rejectsNonPrices(String token) {
        assertThat(RupiahParser.parse(token)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertThat(RupiahParser.parse(null)).isEmpty();
    }
}
