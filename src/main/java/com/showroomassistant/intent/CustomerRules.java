package com.showroomassistant.intent;

import static com.showroomassistant.intent.Intent.CUSTOMER_GENERAL_QUESTION;
import static com.showroomassistant.intent.Intent.CUSTOMER_PRICE_INQUIRY;
import static com.showroomassistant.intent.Intent.CUSTOMER_TEST_DRIVE;
import static com.showroomassistant.intent.Intent.CUSTOMER_VEHICLE_INQUIRY;
import static com.showroomassistant.intent.Rule.p;
import static com.showroomassistant.intent.Rule.r;

import java.util.List;
import java.util.regex.Pattern;

/** The customer stage's weighted keyword rules, one list per customer intent. */
final class CustomerRules {

    private CustomerRules() {}

    static final Intent T = CUSTOMER_TEST_DRIVE;
    static final Intent PR = CUSTOMER_PRICE_INQUIRY;
    static final Intent V = CUSTOMER_VEHICLE_INQUIRY;
    static final Intent G = CUSTOMER_GENERAL_QUESTION;

    /** Looking for a car, not for a person ("bos nyari lu"). */
    private static final String LOOKING_FOR =
            "(?:cari|nyari|mencari)(?!\\s+(?:lu|lo|elu|kamu|km|dia|saya|kakak|kak|bapak|"
                    + "pak|ibu|bu|bos|mas|mbak|anda|situ|kalian|orang|sales)(?![\\p{L}]))";
    /** "don't just send the price": the price is named only to ask for something else. */
    static final Pattern NOT_PRICE =
            p("\\b(?:jangan|bukan) (?:\\w+ ){0,2}harga\\w* (?:doang|aja|saja|terus|melulu)\\b");

    static final Pattern BARE_AMOUNT = p("^(?:rp\\.? ?)?\\d[\\d.,]*\\s*(?:jt|juta|rb|an|jtan|juta an)?\\s*(?:an)?$");

    static final List<Rule> RULES = List.of(
            // test drive / visit / inspection
            r(T, 4, "test drive|test driv|uji coba|uji jalan|test (?:mobil|unit|jalan|dulu)|(?:bisa|mau|boleh) td"),
            r(T, 3.5, "coba(?:\\W+\\w+){0,2}?\\W+(?:mdl|unit|mobil|bawa|nyetir|langsung|setir)"),
            r(
                    T,
                    3.5,
                    "(?:lihat|cek|inspeksi|survei|survey|periksa)\\W+(?:lihat\\W+)?(?:(?:dulu|aja|yang)\\W+)?"
                            + "(?:langsung|fisik|unit\\w*|mobil\\w*|mdl|kondisi langsung|barang\\w*)"),
            // seeing or checking a car in person outweighs asking where the showroom is
            r(T, 4.5, "(?:lihat|cek|periksa|inspeksi)(?:\\W+\\w+){0,3}?\\W+(?:secara )?langsung"),
            r(T, 2.5, "(?:lihat|cek)(?:\\W+\\w+){0,3}?\\W+mdl|lihat lihat|inspeksi|inspection|bawa (?:montir|mekanik)"),
            r(
                    T,
                    4,
                    "bawa (?:montir|mekanik)|(?:bawa|ajak) (?:orang )?(?:bengkel|montir|mekanik)|inspektor|"
                            + "bawa keliling|keliling sebentar|(?:di)?bawa (?:jalan|muter|keliling)|\\d+ menit lagi (?:sampai|tiba)"),
            r(
                    T,
                    2.5,
                    "janji\\w*|jadwal\\w*|appointment|schedule|viewing|visit|come see|see the \\w+|"
                            + "dibawa ke (?:rumah|kantor)|test\\w* ke rumah"),
            // "kopinya udah datang": something else arriving
            r(
                    T,
                    2,
                    "ke (?:showroom|sana|situ|lokasi)|kesana|mampir|otw|(?<!nya )(?<!nya (?:udah|sudah|udh|baru|belum) )datang|meluncur|ketemu\\w*|"
                            + "disiapin|disiapkan|siapkan|siapin|come (?:by|over)"),
            r(T, 2, "mau coba|mau lihat"),
            // trying the car where it matters to them ("coba di tanjakan", "tes di tol") or coming on a named day
            r(
                    T,
                    4,
                    "(?:coba|tes|test|nyoba)(?:\\W+\\w+){0,2}?\\W+(?:di\\W+)?(?:tanjakan|turunan|tol|jalan tol|jalan raya|macet|nanjak)"),
            r(
                    T,
                    3.5,
                    "(?:hold|tahan|keep|simpan)\\w*(?:\\W+\\w+){0,4}?\\W+(?:besok|lusa|sabtu|minggu|nanti)\\W+(?:\\w+\\W+)?(?:lihat|liat|cek|datang|dateng|ke sana|kesana)"),
            r(
                    T,
                    3.5,
                    "(?:buat|untuk|utk|bisa|boleh) coba(?!\\s+(?:tanya|nanya|hubungi|telp\\w*|chat|kirim|cek|lihat|liat))|"
                            + "(?:di depan|sampai di|sampe di|udah di|sudah di) "
                            + "(?:showroom|lokasi|dealer)"),
            r(T, 3.5, "(?:pas|waktu|saat|kalau|nanti) (?:saya|aku|kami) (?:datang|ke sana|kesana|mampir|ke showroom)"),
            r(
                    T,
                    3,
                    "dilihat|diliat|dicek langsung|bisa (?:saya |kami )?(?:lihat|liat)(?: unit\\w*| mobil\\w*| langsung)?"),
            r(T, 1, "kapan bisa|sebelum (?:dp|beli|deal|bayar)"),
            // a time offered for the visit ("besok jam 2 bisa", "jam 4 aja kak"), not the team's own plans
            new Rule(
                    T,
                    2.5,
                    p("^(?!.*\\b(?:meeting|rapat|briefing|makan|istirahat|sholat|pulang|buka|tutup)\\b).*?"
                            + "\\b(?:jam|pukul|jm) \\d{1,2}(?:[.:]\\d{2})?(?: (?:pagi|siang|sore|malam))?"
                            + " (?:aja|saja|bisa|ya|kak|min|gan|ok)\\b")),
            // price, credit, trade-in, nego
            r(
                    PR,
                    3.5,
                    "harga\\w*|price|how much|berapaan|berapa an|nett?|otr|diskon\\w*|discount|disc|potongan|"
                            + "promo\\w*|nego\\w*|tawar\\w*|dp|down payment|tdp|(?<!kartu )kredit\\w*|cicilan|angsuran\\w*|"
                            + "tenor|bunga\\w*|leasing|leasingnya|finance|simulasi|tukar tambah|trade ?in|dituker|ditukar|"
                            + "tuker|dihargai|cash (?:keras|bertahap)|kurang (?:dikit|sedikit|lagi|\\d+)|bisa kurang|"
                            + "boleh kurang|murah\\w*|mahal|termasuk|include|all in|biaya|cashback|free service|service gratis|gratis service"),
            r(PR, 2, "cash|tunai|lunas"),
            r(PR, 3.5, "ditawar\\w*|nawar\\w*|menawar"),
            // affordability is a credit question; what the price includes is a price question
            r(
                    PR,
                    4,
                    "gaji (?:saya|aku|kami|istri|suami)|kuat (?:tidak |ya )*(?:nyicil|bayar|ambil|cicil)\\w*|sanggup (?:bayar|nyicil)"),
            r(
                    PR,
                    4.5,
                    "(?:termasuk|include)\\w*(?:\\W+\\w+){0,3}?\\W+balik nama|balik nama(?:\\W+\\w+){0,3}?\\W+(?:termasuk|include)\\w*"),
            // a bare "berapa" about a car asks its price ("avanza 2019 brp?"), unless it counts something else
            r(
                    PR,
                    2.5,
                    "(?<!(?:jam|tahun|thn|km|unit|pukul|nomor|no) )berapa(?!\\s+(?:unit|km|kilo\\w*|tahun|thn|cc|orang|"
                            + "seat|kursi|lama|jam|hari|pintu|tangan|penumpang))"),
            r(PR, 4.5, "harga\\w*(?:\\W+\\w+){0,3}?\\W+termasuk|termasuk(?:\\W+\\w+){0,2}?\\W+harga\\w*"),
            new Rule(
                    PR,
                    3.5,
                    p("^(?:kalau |kalo )?(?:rp\\.? ?)?\\d[\\d.,]*\\s*(?:jt|juta|m|rb)?\\s+(?:(?:aja|pas|nett?)\\W+)?"
                            + "(?:bisa|boleh|ok|nett?|gimana|masuk|deal|dapat)")),
            // an offered price ("kalo 295jt gmn", "380jt boleh?"), not a budget ("budget 150jt dapet apa")
            new Rule(
                    PR,
                    3.5,
                    p(
                            "^(?!.*\\b(?:budget|bujet|dana|duit|uang|range|rentang|kisaran|sekitar|maks\\w*|max|di ?bawah|"
                                    + "di ?atas|under|minimal)\\b).*?\\d[\\d.,]*\\s*(?:jt|juta|m)\\s+(?:aja\\s+)?(?:bisa|boleh|ok|oke|nett?|gimana|gmn|masuk|deal|dapat|dapet)\\b")),
            r(PR, 4.5, "harga\\w*(?:\\W+\\w+){0,2}?\\W+mdl|mdl(?:\\W+\\w+){0,3}?\\W+harga\\w*"),
            // the customer names the price they would pay ("bisa 350 pas?", "di angka 280 bisa?", "95 jt aja ya")
            new Rule(
                    PR,
                    4,
                    p(
                            "^(?!.*\\b(?:budget|bujet|dana|duit|range|rentang|kisaran|maks\\w*|max|di ?bawah|di ?atas|under|minimal)\\b)"
                                    + ".*?(?:\\b(?:bisa|boleh|gimana kalau|gmn kalo|di ?angka|di ?harga|mentok|dilepas|lepas)\\s+(?:di\\s+)?"
                                    + "(?:rp\\.? ?)?(?!(?:19|20)\\d\\d\\b)\\d[\\d.,]*\\s*(?:jt|juta|m|rb)?(?!\\s*(?:km|cc|tahun|thn|orang|seat|"
                                    + "penumpang|menit|jam|hari|unit|x|kali|pintu)\\b)(?![\\d.,])|\\b\\d[\\d.,]*\\s*(?:jt|juta|m)?\\s+(?:aja|saja)\\s+"
                                    + "(?:ya|yah|ok|oke|deh|gimana|gmn|bisa)\\b)")),
            // an offer turned into a question ("klo 95jt ga dikasih?", "yaris 180-an dapet ga?", "135 ya kak, deal")
            new Rule(
                    PR,
                    4,
                    p(
                            "\\b\\d[\\d.,]*\\s*(?:jt|juta|m)?\\s*-?an?\\s+(?:(?:ga|gak|gk|tidak|nggak)\\s+)?(?:dikasih|dilepas|dapet|dapat|boleh)\\b|"
                                    + "\\b\\d[\\d.,]*\\s*(?:jt|juta|m)?\\s+(?:ga|gak|gk|tidak|nggak)\\s+(?:dikasih|dilepas|boleh|bisa)\\b|"
                                    + "^\\s*\\d[\\d.,]*\\s*(?:jt|juta)?\\s+(?:ya|yah|aja)\\b.*\\bdeal\\b|would you (?:accept|take)|"
                                    + "(?:best|lowest|last) price|accept (?:idr|rp)")),
            // credit despite a bad record is a credit question, not a complaint
            r(
                    PR,
                    5,
                    "(?:kredit|leasing|cicilan|nyicil)\\w*(?:\\W+\\w+){0,4}?\\W+(?:bi checking|slik|ojk|tunggakan|blacklist|paylater)"),
            // "yg 120an ada ga", "harga 2 digit ada": which cars a budget buys
            r(V, 5, "(?:yg|yang) \\d+\\s*(?:an|-an|jt|juta|jtan)\\W+(?:\\w+\\W+)?(?:ada|ready)|harga \\d digit"),
            // asking which cars a price band buys is a search ("mobil 7 penumpang harga 100-130jt ada ga")
            new Rule(
                    V,
                    4.5,
                    p(
                            "harga\\s+(?:rp\\.? ?)?\\d[\\d.,]*\\s*(?:jt|juta)?\\s*(?:-|–|s/?d|sampai|sampe|hingga)\\s*\\d[\\d.,]*\\s*"
                                    + "(?:jt|juta)?\\W+(?:\\w+\\W+){0,2}?(?:ada|apa|yg|yang|dapat|dapet)\\b")),
            // vehicle availability, specs, condition, photos, recommendations
            r(
                    V,
                    3,
                    "(?<!saya )(?:masih ada|ada tidak|ada\\?)|masih ready|ready|available|tersedia|stok|kejual|terjual|laku|"
                            + "sold|still available|do you have|in stock|" + LOOKING_FOR
                            + "|looking for|(?<!saya )ada (?:mdl|mobil|unit)"),
            // looking for a cheap one is a search, not a price question
            r(V, 4, "(?:" + LOOKING_FOR + "|ada (?:mdl|mobil|unit))(?:\\W+\\w+){0,3}?\\W+murah\\w*"),
            r(
                    V,
                    4,
                    "(?:kok|kenapa|napa|knp) (?:\\w+ )?murah\\w*|murah\\w*(?:\\W+\\w+){0,4}?\\W+(?:masalah|minus|kenapa)"),
            r(
                    V,
                    3,
                    "transmisi\\w*|km|kilometer|odo\\w*|tangan (?:ke|pertama|1|kedua)|banjir|tabrak\\w*|servis|service|"
                            + "oli|foto\\w*|video\\w*|interior\\w*|eksterior|baret|lecet|penyok|dempul|cat|ori|original|"
                            + "orisinil|ban(?!\\s+(?:bocor|pecah|kempes|gembos))|mesin\\w*|irit|boros|seater|seat|kursi|kondisi|cc|spek\\w*|spesifikasi|fitur|"
                            + "warna|velg|sunroof|4x4|double cabin|kolong|rangka|ac|kaki kaki|bekas|mulus|automatic\\?|"
                            + "matic\\?|manual\\?|diesel\\?|turbo|hybrid|nomor rangka|kunci serep|nanjak\\w*|tanjakan|penumpang|bagasi|tenaga|torsi|"
                            + "konsumsi"),
            r(
                    V,
                    3,
                    "budget|bujet|(?:di ?bawah|di ?atas|under|maksimal|max|kisaran|sekitar|range|rentang) "
                            + "(?:rp\\.? ?)?\\d|mobil apa|rekomendasi|rekomen|saran mobil|cocok|mobil keluarga|"
                            + "dapat apa|dapet apa|dapat mobil|dapet mobil|suv|mpv|sedan|hatchback|pick ?up|pickup|lcgc|minibus|microbus|kapasitas"),
            r(V, 1, "ada|" + LOOKING_FOR),
            // general questions
            r(
                    G,
                    4,
                    "garansi\\w*|warranty|bpkb\\w*|stnk\\w*|faktur|balik nama|alamat\\w*|lokasi\\w*|share ?loc|"
                            + "(?:showroom|usaha)\\w* (?:ini |kakak |kalian )?resmi|kantor fisik|terdaftar|izin usaha|legalitas|"
                            + "retur\\w*|setelah (?:beli|pembelian)|sewa (?:mobil|unit)|(?:bisa|mau) sewa|rent a car|(?:yang|yg) (?:kemarin|kemaren|baru|sudah|udah) "
                            + "beli|check engine|"
                            + "maps|jam (?:buka|operasional|kerja)|komplain|complain|kecewa|sopan|manager|manajer|atasan|"
                            + "gimana cara|cara\\w* (?:bayar|pesan|beli|jual|titip)|cara (?:\\w+ ){0,4}?(?:gimana|gmn|gmna|bagaimana)|"
                            + "titip jual|konsinyasi|"
                            + "(?:jual|menjual) (?:mobil|unit|mdl)\\w* (?:saya|aku)|tunggakan|sengketa|tipu\\w*|penipu\\w*|bohong|palsu|"
                            + "beda (?:foto|gambar)\\w*|ini dengan|dengan showroom|daerah mana|"
                            + "(?:showroom|kantor|dealer|toko)\\w* (?:ada |letaknya |adanya )?di|tanggung ?jawab\\w*|"
                            + "(?:yang|yg) (?:saya|aku|gue|gw) beli|(?:sudah|udah|pernah|kemarin|kemaren|baru) beli (?:di|dari) "
                            + "(?:sini|kalian|situ)|refund|ganti rugi|mogok|(?:belum|blm) ada kabar|kapan (?:\\w+ ){0,2}bisa diambil|(?:belum|blm) (?:di)?konfirmasi\\w*"
                            + "|(?:cuma|cuman|hanya) dibaca|dibaca (?:doang|aja|saja)|di ?read (?:doang|aja)"
                            // after the sale: who bears a fault, a payment made, a delivered car, facilities, nobody
                            // serving
                            + "|ditanggung\\w*|mushola|musholla|musala|masjid|toilet|ruang tunggu|wifi"
                            // foreigners' papers, asked in English
                            + "|kitas|kitap|paperwork|papers|registration|registered|visa"
                            + "|(?:mobil\\w*|unit\\w*) (?:sudah|baru) (?:datang|sampai|tiba)|tidak ada yang (?:nyambut|menyambut|melayani|layani|respon\\w*)"),
            r(
                    G,
                    4.5,
                    "sudah (?:saya )?(?:transfer|tf|bayar)\\w*|bukti (?:tf|transfer|bayar|pembayaran)|(?:transfer|tf)\\w* (?:dp|tanda jadi)\\w* (?:\\w+ )?sudah"),
            r(
                    G,
                    3,
                    "buka\\w*|tutup|libur|cuti|sakit|sales\\w*|cs|customer service|kontak\\w*|nomor|telepon|telp|transfer|"
                            + "rekening|bukti\\w*|tanda jadi|kartu kredit|debit|qris|pembayaran|bayar|dikirim|kirim ke|"
                            + "antar|ongkir|parkir\\w*|asuransi|pajak\\w*|dibalas|dibales|respon\\w*|bot\\w*|robot|"
                            + "izin|telat|layanan|pengiriman|surat\\w*|kwitansi|dokumen|plat|nopol|mutasi|"
                            + "bicara|sambungkan|ngobrol|telpon|operator|manusia|human|cabang\\w*|mushola|musholla|musala|masjid|toilet|"
                            + "ruang tunggu|wifi|kirim (?:\\w+ ){1,2}ke|diantar\\w*|"
                            + "delivery|ambil sendiri"),
            // asking for someone by name ("Mbak Sari ada?"), not for a car
            new Rule(
                    G,
                    4,
                    p(
                            "^(?:mas|mbak|mba|pak|bu|bapak|ibu|kak|bang|koh|ko|ci|cik|om) (?!(?:mdl|unit|mobil|yang|stok|ready|"
                                    + "warna|hitam|putih|merah|silver|abu|biru|matic|manual|diesel)\\b)\\p{L}+ (?:nya )?ada\\b")),
            r(G, 2, "dimana|di mana|where"),
            r(
                    G,
                    1.5,
                    "makasih|terima kasih|matur nuwun|maturnuwun|suwun|hatur nuhun|suksma|dangke|ok|siap|kabari|pikir\\w*|nanti saya|baik|noted|tertarik|iklan\\w*"));

    /** Tie-break order: more specific intents first. */
    static final List<Intent> ORDER = List.of(T, PR, V, G);

    /** Evidence a car is meant: a named model or make. */
    static final double NAMED_CAR = 1.5;
    /** A car attribute or budget on its own (an answer to the assistant's question). */
    static final double CAR_ATTRIBUTE = 1.2;
    /** Each further strong rule (weight 2 or more) of the same intent adds this much. */
    static final double FURTHER_EVIDENCE = 0.3;
    /** A visit with a day or time named is more surely a visit. */
    static final double DATED_VISIT = 1;

    /** Each customer intent's score for a message, with the best and the runner-up. */
    record Scores(double[] byIntent, int best, double top, double second) {

        Intent bestIntent() {
            return best < 0 ? null : ORDER.get(best);
        }
    }

    /** Weighted keyword evidence for each customer intent, plus what the entities say about a car or a visit. */
    static Scores score(String norm, EntityExtractor.Found found) {
        norm = com.showroomassistant.vocabulary.NumberWords.rewrite(
                norm); // "seratus lima puluh juta bisa?" is an offer
        double[] scores = new double[ORDER.size()];
        int[] hits = new int[ORDER.size()];
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(norm).find()) {
                int i = ORDER.indexOf(rule.intent());
                scores[i] = Math.max(scores[i], rule.weight());
                if (rule.weight() >= 2) {
                    hits[i]++;
                }
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (hits[i] > 1) {
                scores[i] += FURTHER_EVIDENCE * (hits[i] - 1);
            }
        }
        int vi = ORDER.indexOf(V);
        int ti = ORDER.indexOf(T);
        if (found.model() != null || found.make() != null) {
            scores[vi] = Math.max(scores[vi], NAMED_CAR) + (scores[vi] > 0 ? FURTHER_EVIDENCE : 0);
        } else if (found.year() != null
                || found.transmission() != null
                || found.fuel() != null
                || found.priceMin() != null
                || found.priceMax() != null
                || found.color() != null && (norm.contains("?") || norm.split(" ").length <= 8)) {
            // a budget or a car attribute on its own answers the assistant's question; a colour deep in a long
            // forwarded text ("bawang putih 3 siung") is not about a car
            scores[vi] = Math.max(scores[vi], CAR_ATTRIBUTE);
        }
        if (scores[ti] > 0 && found.datePhrase() != null && !DateMentions.isPast(found.datePhrase())) {
            scores[ti] += DATED_VISIT;
        }
        int best = -1;
        double top = 0;
        double second = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > top) {
                second = top;
                top = scores[i];
                best = i;
            } else if (scores[i] > second) {
                second = scores[i];
            }
        }
        return new Scores(scores, best, top, second);
    }
}
