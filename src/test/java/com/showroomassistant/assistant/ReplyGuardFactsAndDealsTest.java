package com.showroomassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.assistant.GuardVerdict.Decision;
import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.inventory.VehicleFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard on a car's facts (true ones pass, false ones are withheld) and on deals (never confirmed by a draft). */
class ReplyGuardFactsAndDealsTest {

    private static final ReplyGuard GUARD = new ReplyGuard(VehicleCatalogue.loadDefault());
    private static final ShowroomFacts.StockCar AVANZA = new ShowroomFacts.StockCar(
            "Avanza",
            "1.3 G",
            2019,
            150_000_000L,
            "hitam",
            "available",
            new VehicleFacts(1329, "mpv", 7, LocalDate.of(2026, 8, 20), 1, true, "Servis rutin tiap 6 bulan", null));
    private static final ShowroomFacts.StockCar XENIA =
            new ShowroomFacts.StockCar("Xenia", "1.3 R", 2018, 135_000_000L, "silver", "available");

    private static Decision judge(String draft, boolean negotiation) {
        var facts = new ShowroomFacts(
                List.of(AVANZA, XENIA),
                "Servis rutin tiap 6 bulan",
                negotiation,
                Set.of("avanza"),
                "avanza 2019 gimana?");
        return GUARD.judge(draft, facts).decision();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Avanza 1.3 G 2019 pajak hidup sampai 08/2026 kak, tangan pertama, 1.300cc.",
                "Pajak STNK Avanza hidup sampai Agustus 2026, BPKB ada di showroom.",
                "Unitnya tangan pertama kak, mesin 1.329 cc, 7 seater.",
                "Xenia 2018 tangan kedua kak, pajak hidup sampai 05/2027.",
                "Avanza 1.3 G 2019 servis rutin tiap 6 bulan kak.",
            })
    void aTrueFactOrOneTheShowroomDidNotRecordPasses(String draft) {
        assertThat(judge(draft, false)).isEqualTo(Decision.SEND);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Avanza 2019 tangan kedua kak.",
                "Pajak Avanza hidup sampai 12/2027 kak.",
                "Unitnya BPKB masih di leasing kak.",
                "Avanza 1.3 G 2019 mesinnya 2.000 cc, 8 seater.",
            })
    void aFactThatContradictsTheDataIsWithheld(String draft) {
        assertThat(judge(draft, false)).isEqualTo(Decision.WITHHOLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deal kak, Avanza nya untuk kakak!",
                "Oke kak, harga segitu bisa untuk Avanza 2019.",
                "Siap, tawaran kakak kami terima ya.",
                "Baik kak, sudah sepakat ya.",
            })
    void aDraftConfirmingADealIsWithheldEvenWithNegotiationOn(String draft) {
        assertThat(judge(draft, true)).isEqualTo(Decision.WITHHOLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kalau sudah deal, unitnya bisa langsung diproses kak.",
                "Jadi mau deal di harga listing, kak?",
                "Untuk Avanza belum bisa deal di angka itu kak, harganya Rp 150.000.000.",
            })
    void aDealSpokenOfButNotMadePasses(String draft) {
        assertThat(judge(draft, true)).isEqualTo(Decision.SEND);
    }
}
