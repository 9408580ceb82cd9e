package com.showroomassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.vocabulary.CarFacts;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Issue #22 items 1 and 3 without an LLM: facts answered from data, offers judged by the rules, through the webhook. */
@TestPropertySource(properties = "zai.api-key=")
class OfflineFactsAndOffersIT extends FloorSupport {

    @Test
    void theFactsOfTheCarInTheConversationAreAnsweredFromData() {
        Showroom s = showroom(c -> {});
        String customer = "6281300000101";
        assertThat(say(s, customer, "avanza 2019 masih ada?")).contains("Toyota Avanza 1.3 G 2019");
        assertThat(say(s, customer, "pajaknya hidup sampai kapan?"))
                .contains("Pajak STNK: hidup sampai " + CarFacts.monthYear(TAX_DUE));
        assertThat(say(s, customer, "tangan ke berapa kak?")).contains("Kepemilikan: tangan pertama");
        assertThat(say(s, customer, "bpkb nya ada? mesinnya berapa cc? muat berapa orang?"))
                .contains("BPKB: ada di showroom").contains("Mesin: 1.329 cc")
                .contains("Kapasitas: 7 penumpang"); // not set on the car: the catalogue's Avanza seats seven
        assertThat(say(s, customer, "unitnya di mana? riwayat servis gimana?"))
                .contains("Lokasi unit: Cabang Bekasi").contains("Riwayat servis: Servis rutin di bengkel resmi");
        assertThat(status(s, customer)).isEqualTo("active");
        staffHearNothing(s);
        minimumNeverSent(s);
    }

    @Test
    void aFactTheShowroomDidNotRecordGoesToStaff() {
        Showroom s = showroom(c -> {});
        String customer = "6281300000102";
        assertThat(say(s, customer, "xenia 2018 pajaknya sampai kapan kak?")).contains("staff");
        assertThat(staffNotice(s, 1)).contains(customer);
        assertThat(status(s, customer)).isEqualTo("escalated");
    }
}
