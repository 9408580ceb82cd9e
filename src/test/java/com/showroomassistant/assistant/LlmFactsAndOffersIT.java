package com.showroomassistant.assistant;

import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmCallsTool;
import static com.showroomassistant.support.StandIns.llmRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.vocabulary.CarFacts;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue #22 items 1 and 3 with the LLM stand-in: the model is given the car's facts but never its minimum price, the
 * guard lets true facts through and withholds false ones and any deal, and offers go through submit_offer.
 */
class LlmFactsAndOffersIT extends FloorSupport {

    private static String systemPrompt(Showroom s) {
        return llmRequests(LLM, s.name())
                .getLast()
                .get("messages")
                .get(0)
                .get("content")
                .asString();
    }

    private static boolean offersTool(JsonNode request, String name) {
        return request.path("tools").findValuesAsString("name").contains(name);
    }

    @Test
    void theModelIsGivenTheFactsAndATrueFactPassesTheGuard() {
        Showroom s = showroom(c -> {});
        String customer = "6281300000201";
        String due = DateTimeFormatter.ofPattern("MM/yyyy").format(TAX_DUE);
        llmAnswers(
                LLM,
                s.name(),
                "Avanza 1.3 G 2019 pajaknya hidup sampai " + due + " kak, tangan pertama, mesin 1.329 cc"
                        + " dan BPKB ada.");
        assertThat(say(s, customer, "avanza 2019 pajak sama bpkb nya gimana?"))
                .startsWith("Avanza 1.3 G 2019 pajaknya hidup");
        String prompt = systemPrompt(s);
        assertThat(prompt)
                .contains("pajak STNK s/d " + CarFacts.monthYear(TAX_DUE))
                .contains("tangan pertama")
                .contains("1.329 cc")
                .contains("BPKB ada")
                .contains("lokasi: Cabang Bekasi")
                .doesNotContain(MINIMUM_WRITTEN.toArray(String[]::new));
        assertThat(status(s, customer)).isEqualTo("active");

        // a later question without the car's name: the conversation's car is still in what the model is given
        llmAnswers(LLM, s.name(), "Unitnya tangan pertama kak.");
        assertThat(say(s, customer, "tangan ke berapa?")).isEqualTo("Unitnya tangan pertama kak.");
        assertThat(systemPrompt(s)).contains("tangan pertama");
        staffHearNothing(s);
    }

    @Test
    void aFactThatContradictsTheDataIsWithheld() {
        Showroom s = showroom(c -> {});
        String customer = "6281300000202";
        llmAnswers(LLM, s.name(), "Avanza 2019 ini tangan kedua kak, BPKB masih di leasing.");
        String reply = say(s, customer, "avanza 2019 tangan ke berapa?");
        assertThat(reply).isEqualTo(Texts.HANDOFF);
        assertThat(staffNotice(s, 1)).contains("ditahan");
        assertThat(status(s, customer)).isEqualTo("escalated");
    }

    @Test
    void anOfferPassedToSubmitOfferIsJudgedAgainstTheMinimumTheModelNeverSaw() {
        Showroom s = showroom(c -> c.put("enablePriceNegotiation", true));
        String above = "6281300000203";
        llmCallsTool(LLM, s.name(), "", "submit_offer", "{\"vehicle_id\":" + avanza + ",\"amount\":145000000}");
        assertThat(say(s, above, "avanza 2019 kalau 145 juta bisa kak?"))
                .contains("Tawaran Rp 145.000.000")
                .contains("teruskan ke tim sales");
        assertThat(offersTool(llmRequests(LLM, s.name()).getLast(), "submit_offer"))
                .isTrue();
        assertThat(systemPrompt(s)).contains("submit_offer").doesNotContain(MINIMUM_WRITTEN.toArray(String[]::new));
        assertThat(staffNotice(s, 1)).contains("Tawaran pelanggan: Rp 145.000.000");
        assertThat(status(s, above)).isEqualTo("escalated");
        assertThat(lead(s, above, "notes")).contains("Tawaran Rp 145.000.000");

        String below = "6281300000204";
        llmCallsTool(
                LLM,
                s.name(),
                "Wah, deal kak!",
                "submit_offer",
                "{\"vehicle_id\":" + avanza + ",\"amount\":135000000}");
        assertThat(say(s, below, "avanza 2019 saya tawar 135jt"))
                .contains("belum bisa di Rp 135.000.000")
                .doesNotContain("deal");
        assertThat(status(s, below)).isEqualTo("active");

        String invented = "6281300000205";
        llmCallsTool(LLM, s.name(), "", "submit_offer", "{\"vehicle_id\":" + avanza + ",\"amount\":149000000}");
        assertThat(say(s, invented, "avanza 2019 bisa kurang?")).isEqualTo(Texts.HANDOFF);
        assertThat(staffNotice(s, 2)).contains(invented).doesNotContain("Tawaran pelanggan");
        minimumNeverSent(s);
    }

    @Test
    void aDraftThatConfirmsADealIsWithheldWhateverTheSetting() {
        Showroom s = showroom(c -> c.put("enablePriceNegotiation", true));
        String customer = "6281300000206";
        llmAnswers(LLM, s.name(), "Siap kak, deal ya untuk Avanza nya! Silakan datang untuk pembayaran.");
        assertThat(say(s, customer, "avanza 2019 saya ambil di harga 145jt ya")).isEqualTo(Texts.HANDOFF);
        assertThat(staffNotice(s, 1)).contains("ditahan");
        assertThat(status(s, customer)).isEqualTo("escalated");
    }

    @Test
    void withNegotiationOffTheModelIsNotOfferedSubmitOfferAndACallIsIgnored() {
        Showroom s = showroom(c -> {});
        String customer = "6281300000207";
        llmCallsTool(
                LLM,
                s.name(),
                "Harga Avanza 1.3 G 2019 Rp 150.000.000 kak.",
                "submit_offer",
                "{\"vehicle_id\":" + avanza + ",\"amount\":145000000}");
        assertThat(say(s, customer, "avanza 2019 kalau 145 juta bisa kak?"))
                .isEqualTo("Harga Avanza 1.3 G 2019 Rp 150.000.000 kak.");
        assertThat(offersTool(llmRequests(LLM, s.name()).getLast(), "submit_offer"))
                .isFalse();
        assertThat(systemPrompt(s)).doesNotContain("submit_offer");
        staffHearNothing(s);
    }
}
