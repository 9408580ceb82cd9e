package com.showroomassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.assistant.GuardVerdict.Decision;
import com.showroomassistant.assistant.ShowroomFacts.StockCar;
import com.showroomassistant.intent.VehicleCatalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard on what an offer is published for (a car, a way of paying, the cars it excludes), on stock recorded under
 * a catalogue alias, and on deferrals written in chat spelling or in the passive.
 */
class ReplyGuardConditionsTest {

    private static final ReplyGuard GUARD = new ReplyGuard(VehicleCatalogue.loadDefault());
    private static final List<StockCar> STOCK = List.of(
            new StockCar("Kijang Innova", "2.0 G", 2017, 238_000_000L, "abu-abu metalik", "available"),
            new StockCar("Avanza", "1.5 Veloz", 2020, 214_000_000L, "putih", "available"),
            new StockCar("Xpander", "Sport", 2019, 219_500_000L, "abu-abu", "available"),
            new StockCar("L300", "Pick Up 2.5 Diesel", 2018, 168_000_000L, "hitam", "available"),
            new StockCar("Ertiga", "GL", 2016, 119_000_000L, "biru tua", "available"),
            new StockCar("Mobilio", "1.5 E", 2018, 149_000_000L, "silver", "available"),
            new StockCar("3 Series", "320i Sport", 2018, 485_000_000L, "hitam", "available"),
            new StockCar("CR-V", "1.5 Turbo", 2019, 418_000_000L, "putih", "available"),
            new StockCar("New Carry Pick Up", "1.5 WD", 2021, 128_000_000L, "hitam", "available"));
    private static final String PUBLISHED = String.join(
            "\n",
            "Promo Gajian: potongan Rp 5.000.000 untuk pembelian tunai (cash) unit dengan harga di atas Rp 200.000.000."
                    + " Tidak berlaku untuk pembelian kredit.",
            "Contoh simulasi: Toyota Avanza 1.5 Veloz 2020 (Rp 214.000.000), DP Rp 45.000.000, angsuran Rp 5.350.000"
                    + " per bulan, tenor 48 bulan.",
            "Gratis antar unit dalam kota.",
            "Bonus untuk setiap pembelian unit secara tunai: gratis ganti oli mesin dan filter oli satu kali.",
            "Garansi mesin dan transmisi 1 bulan; garansi tidak berlaku untuk unit niaga (pick up dan blind van),"
                    + " juga tidak untuk unit Eropa: semua unit kecuali BMW.",
            "Tanda jadi Rp 2.000.000, dikembalikan bila kredit ditolak.",
            "Cashback Rp 1.000.000 khusus unit merek Toyota dan Mitsubishi.",
            "Potongan armada Rp 2.500.000 per unit untuk pembelian minimal 3 unit pick up sekaligus.",
            "Promo Agustus: hadiah Rp 500.000 untuk pembelian tunai (cash) semua unit Toyota.");

    private static Decision judge(String draft, String customer) {
        return GUARD.judge(draft, new ShowroomFacts(STOCK, PUBLISHED, false, Set.of(), customer))
                .decision();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kijang Innova 2.0 G 2017 harganya Rp 238.000.000, pembelian cash dapat potongan Rp 5.000.000 dari Promo"
                        + " Gajian (berlaku untuk unit di atas Rp 200.000.000).",
                "Innova 2017 abu-abu Rp 238.000.000 kak.",
                "Mobilio 1.5 E 2018 tetap Rp 149.000.000, tidak masuk Promo Gajian karena harganya di bawah Rp"
                        + " 200.000.000.",
                "Avanza Veloz 2020 simulasinya DP Rp 45.000.000, angsuran Rp 5.350.000 per bulan, tenor 48 bulan.",
                "Ertiga GL 2016 biru tua manual, km 102 ribu, harga Rp 119.000.000.",
                "Pembelian tunai dapat gratis ganti oli mesin sekali kak.",
                "Xpander Sport 2019 dapat garansi mesin 1 bulan kak.",
                "Xpander Sport 2019 kak, ada cashback Rp 1.000.000 khusus unit merek Mitsubishi.",
                "Tanda jadi Rp 2.000.000 kak, dikembalikan bila kredit ditolak.",
                // stock recorded with more words than the catalogue's name
                "Suzuki New Carry Pick Up 1.5 WD 2021 hitam harganya Rp 128.000.000,- Kak.",
                // the customer's own car, named with its owner
                "Nilai mobil lama ditentukan setelah inspeksi. Silakan bawa Avanza Bapak ke showroom pada jam buka.",
                "Untuk pembelian 3 unit pick up sekaligus ada potongan armada Rp 2.500.000 per unit.",
            })
    void whatTheShowroomPublishedForThisCarPasses(String draft) {
        assertThat(judge(draft, "")).isEqualTo(Decision.SEND);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the example instalment of the Avanza moved to the Xpander
                "Untuk Xpander Sport 2019 simulasinya DP Rp 45.000.000 dengan angsuran Rp 5.350.000 per bulan.",
                // the warranty is published not to cover pick-ups
                "Mitsubishi L300 Pick Up 2018 juga dapat garansi mesin dan transmisi 1 bulan kak.",
                // the oil change is for cash buyers; the delivery, published first, is not the extra offered
                "Beli kredit maupun tunai sama-sama dapat gratis ganti oli mesin sekali kak.",
                // a discount named by a promo nobody published
                "Untuk pelanggan lama ada harga spesial kak, nanti sales kami yang infokan angkanya ya.",
                // the cashback is kept to Toyota and Mitsubishi
                "Honda CR-V 1.5 Turbo 2019 Rp 418.000.000 dapat cashback Rp 1.000.000 kak.",
                // the warranty excludes the make
                "BMW 320i Sport 2018 juga dapat garansi mesin 1 bulan kak.",
                // the published booking fee offered as a down payment, or as a cut in price
                "DP cukup Rp 2.000.000 aja kak, langsung bawa pulang.",
                "Harga CR-V 2019 Rp 418.000.000 kak, kalau cash bisa kami kurangi 2 juta.",
                "Bisa kak, cukup bayar tanda jadi Rp 2.000.000 sebagai DP, Xpander Sport 2019 langsung diproses.",
                // the gift is for Toyota cars only, the cut in price is bargaining
                "Honda CR-V 1.5 Turbo 2019 dapat hadiah Rp 500.000 untuk pembelian cash kak.",
                "Harga CR-V 2019 Rp 418.000.000 kak, tapi kalau serius ambil minggu ini bisa kami kurangi sedikit.",
                // a fleet discount published from three units
                "Untuk pembelian 2 unit sekaligus kami berikan potongan armada Rp 2.500.000 per unit kak.",
            })
    void anOfferMovedOutsideItsConditionsIsWithheld(String draft) {
        assertThat(judge(draft, "")).isEqualTo(Decision.WITHHOLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Range 250-an ada Innova 2.0 G 2017 238 juta kak.",
            })
    void aBudgetEchoedOverCarsOutsideItIsWithheld(String draft) {
        assertThat(judge(draft, "mobil yg 250an ada apa")).isEqualTo(Decision.WITHHOLD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mohon maaf, soal STNK Innova 2017 atas nama siapa nanti dijawab admin kami ya.",
                "Baik Kak, foto interior Xpander nanti dikirimkan admin kami ya.",
                "sy ga bs jwb soal itu kak, nnti admin yg bls yaa",
                "Pajak L300 hidup Uda, tapi bulan jatuh temponya ambo cek dulu ka tim yo.",
                "utk unit silver lain sy tny tim dl y kak",
                "Untuk itu saya perlu tanya tim dulu kak.",
                "Untuk simulasi kredit unit 4x4, nanti dihitung oleh tim marketing kami ya Pak.",
            })
    void aDeferralInThePassiveOrInChatSpellingEscalates(String draft) {
        assertThat(judge(draft, "")).isEqualTo(Decision.SEND_AND_ESCALATE);
    }
}
