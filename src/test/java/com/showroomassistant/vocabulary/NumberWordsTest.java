package com.showroomassistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tahun dua ribu delapan belas         | tahun 2018",
                "budget seratus lima puluh juta       | budget 150jt",
                "dua ratus tujuh puluh lima juta aja  | 275jt aja",
                "satu koma dua                        | satu koma dua",
                "sebelas                              | 11",
                "satu unit aja                        | satu unit aja",
                "dua tiga hari lagi                   | dua tiga hari lagi",
                "sejuta                               | 1jt",
                "dua miliar                           | 2000jt",
                "satu koma lima belas miliar          | 1,15 miliar",
                "seratus empat puluh dua koma lima juta | 142,5 juta",
                "satu koma nol lima miliar            | 1,05 miliar"
            })
    void writesSpelledNumbersAsDigits(String text, String expected) {
        assertThat(NumberWords.rewrite(text)).isEqualTo(expected);
    }
}
