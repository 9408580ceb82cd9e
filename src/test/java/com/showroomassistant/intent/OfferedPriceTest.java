package com.showroomassistant.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A customer's offer told apart from a budget, a down payment or a trade-in's top-up. */
class OfferedPriceTest {

    private static final IntentClassifier CLASSIFIER = new IntentClassifier(VehicleCatalogue.loadDefault());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "avanza 2019 kalo 145jt boleh?             | 145000000",
                "kalau 145 juta bisa kak?                  | 145000000",
                "saya tawar 130 juta ya kak                | 130000000",
                "nego di 140 ya                            | 140000000",
                "380jt deal?                               | 380000000",
                "mazda 2 kalo seratus empat puluh juta gmn | 140000000"
            })
    void readsAnOffer(String text, long amount) {
        assertThat(CLASSIFIER.offeredPrice(text)).hasValue(amount);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "budget 150jt dapet apa?",
                "kalo dp 30jt bisa?",
                "avanza 2019 masih ada?",
                "tukar tambah 50jt bisa?",
                "di bawah 150jt ada? kalo 140 boleh",
                "kalo 2019 bisa?"
            })
    void findsNoOfferWhereThereIsNone(String text) {
        assertThat(CLASSIFIER.offeredPrice(text)).isEmpty();
    }
}
