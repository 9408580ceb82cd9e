package com.showroomassistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notation of an amount that customers, staff and models write, and the numbers that are not money. */
class MoneyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "harganya Rp 99.000.000 kak            | 99000000   | 99000000   | EXACT",
                "cuma Rp99.000.000,- aja               | 99000000   | 99000000   | EXACT",
                "Rp. 150.000.000,00                    | 150000000  | 150000000  | EXACT",
                "Rp 99 jt                              | 99000000   | 99000000   | EXACT",
                "avanza 99jt                           | 99000000   | 99000000   | EXACT",
                "sekarang 99 juta saja                 | 99000000   | 99000000   | EXACT",
                "jadi 142,5 juta                       | 142500000  | 142500000  | EXACT",
                "IDR 99,000,000                        | 99000000   | 99000000   | EXACT",
                "alphard 1,2 M                         | 1200000000 | 1200000000 | EXACT",
                "alphard 1,2 miliar                    | 1200000000 | 1200000000 | EXACT",
                "seratus empat puluh juta              | 140000000  | 140000000  | EXACT",
                "dua ratus lima belas juta rupiah      | 215000000  | 215000000  | EXACT",
                "satu koma lima belas miliar           | 1150000000 | 1150000000 | EXACT",
                "harganya 140-an                       | 140000000  | 149999999  | ROUGHLY",
                "fortuner 400 jt-an                    | 400000000  | 499999999  | ROUGHLY",
                "kisaran 1,5 jt-an                     | 1500000    | 1599999    | ROUGHLY",
                "sekitar 142,5 juta-an                 | 142500000  | 142599999  | ROUGHLY",
                "cicilan 4 jutaan                      | 4000000    | 4999999    | ROUGHLY",
                "sekitar 150 juta                      | 147000000  | 153000000  | ROUGHLY",
                "yang di bawah 140 ya                  | 0          | 140000000  | AT_MOST",
                "mulai 125 juta                        | 125000000  | 9223372036854775807 | AT_LEAST",
                "150 juta ke atas                      | 150000000  | 9223372036854775807 | AT_LEAST",
                "range 140-160 juta                    | 140000000  | 160000000  | RANGE",
                "kisaran 125 - 140jt                   | 125000000  | 140000000  | RANGE",
                "Rp 140.000.000 s/d Rp 160.000.000     | 140000000  | 160000000  | RANGE",
            })
    void readsAnAmountInEveryNotation(String text, long low, long high, Money.Kind kind) {
        var amounts = Money.read(text).amounts();
        assertThat(amounts).hasSize(1);
        assertThat(amounts.getFirst().low()).isEqualTo(low);
        assertThat(amounts.getFirst().high()).isEqualTo(high);
        assertThat(amounts.getFirst().kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "km 45.000",
                "45rb km",
                "mesin 1.500 cc",
                "1.500cc",
                "tahun 2019",
                "avanza 2019",
                "plat B 1234 XYZ",
                "buka jam 09:00-17:00",
                "buka 09.00 - 17.00 WIB",
                "telp 0812-3456-7890",
                "wa 081234567890",
                "+62 812 3456 7890",
                "cicilan 36 bulan",
                "tenor 5 tahun",
                "inspeksi 150 titik",
                "7 penumpang",
                "tangan ke 2",
                "Jl. Panjang No. 12",
                "Avanza 1.3 G",
                "irit 14-16 km per liter",
                "ada 12 unit",
                "km 102 ribu",
                "odo baru 35rb",
                "kilometer: 87.000",
            })
    void numbersThatAreNotMoneyAreNotRead(String text) {
        assertThat(Money.read(text).amounts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"DP 20%|20", "bunga 5,5 persen|5.5", "DP mulai 30 %|30"})
    void readsPercentages(String text, BigDecimal value) {
        assertThat(Money.read(text).percents())
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo(value));
        assertThat(Money.read(text).amounts()).isEmpty();
    }
}
