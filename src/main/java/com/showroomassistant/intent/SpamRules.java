package com.showroomassistant.intent;

import static com.showroomassistant.intent.Intent.SPAM;
import static com.showroomassistant.intent.Rule.p;
import static com.showroomassistant.intent.Rule.r;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spam stage's rules: weighted spam words and links, with the signs that a customer is asking about an offer
 * rather than spreading one. A score of {@link #SPAM_SCORE} or more is spam outright.
 */
final class SpamRules {

    // compiled once: String.matches, replaceAll and split compile their pattern on every call (2% of the app's
    // samples at 500 msg/s, and 4% of its allocation)
    private static final Pattern ASKS_WHETHER = Pattern.compile(".*\\b(?:ada|tidak|bisa|berapa)\\b.*");

    /** The rule score at which a message is spam without asking the spam model. */
    static final double SPAM_SCORE = 4;

    private SpamRules() {}

    static final Pattern LINK = p("(?:https?://|www\\.|bit\\.ly|wa\\.me|t\\.me|linktr\\.ee|s\\.id/|\\w\\.apk\\b|"
            + "\\b[\\w-]+\\.(?:com|net|info|xyz|id|co|me|site|online|link|top|vip|biz|org|app|cc|shop|store)\\b)");
    private static final List<Rule> SPAM_RULES = List.of(
            r(
                    SPAM,
                    3,
                    "slot|gacor|maxwin|judi|togel|casino|kasino|poker|domino|higgs|chip|pinjol|pinjaman|"
                            + "dana (?:talangan|tunai|cepat|darurat)|gadai|tanpa (?:jaminan|survey|survei|bi checking|agunan)"
                            + "|bi checking|acc 100|obat kuat|herbal|followers?|subscribers?|jasa seo|seo|top ?up|diamond|free ?fire"
                            + "|pubg|uc|mobile legends?|ml|lowongan|loker|part ?time|kerja dari rumah|gaji|investasi|trading"
                            + "|forex|crypto|kripto|profit|cuan|bansos|undian|hadiah|menang|memenangkan|pemenang|giveaway"
                            + "|voucher|cashback|saldo|klaim|claim|terpilih|rekening anda|diblokir|verifikasi|sebarkan"
                            + "|disebarkan|teruskan pesan|kirimkan pesan ini|kirim pesan ini|sial|umroh|umrah|skincare|bpom"
                            + "|reseller|asuransi|premi|paket data|pulsa|kenalan|profilku|jual akun|vote|deposit|wd|jackpot"
                            + "|bonus new member|cair|pelunasan|pesugihan|dukun|pelet|sbobet|airdrop"
                            + "|nft|mlm|member baru|dropship|jasa (?:joki|pembuatan|desain)|joki|blt|bst|penerima bantuan"
                            + "|anda terdaftar|kavling|tanah dijual|dijual tanah|rumah dijual|dijual rumah|properti|shm"
                            + "|pasang iklan|iklan gratis|kena (?:musibah|sial|azab|kutukan)|malapetaka|kualat|azab|paket (?:anda|kamu)|cek resi|apk"
                            // someone selling to the showroom: partnerships, financing agents, car care
                            + "|kerja ?sama|bekerja ?sama|kemitraan|partnership|mitra (?:kami|resmi)|(?:saya|kami) (?:marketing|sales|agen|"
                            + "dari (?:leasing|bank|finance|asuransi|pt|cv))|approval cepat|cuci mobil|salon mobil|coating|"
                            + "detailing|poles (?:body|bodi|kaca)|kaca film|panggilan ke rumah|home service"
                            // auction and impostor scams, chain messages, political broadcasts
                            + "|lelang|sitaan|amankan unit|transfer (?:dp |uang )?dulu|ke rek(?:ening)? (?:ini|berikut|ini ya)"
                            + "|ini (?:mama|mamah|mami|papa|papi|ayah|bunda) nak|nomor (?:lama|ku|saya) (?:hilang|ganti|rusak)"
                            + "|nomor baru (?:mama|mamah|mami|papa|papi|ayah|bunda|ibu|bapak|om|tante)|(?:hp|handphone) (?:lama|ku|saya) "
                            + "(?:hilang|rusak|mati|dicuri|kecebur)|transfer (?:\\w+ ){1,2}dulu ke rek\\w*"
                            + "|ganti nomor|jangan berhenti di|jangan (?:diputus|putus)|amalkan|coblos|pemilu|pilpres|pilkada|"
                            + "caleg|capres|paslon|kampanye|pilih nomor|(?:kami|saya) (?:jasa|menyediakan|melayani)|pricelist|"
                            + "price ?list|undangan (?:digital|pernikahan)"
                            // dating bait, account phishing, car-buying services, car lotteries
                            + "|kesepian|link (?:di )?bio|cek bio|kode (?:otp|verifikasi|\\d+ digit)|\\d+ digit|"
                            + "akun (?:anda|kamu|whatsapp|wa) (?:terdeteksi|akan|telah|sudah|diblokir|dinonaktifkan|dibekukan)|melanggar"
                            + "|arisan|(?:kami|kita) (?:beli|membeli|terima|menerima|siap beli|siap membeli) (?:mobil|kendaraan|unit)"
                            + "|harga tertinggi|semua kondisi|cash di tempat"
                            // seasonal sellers: cookies, parcels, pre-orders
                            + "|kue kering|nastar|kastengel|parcel|hampers|toples|open po|pre ?order|po (?:sampai|sampe|s/d|dibuka)"
                            // chain warnings, advance-fee and donation scams, add-on sellers, card cash-outs
                            + "|pesan berantai|modus baru|waspada modus|hati ?2 (?:ada )?modus|package worth|army|inheritance|beneficiary"
                            + "|donasi\\w*|seikhlasnya|yayasan|panti asuhan|gps tracker|pasang di tempat|gesek tunai|fee \\d+ ?%"
                            // bought reviews and badges
                            + "|(?:garansi )?uang kembali|money back|jasa (?:review|ulasan|rating)|(?:review|ulasan|rating) bintang|centang (?:biru|hijau)"),
            r(
                    SPAM,
                    2,
                    "link|klik|daftar sekarang|hubungi (?:kami|agen|marketing|admin kami|segera)|balas ya|"
                            + "promo|murah|termurah|dijamin|terbatas|gratis|cod|proses (?:cepat|\\d+ menit)|acc cepat|"
                            + "dp 0|bunga rendah|syarat mudah|kami menawarkan|kami dari|jual|follow|grup sebelah|"
                            + "semua grup|ke grup|razia|info dari grup|yth|hubungi \\d|hubungi 0|sebelum kehabisan|sekarang juga|dapatkan|"
                            + "mendapatkan|minat\\?|wajib share|hanya dengan|cuma dengan|tanpa modal|penghasilan|jutaan|dp ringan|"
                            + "(?:fb|facebook|google|ig|instagram|tiktok) ads|website|konsultasi gratis|free konsultasi|"
                            + "digital marketing|teruskan ke|kirim(?:kan)? ke \\d+|paket mulai|(?:keluarga|teman|saudara) (?:anda|kamu|kita)|"
                            + "ke \\d+ (?:grup|group|orang|teman|kontak)|(?:sudah|telah) terbukti"),
            // "terima take over kredit" is an offer with more to it; "bisa over kredit?" a customer asking
            r(SPAM, 1.5, "take over|over kredit"),
            r(SPAM, 2, "tanpa dp|minat japri|japri|lanjut angsuran"),
            new Rule(SPAM, 2, LINK));

    /** Asking whether a forwarded promo still holds, or is real: a customer asking about it, not spreading it. */
    static final Pattern ASKS_ABOUT_FORWARD = p(
            "\\bmasih berlaku(?: (?:kak|min|gan|mas|mbak|pak|bu|ya|kah|nih|sis))*\\s*\\?"
                    + "|\\bmasih berlaku (?:gak|ga|nggak|tidak)|\\b(?:apa|apakah) (?:\\w+ ){0,2}masih berlaku"
                    + "|\\b(?:apa|apakah) (?:ini )?(?:benar|bener|asli)\\b|\\bini (?:asli|hoax|beneran) (?:gak|ga|nggak|tidak|kah|ya|\\?)");

    /** A company buying: "cari 5 unit", "pembelian fleet 10 unit". */
    static final Pattern BUYING = p("\\b(?:cari|mencari|butuh|membutuhkan|pembelian|beli|membeli|pesan|order)\\b"
            + "(?:\\W+\\w+){0,3}?\\W+\\d+\\s*unit\\b|\\b(?:fleet|armada|corporate)\\b");

    private static final Pattern ASKS_SHOWROOM = p("\\b(?:ada|bisa|boleh)\\b[^?.!]{0,60}\\btidak\\b[^?.!]{0,40}\\?");

    /** A customer of the showroom selling or consigning their own car says "jual" too. */
    private static final Pattern OWN_CAR =
            p("titip jual|konsinyasi|(?:pernah|sudah|baru) beli (?:di|dari) (?:sini|kalian|situ)"
                    + "|(?:jual|tukar) (?:lagi )?mobil (?:saya|aku)|mobil (?:saya|aku)");

    static double score(String lower, String norm, boolean namesACar) {
        double score = 0;
        boolean link = false;
        for (Rule rule : SPAM_RULES) {
            Matcher m = rule.pattern().matcher(rule.pattern() == LINK ? lower : norm);
            int count = 0;
            while (m.find() && count < 3) {
                count++;
            }
            if (count == 0) {
                continue;
            }
            if (rule.pattern() == LINK) {
                link = true;
                continue;
            }
            score += rule.weight() * count;
        }
        if (link) {
            score += 2;
        } else if (namesACar || OWN_CAR.matcher(norm).find()) {
            score -= 2; // a customer selling or trading in their own car says "jual" and "murah" too
        }
        // asking whether a forwarded promo still holds, or is real, is a customer asking about it
        if (ASKS_ABOUT_FORWARD.matcher(norm).find()) {
            score = Math.min(score, 1);
        }
        // a short question to the showroom without any link ("ada promo cashback gak?") is a customer asking
        if (!link
                && norm.contains("?")
                && norm.split(" ").length <= 10
                && ASKS_WHETHER.matcher(norm).matches()) {
            score -= 2;
        }
        // "ada cashback ... gak kalo beli bulan ini?", "bisa pengajuan kredit ga?": a customer asking whether the
        // showroom offers something, however long; spam offers, it does not ask whether the reader has
        if (!link && ASKS_SHOWROOM.matcher(norm).find()) {
            score = Math.min(score, 2); // the spam model may still judge it
        }
        return score;
    }
}
