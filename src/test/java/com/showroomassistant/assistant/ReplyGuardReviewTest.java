package com.showroomassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.vocabulary.Money;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases a second review found, against the corpus showroom (guard/showroom.json). */
class ReplyGuardReviewTest {

    private static final ReplyGuard GUARD = new ReplyGuard(VehicleCatalogue.loadDefault());

    private static ShowroomFacts facts(String customer) throws IOException {
        JsonNode showroom = JsonMapper.builder()
                .build()
                .readTree(ReplyGuardReviewTest.class.getClassLoader().getResourceAsStream("guard/showroom.json"));
        return GuardCorpusTest.facts(showroom, customer);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Fortuner 2021 hitam ready kak, bisa langsung booking hari ini.",
                "Pajero Sport ada kak, bisa tukar tambah juga.",
                "Untuk nego bisa kak, langsung datang saja.",
                "Kalau nego, bisa kok kak.",
                "Soal diskon, ada kak!",
                "Mobilnya mulus, tidak ada yang lecet, gratis kaca film.",
            })
    void anOfferWrappedInBookingTradeInTopicOrNegationWordsIsWithheld(String draft) throws IOException {
        assertThat(GUARD.judge(draft, facts("ada mobil?")).decision()).isEqualTo(GuardVerdict.Decision.WITHHOLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Avanza 1.3 G 2019 hitam tangan pertama, dirawat oleh pemilik sebelumnya, kak.",
                "Semua unit sudah diinspeksi oleh teknisi kami, kak.",
            })
    void aCarsPastIsNoPromiseOfHelp(String draft) throws IOException {
        assertThat(GUARD.judge(draft, facts("avanza 2019 gimana kondisinya?")).decision())
                .isEqualTo(GuardVerdict.Decision.SEND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kami ada Avanza. Veloz juga ready kak.", "Pilihan MPV:\nAvanza\nVeloz"})
    void aNameAcrossASentenceBreakIsReadWithoutFailing(String draft) {
        assertThatCode(() -> GUARD.judge(draft, facts("mpv apa aja?"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brio Satya 1.2 M/T 2019", "budget 1.00000000000000000000 jutaan", "panjang 4,2 m/s"})
    void oddNumbersAreNoMoneyAndNeverThrow(String text) {
        assertThatCode(() -> Money.read(text)).doesNotThrowAnyException();
        if (text.contains("M/T")) {
            assertThat(Money.read(text).amounts()).isEmpty();
        }
    }
}
