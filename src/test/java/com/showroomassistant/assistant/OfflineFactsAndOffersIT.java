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
                .contains("BPKB: ada di showroom")
                .contains("Mesin: 1.329 cc")
                .contains("Kapasitas: 7 penumpang"); // not set on the car: the catalogue's Avanza seats seven
        assertThat(say(s, customer, "unitnya di mana? riwayat servis gimana?"))
                .contains("Lokasi unit: Cabang Bekasi")
                .contains("Riwayat servis: Servis rutin di bengkel resmi");
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

    @Test
    void anOfferAtOrAboveTheMinimumGoesToStaffAsAnOfferWithItsAmount() {
        Showroom s = showroom(c -> c.put("enablePriceNegotiation", true));
        String customer = "6281300000103";
        String reply = say(s, customer, "avanza 2019 kalo 145jt boleh?");
        assertThat(reply)
                .contains("Tawaran Rp 145.000.000")
                .contains("Toyota Avanza 1.3 G 2019")
                .contains("teruskan ke tim sales")
                .doesNotContainIgnoringCase("deal");
        String notice = staffNotice(s, 1);
        assertThat(notice)
                .contains("Tawaran pelanggan: Rp 145.000.000")
                .contains("AV-")
                .contains("harga Rp 150.000.000")
                .contains("/reply " + customer);
        assertThat(status(s, customer)).isEqualTo("escalated");
        assertThat(lead(s, customer, "stage")).isEqualTo("negotiation");
        assertThat(lead(s, customer, "notes"))
                .contains("Tawaran Rp 145.000.000")
                .contains("diteruskan ke staff");
        minimumNeverSent(s);
    }

    @Test
    void anOfferBelowTheMinimumIsDeclinedPolitelyWithoutNamingTheMinimum() {
        Showroom s = showroom(c -> c.put("enablePriceNegotiation", true));
        String customer = "6281300000104";
        assertThat(say(s, customer, "avanza 2019 nih")).contains("Avanza");
        String reply = say(s, customer, "saya tawar 130 juta ya kak");
        assertThat(reply).contains("belum bisa di Rp 130.000.000").contains("Rp 150.000.000");
        assertThat(status(s, customer)).isEqualTo("active");
        assertThat(lead(s, customer, "notes"))
                .contains("Tawaran Rp 130.000.000")
                .contains("di bawah batas");
        staffHearNothing(s);
        minimumNeverSent(s);
    }

    @Test
    void withNegotiationOffAnOfferIsNotJudgedAndNegotiationGoesToStaffAsBefore() {
        Showroom s = showroom(c -> {});
        String offered = "6281300000105";
        assertThat(say(s, offered, "avanza 2019 kalo 145jt boleh?")).doesNotContain("Tawaran");
        assertThat(status(s, offered)).isEqualTo("active");
        staffHearNothing(s);
        String bargaining = "6281300000106";
        assertThat(say(s, bargaining, "avanza bisa nego?")).contains("staff");
        assertThat(staffNotice(s, 1)).contains("nego");
        minimumNeverSent(s);
    }
}
