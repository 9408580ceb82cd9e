package com.showroomassistant.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

    private static VehicleCatalogue catalogue;
    private static IntentClassifier classifier;

    @BeforeAll
    static void setUp() {
        catalogue = VehicleCatalogue.loadDefault();
        classifier = new IntentClassifier(catalogue);
    }

    private static Classification customer(String text) {
        return classifier.classify(text, Role.CUSTOMER);
    }

    // ---------------------------------------------------------------- prices in context

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "budget sy 150jt dapet mobil apa aja ya   | -         | 150000000",
            "ada yg dibawah 100jt ga kak? matic       | -         | 100000000",
            "budget 150 dapet apa min                 | -         | 150000000",
            "ada mobil di atas 1,2M?                  | 1200000000| -",
            "cari suv range 300-400jt                 | 300000000 | 400000000",
            "mobil harga 150.000.000 ke bawah ada?    | -         | 150000000",
            "yg sekitar 150jt an ada ga               | -         | 150000000",
            "minimal 200 juta ada apa aja?            | 200000000 | -",
            "dp 20jt bisa bawa pulang brio?           | -         | -",
            "innova 2017 ke atas ada?                 | -         | -"})
    void extractsPriceBoundsOnlyFromBudgetContexts(String text, Long min, Long max) {
        Entities e = customer(text).entities();
        assertThat(e.priceMin()).isEqualTo(min);
        assertThat(e.priceMax()).isEqualTo(max);
    }

    // ---------------------------------------------------------------- catalogue

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "innova reborn 2018 ada?          | Innova",
            "kijang innova reborn diesel      | Innova",
            "grand new avanza veloz           | Avanza",
            "avanzanya masih ada?             | Avanza",
            "avanza-nya warna apa             | Avanza",
            "unit fortunernya ready?          | Fortuner",
            "ada pajero sport dakar?          | Pajero Sport",
            "test drive CR-V nya bisa?        | CR-V",
            "hrv turbo 2021                   | HR-V",
            "grand livina hws ada?            | Grand Livina"})
    void matchesLongestAliasFirstAndStripsNya(String text, String model) {
        assertThat(catalogue.findFirst(text)).get().extracting(CatalogueEntry::model).isEqualTo(model);
    }

    @Test
    void ignoresWordsThatOnlyStartLikeAnAliasAndAmbiguousWordsWithoutContext() {
        assertThat(catalogue.findAll("avanzamania jazzercise")).isEmpty();
        assertThat(catalogue.findAll("focus dulu ya kak")).isEmpty();
        assertThat(catalogue.findFirst("ford focus 2012 ada?")).get().extracting(CatalogueEntry::model)
                .isEqualTo("Focus");
        assertThat(catalogue.findAll("ayla dan sigra")).extracting(CatalogueEntry::model)
                .containsExactly("Ayla", "Sigra");
        assertThat(catalogue.byModel("pajero sport")).get().extracting(CatalogueEntry::seats).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xpnder 2019 matic msh ada?       | Xpander",
            "inova reborn diesel              | Innova",
            "briyo merah brp                  | Brio",
            "avanzaa veloz                    | Avanza"})
    void readsAModelWithOneLetterMissingOrTooMany(String text, String model) {
        assertThat(catalogue.findFirst(text)).get().extracting(CatalogueEntry::model).isEqualTo(model);
    }

    @Test
    void leavesEverydayWordsOneLetterFromAModelAlone() {
        assertThat(catalogue.findAll("makan siang dulu yuk")).isEmpty();
        assertThat(catalogue.findAll("sy transfer tanda jadi ya")).isEmpty();
        assertThat(catalogue.findAll("price for the unit?")).isEmpty();
        assertThat(catalogue.findAll("ini dengan showroom Mitra Mobil ya?")).isEmpty();
        assertThat(catalogue.findAll("bro td bos nyari lu, katanya rapat jam 4")).isEmpty();
    }

    @Test
    void makeAloneIsAnEntityAndAnInquiry() {
        Classification c = customer("toyota ada?");
        assertThat(c.intent()).isEqualTo("customer_vehicle_inquiry");
        assertThat(c.entities().toMap()).isEqualTo(Map.of("make", "Toyota"));
    }

    @Test
    void modelWithoutWrittenMakeHasNoMake() {
        Classification c = customer("mas unit calya yg silver itu transmisinya apa ya");
        assertThat(c.entities().toMap()).isEqualTo(Map.of("model", "Calya", "color", "silver"));
    }

    // ---------------------------------------------------------------- roles

    @Test
    void statusCommandIsStaffOnly() {
        String text = "/status B 2231 TYU booked";
        Classification staff = classifier.classify(text, Role.STAFF);
        assertThat(staff.intent()).isEqualTo("staff_update_status");
        assertThat(staff.isStaffCommand()).isTrue();
        assertThat(staff.entities().plate()).isEqualTo("B 2231 TYU");
        assertThat(staff.entities().status()).isEqualTo("booked");

        Classification cust = classifier.classify(text, Role.CUSTOMER);
        assertThat(cust.intent()).isEqualTo("customer_general_question");
        assertThat(cust.isStaffCommand()).isFalse();
        assertThat(cust.entities().status()).isNull();
    }

    @Test
    void staffSmallTalkGetsCustomerLabels() {
        assertThat(classifier.classify("pagi semua 🙏", Role.STAFF).intent()).isEqualTo("customer_greeting");
        assertThat(classifier.classify("gimana cara hapus foto yg salah upload?", Role.STAFF).intent())
                .isEqualTo("customer_general_question");
        assertThat(classifier.classify("laporannya udah sy kirim ke email bapak ya", Role.STAFF).intent())
                .isEqualTo("customer_general_question");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "upload mobil Honda Jazz RS 2015 matic putih 185jt        | staff_upload_vehicle",
            "/UPLOAD Nissan Livina 2014 AT merah 105jt                | staff_upload_vehicle",
            "Fortuner 2016 hitam sudah laku ya, tolong update statusnya | staff_update_status",
            "cek stok avanza ada brp unit?                            | staff_check_inventory",
            "avanza 2019 masih ada?                                   | staff_check_inventory",
            "laporan penjualan bulan oktober dong                     | staff_get_stats",
            "/stats today                                             | staff_get_stats"})
    void staffCommands(String text, String intent) {
        assertThat(classifier.classify(text, Role.STAFF).intent()).isEqualTo(intent);
    }

    // ---------------------------------------------------------------- customer intents

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "halo kak, avanza 2019 ada?                  | customer_vehicle_inquiry",
            "halo kak, brp dp minimal utk avanza?        | customer_price_inquiry",
            "Pagi min, besok bisa test drive?            | customer_test_drive",
            "assalamualaikum, alamat showroom dimana?    | customer_general_question",
            "hallo kak                                   | customer_greeting",
            "Selamat siang bapak/ibu                     | customer_greeting",
            "hitam ada?                                  | customer_vehicle_inquiry",
            "hilux ready?                                | customer_vehicle_inquiry",
            "2019                                        | customer_vehicle_inquiry",
            "150                                         | customer_vehicle_inquiry",
            "0812 3456 7890                              | customer_general_question",
            "asdfghjkl                                   | unknown",
            "👍                                          | unknown",
            "[sticker]                                   | unknown"})
    void greetingPlusQuestionLetsTheQuestionWin(String text, String intent) {
        assertThat(customer(text).intent()).isEqualTo(intent);
    }

    @Test
    void blankIsUnknown() {
        assertThat(customer(null).intent()).isEqualTo("unknown");
        assertThat(customer("   ").intent()).isEqualTo("unknown");
        assertThat(customer("").entities().toMap()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "halo boss, jual chip higgs domino murah, bisa cod",
            "Selamat! Nomor anda menang hadiah mobil dari Shopee. Hubungi 0857xxxx untuk klaim",
            "Hai kak, kredit mobil bekas dp 0% acc cepat, hubungi marketing kami wa.me/62812",
            "Pagi bapak/ibu, PROMO PINJAMAN CAIR 5 MENIT klik bit.ly/dana-cepat"})
    void spamWinsEvenWithGreetingOrCarWords(String text) {
        Classification c = customer(text);
        assertThat(c.intent()).isEqualTo("spam");
        assertThat(c.entities().toMap()).isEmpty();
    }

    @Test
    void customerAskingAboutPromoIsNotSpam() {
        assertThat(customer("ada promo akhir tahun gak min?").intent()).isEqualTo("customer_price_inquiry");
    }

    // ---------------------------------------------------------------- entities

    @Test
    void extractsUploadEntitiesWithoutListingPrice() {
        Classification c = classifier.classify(
                "/upload daihatsu xenia R 2017 MT silver 125 jt plat B 1932 KJT", Role.STAFF);
        assertThat(c.entities().toMap()).isEqualTo(Map.of("make", "Daihatsu", "model", "Xenia", "year", 2017,
                "transmission", "manual", "color", "silver", "plate", "B 1932 KJT"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Xpander ultimate 2020 warna abu2 ada ga mas | abu-abu",
            "ada yg abu abu?                             | abu-abu",
            "Is the white Fortuner still available?      | putih",
            "brio grey ada?                              | abu-abu"})
    void canonicalColours(String text, String color) {
        assertThat(customer(text).entities().color()).isEqualTo(color);
    }

    @Test
    void transmissionAtOnlyWhenItIsATransmission() {
        assertThat(customer("Agya G 2019 AT masih ada?").entities().transmission()).isEqualTo("automatic");
        assertThat(customer("ayla 2021 at ada ga min").entities().transmission()).isEqualTo("automatic");
        assertThat(customer("can I look at the car tomorrow?").entities().transmission()).isNull();
        assertThat(customer("ertiga matic ada?").entities().transmission()).isEqualTo("automatic");
        assertThat(customer("ada pajero solar?").entities().fuel()).isEqualTo("diesel");
    }

    @Test
    void datePhraseIsCopiedAsWritten() {
        assertThat(customer("Pak, hari minggu jam 1 sy sama istri mau test drive CR-V nya").entities().datePhrase())
                .isEqualTo("hari minggu jam 1");
        assertThat(customer("Sabtu buka kan? sy mau liat2 unit").entities().datePhrase()).isEqualTo("Sabtu");
        assertThat(customer("besok jam 10 bisa lihat unitnya?").entities().datePhrase()).isEqualTo("besok jam 10");
    }

    @Test
    void confidenceIsHigherForStrongEvidenceThanForFallbacks() {
        double strong = customer("bisa test drive sabtu?").confidence();
        double fallback = customer("ini mobil punya siapa sebelumnya, oh iya").confidence();
        assertThat(strong).isGreaterThan(fallback);
        assertThat(classifier.classify("/stats", Role.STAFF).confidence()).isGreaterThan(0.9);
    }
}
