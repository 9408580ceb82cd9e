package com.showroomassistant.intent;

import static com.showroomassistant.intent.Classification.CUSTOMER_GENERAL_QUESTION;
import static com.showroomassistant.intent.Classification.CUSTOMER_GREETING;
import static com.showroomassistant.intent.Classification.CUSTOMER_PRICE_INQUIRY;
import static com.showroomassistant.intent.Classification.CUSTOMER_TEST_DRIVE;
import static com.showroomassistant.intent.Classification.CUSTOMER_VEHICLE_INQUIRY;
import static com.showroomassistant.intent.Classification.SPAM;
import static com.showroomassistant.intent.Classification.STAFF_CHECK_INVENTORY;
import static com.showroomassistant.intent.Classification.STAFF_GET_STATS;
import static com.showroomassistant.intent.Classification.STAFF_UPDATE_STATUS;
import static com.showroomassistant.intent.Classification.STAFF_UPLOAD_VEHICLE;
import static com.showroomassistant.intent.Classification.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Rule-based intent classifier for Indonesian WhatsApp messages (no LLM call). The text is normalised (slang,
 * typos, emoji, letter runs), catalogue mentions are masked, and weighted keyword rules score each customer intent;
 * staff commands are recognised only for {@link Role#STAFF}. All patterns are compiled once.
 */
@Component
public class IntentClassifier {

    private record Rule(String intent, double weight, Pattern pattern) {
    }

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    private static Rule r(String intent, double weight, String regex) {
        return new Rule(intent, weight, p("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])"));
    }

    // ------------------------------------------------------------------ unknown
    private static final Pattern PLACEHOLDER = p("^[\\s\\p{So}\\p{Sk}\\uFE0F]*[\\[(<]?\\s*(?:[\\[<(]\\s*(?:sticker|stiker|image|gambar|foto|photo|video|"
            + "audio|voice|media|document|dokumen|gif|file|location|lokasi|contact|kontak)[^\\])>]*[\\])>]"
            + "|<?media omitted>?|(?:audio|image|video|sticker|gif|document) omitted|<attached: [^>]*>|(?:img|vid|ptt|photo|video|aud)-[\\w-]*\\.(?:jpe?g|png|mp4|opus|webp)|(?:pesan ini (?:telah )?dihapus|this message was deleted|you deleted this message"
            + "|anda menghapus pesan ini|pesan dihapus|message deleted|null|undefined"
            + "|(?:🎤|🎙\uFE0F?)?\\s*(?:pesan suara|voice message|voice note|pesan audio|audio)(?:\\s*\\(?\\d{1,2}:\\d{2}\\)?)?))\\s*[\\])>]?\\s*$");
    private static final Pattern GLUED_YEAR = Pattern.compile("(?<=\\p{L}{3})(?=(?:19[89]|20[0-3])\\d(?!\\d))");
    private static final Pattern PHONE_WITH_NAME = p("^\\s*(?:\\+?\\d[\\d\\s-]{8,}\\d)\\s*(?:(?:a\\.?n\\.?|an|atas nama|nama)?\\s*[\\p{L} .]{0,30})$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_TEXT = 4_000;
    private static final Pattern HAS_ALNUM = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern NUMERIC_ONLY = Pattern.compile("^[\\d\\s.,+\\-()]+$");
    private static final Pattern KEYBOARD = Pattern.compile("qwert|werty|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn"
            + "|vbnm|uiop|yuio|tyui");

    // ------------------------------------------------------------------ spam
    private static final Pattern LINK = p("(?:https?://|www\\.|bit\\.ly|wa\\.me|t\\.me|linktr\\.ee|s\\.id/|\\w\\.apk\\b|"
            + "\\b[\\w-]+\\.(?:com|net|info|xyz|id|co|me|site|online|link|top|vip|biz|org|app|cc|shop|store)\\b)");
    private static final List<Rule> SPAM_RULES = List.of(
            r(SPAM, 3, "slot|gacor|maxwin|judi|togel|casino|kasino|poker|domino|higgs|chip|pinjol|pinjaman|"
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
            r(SPAM, 2, "link|klik|daftar sekarang|hubungi (?:kami|agen|marketing|admin kami|segera)|balas ya|"
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
    private static final Pattern ASKS_ABOUT_FORWARD = p("\\bmasih berlaku(?: (?:kak|min|gan|mas|mbak|pak|bu|ya|kah|nih|sis))*\\s*\\?"
            + "|\\bmasih berlaku (?:gak|ga|nggak|tidak)|\\b(?:apa|apakah) (?:\\w+ ){0,2}masih berlaku"
            + "|\\b(?:apa|apakah) (?:ini )?(?:benar|bener|asli)\\b|\\bini (?:asli|hoax|beneran) (?:gak|ga|nggak|tidak|kah|ya|\\?)");

    /** A company buying: "cari 5 unit", "pembelian fleet 10 unit". */
    private static final Pattern BUYING = p("\\b(?:cari|mencari|butuh|membutuhkan|pembelian|beli|membeli|pesan|order)\\b"
            + "(?:\\W+\\w+){0,3}?\\W+\\d+\\s*unit\\b|\\b(?:fleet|armada|corporate)\\b");

    private static final Pattern ASKS_SHOWROOM = p("\\b(?:ada|bisa|boleh)\\b[^?.!]{0,60}\\btidak\\b[^?.!]{0,40}\\?");

    /** A customer of the showroom selling or consigning their own car says "jual" too. */
    private static final Pattern OWN_CAR = p("titip jual|konsinyasi|(?:pernah|sudah|baru) beli (?:di|dari) (?:sini|kalian|situ)"
            + "|(?:jual|tukar) (?:lagi )?mobil (?:saya|aku)|mobil (?:saya|aku)");

    // ------------------------------------------------------------------ staff
    private static final Pattern SLASH = p("^\\s*/\\s*([a-z]+)");
    private static final Pattern STATS = p("(?<![\\p{L}])(?:laporan|rekap|rekapan|statistik|stats?|report|performa|tarik data|"
            + "data (?:penjualan|leads?|chat|pelanggan|customer)|"
            + "omzet|omset|leads?|konversi|conversion|dashboard)(?![\\p{L}])|berapa\\b.{0,30}\\b(?:chat|leads?|test drive|td|kunjungan|\\w*booking|"
            + "customer|pelanggan|terjual|kejual|penjualan|closing|prospek|pesan masuk)|(?:total|jumlah)\\w* (?:chat|pesan|leads?|test drive|td|janji|jadwal|kunjungan|booking)|\\b(?:terjual|kejual|laku|closing)\\b"
            + ".{0,15}\\bberapa\\b|\\b(?:terjual|penjualan|closing)\\b"
            + ".{0,25}\\b(?:minggu|bulan|hari|tahun|pekan) (?:ini|lalu|kemarin)"
            + "|\\b(?:minggu|bulan|hari|tahun|pekan) (?:ini|lalu|kemarin)\\b.{0,25}\\b(?:terjual|kejual|laku|closing)\\b|jumlah (?:chat|leads?|penjualan|"
            + "customer|unit terjual)");
    // "innova yg ready ada brp? mau info ke customer": counting stock for a customer, not a report
    private static final Pattern NOT_STATS = p("(?:sudah|telah)\\b.{0,30}\\bkirim|gimana cara|cara (?:bikin|buat)"
            + "|\\b(?:ready|tersedia|available|stok)\\b.{0,15}\\bberapa\\b");
    private static final Pattern UPDATE_EXPLICIT = p("update status|updet status|ubah status|ganti status|set status|"
            + "status\\w*\\s+(?:jadi|ke|menjadi|diganti|diubah|diupdate|dirubah)|\\bstatusnya\\b|tandai|tandain|"
            + "mark as|tolong (?:di)?update|diupdate|update (?:dong|ya|min|bos|bro)|balikin (?:ke|jadi)|kembalikan (?:ke|jadi)");
    private static final Pattern STATUS_WORD = p("(?<![\\p{L}])(?:sold|terjual|kejual|laku|booked|dibooking|dibook|"
            + "di ?dp|tanda jadi|batal|cancel|ready lagi|available lagi|tersedia lagi|hold|tahan dulu|ditahan|booking)(?![\\p{L}])");
    private static final Pattern QUESTION = p("\\?|\\b(?:belum|apa|apakah|tidak|berapa|kah)\\b");
    private static final Pattern UPLOAD = p("(?<![\\p{L}])(?:upload|unggah|tambah|tambahin|tambahkan|input|masukin|add|catat|catet|"
            + "masukkan|posting|post|daftarkan|diupload|diunggah|diinput|dimasukin|upload-in|uploadin|uploadkan|diuploadin)(?![\\p{L}])"
            + "(?:\\W+\\w+){0,3}?\\W+(?:mobil|unit|stok|kendaraan|mdl|baru|sistem|system|aplikasi|web|listing|katalog)"
            + "|(?:mobil|unit|stok)(?: baru)? (?:masuk|datang)(?!\\W*\\?)");
    private static final Pattern LIST = p("^\\s*(?:(?:tolong|coba|minta)\\s+)?(?:list|daftar|cek|lihat|liat)(?:in|kan)?\\s+"
            + "(?:(?:semua|seluruh)\\s+)?(?:unit|mobil|stok)");
    private static final Pattern NOT_UPLOAD = p("\\b(?:cara|hapus|salah|gagal|error|kenapa|gimana|tidak bisa)\\b");
    /** Colleagues asking who has or where something is, about the bot, or reporting a follow-up. */
    private static final Pattern STAFF_CHATTER = p("\\b(?:siapa|sopo|kunci\\w*|follow ?up|bot\\w*|ada (?:yang|yg) (?:lihat|bawa|pegang|tau|tahu)"
            + "|taruh|taro|naruh)\\b");
    private static final Pattern INVENTORY = p("(?<![\\p{L}])(?:cek (?:stok|unit|inventory|mobil|ketersediaan)|stok|"
            + "inventory|inventori|daftar (?:unit|mobil)|list (?:unit|mobil)|unit apa|mobil apa|"
            + "yang (?:masih )?(?:ready|available|tersedia)|tinggal berapa|sisa berapa|ada berapa (?:unit|mobil)|"
            + "berapa unit|total unit|jumlah unit)(?![\\p{L}])|\\b(?:unit|mobil|stok)\\w*\\b.{0,30}\\bada apa (?:aja|saja)\\b");

    // ------------------------------------------------------------------ customer intents
    private static final String T = CUSTOMER_TEST_DRIVE;
    private static final String PR = CUSTOMER_PRICE_INQUIRY;
    private static final String V = CUSTOMER_VEHICLE_INQUIRY;
    private static final String G = CUSTOMER_GENERAL_QUESTION;

    /** Looking for a car, not for a person ("bos nyari lu"). */
    private static final String LOOKING_FOR = "(?:cari|nyari|mencari)(?!\\s+(?:lu|lo|elu|kamu|km|dia|saya|kakak|kak|bapak|"
            + "pak|ibu|bu|bos|mas|mbak|anda|situ|kalian|orang|sales)(?![\\p{L}]))";
    /** "don't just send the price": the price is named only to ask for something else. */
    private static final Pattern NOT_PRICE = p("\\b(?:jangan|bukan) (?:\\w+ ){0,2}harga\\w* (?:doang|aja|saja|terus|melulu)\\b");
    private static final Pattern BARE_AMOUNT = p("^(?:rp\\.? ?)?\\d[\\d.,]*\\s*(?:jt|juta|rb|an|jtan|juta an)?\\s*(?:an)?$");

    private static final List<Rule> RULES = List.of(
            // test drive / visit / inspection
            r(T, 4, "test drive|test driv|uji coba|uji jalan|test (?:mobil|unit|jalan|dulu)|(?:bisa|mau|boleh) td"),
            r(T, 3.5, "coba(?:\\W+\\w+){0,2}?\\W+(?:mdl|unit|mobil|bawa|nyetir|langsung|setir)"),
            r(T, 3.5, "(?:lihat|cek|inspeksi|survei|survey|periksa)\\W+(?:lihat\\W+)?(?:(?:dulu|aja|yang)\\W+)?"
                    + "(?:langsung|fisik|unit\\w*|mobil\\w*|mdl|kondisi langsung|barang\\w*)"),
            // seeing or checking a car in person outweighs asking where the showroom is
            r(T, 4.5, "(?:lihat|cek|periksa|inspeksi)(?:\\W+\\w+){0,3}?\\W+(?:secara )?langsung"),
            r(T, 2.5, "(?:lihat|cek)(?:\\W+\\w+){0,3}?\\W+mdl|lihat lihat|inspeksi|inspection|bawa (?:montir|mekanik)"),
            r(T, 4, "bawa (?:montir|mekanik)|(?:bawa|ajak) (?:orang )?(?:bengkel|montir|mekanik)|inspektor|"
                    + "bawa keliling|keliling sebentar|(?:di)?bawa (?:jalan|muter|keliling)|\\d+ menit lagi (?:sampai|tiba)"),
            r(T, 2.5, "janji\\w*|jadwal\\w*|appointment|schedule|viewing|visit|come see|see the \\w+|"
                    + "dibawa ke (?:rumah|kantor)|test\\w* ke rumah"),
            // "kopinya udah datang": something else arriving
            r(T, 2, "ke (?:showroom|sana|situ|lokasi)|kesana|mampir|otw|(?<!nya )(?<!nya (?:udah|sudah|udh|baru|belum) )datang|meluncur|ketemu\\w*|"
                    + "disiapin|disiapkan|siapkan|siapin|come (?:by|over)"),
            r(T, 2, "mau coba|mau lihat"),
            r(T, 3.5, "(?:buat|untuk|utk|bisa|boleh) coba(?!\\s+(?:tanya|nanya|hubungi|telp\\w*|chat|kirim|cek|lihat|liat))|"
                    + "(?:di depan|sampai di|sampe di|udah di|sudah di) "
                    + "(?:showroom|lokasi|dealer)"),
            r(T, 3.5, "(?:pas|waktu|saat|kalau|nanti) (?:saya|aku|kami) (?:datang|ke sana|kesana|mampir|ke showroom)"),
            r(T, 3, "dilihat|diliat|dicek langsung|bisa (?:saya |kami )?(?:lihat|liat)(?: unit\\w*| mobil\\w*| langsung)?"),
            r(T, 1, "kapan bisa|sebelum (?:dp|beli|deal|bayar)"),
            // a time offered for the visit ("besok jam 2 bisa", "jam 4 aja kak"), not the team's own plans
            new Rule(T, 2.5, p("^(?!.*\\b(?:meeting|rapat|briefing|makan|istirahat|sholat|pulang|buka|tutup)\\b).*?"
                    + "\\b(?:jam|pukul|jm) \\d{1,2}(?:[.:]\\d{2})?(?: (?:pagi|siang|sore|malam))?"
                    + " (?:aja|saja|bisa|ya|kak|min|gan|ok)\\b")),
            // price, credit, trade-in, nego
            r(PR, 3.5, "harga\\w*|price|how much|berapaan|berapa an|nett?|otr|diskon\\w*|discount|disc|potongan|"
                    + "promo\\w*|nego\\w*|tawar\\w*|dp|down payment|tdp|(?<!kartu )kredit\\w*|cicilan|angsuran\\w*|"
                    + "tenor|bunga\\w*|leasing|leasingnya|finance|simulasi|tukar tambah|trade ?in|dituker|ditukar|"
                    + "tuker|dihargai|cash (?:keras|bertahap)|kurang (?:dikit|sedikit|lagi|\\d+)|bisa kurang|"
                    + "boleh kurang|murah\\w*|mahal|termasuk|include|all in|biaya|cashback|free service|service gratis|gratis service"),
            r(PR, 2, "cash|tunai|lunas"),
            r(PR, 3.5, "ditawar\\w*|nawar\\w*|menawar"),
            // affordability is a credit question; what the price includes is a price question
            r(PR, 4, "gaji (?:saya|aku|kami|istri|suami)|kuat (?:tidak |ya )*(?:nyicil|bayar|ambil|cicil)\\w*|sanggup (?:bayar|nyicil)"),
            r(PR, 4.5, "(?:termasuk|include)\\w*(?:\\W+\\w+){0,3}?\\W+balik nama|balik nama(?:\\W+\\w+){0,3}?\\W+(?:termasuk|include)\\w*"),
            // a bare "berapa" about a car asks its price ("avanza 2019 brp?"), unless it counts something else
            r(PR, 2.5, "(?<!(?:jam|tahun|thn|km|unit|pukul|nomor|no) )berapa(?!\\s+(?:unit|km|kilo\\w*|tahun|thn|cc|orang|"
                    + "seat|kursi|lama|jam|hari|pintu|tangan|penumpang))"),
            r(PR, 4.5, "harga\\w*(?:\\W+\\w+){0,3}?\\W+termasuk|termasuk(?:\\W+\\w+){0,2}?\\W+harga\\w*"),
            new Rule(PR, 3.5, p("^(?:kalau |kalo )?(?:rp\\.? ?)?\\d[\\d.,]*\\s*(?:jt|juta|m|rb)?\\s+(?:(?:aja|pas|nett?)\\W+)?"
                    + "(?:bisa|boleh|ok|nett?|gimana|masuk|deal|dapat)")),
            // an offered price ("kalo 295jt gmn", "380jt boleh?"), not a budget ("budget 150jt dapet apa")
            new Rule(PR, 3.5, p("^(?!.*\\b(?:budget|bujet|dana|duit|uang|range|rentang|kisaran|sekitar|maks\\w*|max|di ?bawah|"
                    + "di ?atas|under|minimal)\\b).*?\\d[\\d.,]*\\s*(?:jt|juta|m)\\s+(?:aja\\s+)?(?:bisa|boleh|ok|oke|nett?|gimana|gmn|masuk|deal|dapat|dapet)\\b")),
            r(PR, 4.5, "harga\\w*(?:\\W+\\w+){0,2}?\\W+mdl|mdl(?:\\W+\\w+){0,3}?\\W+harga\\w*"),
            // vehicle availability, specs, condition, photos, recommendations
            r(V, 3, "(?<!saya )(?:masih ada|ada tidak|ada\\?)|masih ready|ready|available|tersedia|stok|kejual|terjual|laku|"
                    + "sold|still available|do you have|in stock|" + LOOKING_FOR + "|looking for|(?<!saya )ada (?:mdl|mobil|unit)"),
            // looking for a cheap one is a search, not a price question
            r(V, 4, "(?:" + LOOKING_FOR + "|ada (?:mdl|mobil|unit))(?:\\W+\\w+){0,3}?\\W+murah\\w*"),
            r(V, 4, "(?:kok|kenapa|napa|knp) (?:\\w+ )?murah\\w*|murah\\w*(?:\\W+\\w+){0,4}?\\W+(?:masalah|minus|kenapa)"),
            r(V, 3, "transmisi\\w*|km|kilometer|odo\\w*|tangan (?:ke|pertama|1|kedua)|banjir|tabrak\\w*|servis|service|"
                    + "oli|foto\\w*|video\\w*|interior\\w*|eksterior|baret|lecet|penyok|dempul|cat|ori|original|"
                    + "orisinil|ban(?!\\s+(?:bocor|pecah|kempes|gembos))|mesin\\w*|irit|boros|seater|seat|kursi|kondisi|cc|spek\\w*|spesifikasi|fitur|"
                    + "warna|velg|sunroof|4x4|double cabin|kolong|rangka|ac|kaki kaki|bekas|mulus|automatic\\?|"
                    + "matic\\?|manual\\?|diesel\\?|turbo|hybrid|nomor rangka|kunci serep|nanjak\\w*|tanjakan|penumpang|bagasi|tenaga|torsi|"
                    + "konsumsi"),
            r(V, 3, "budget|bujet|(?:di ?bawah|di ?atas|under|maksimal|max|kisaran|sekitar|range|rentang) "
                    + "(?:rp\\.? ?)?\\d|mobil apa|rekomendasi|rekomen|saran mobil|cocok|mobil keluarga|"
                    + "dapat apa|dapet apa|dapat mobil|dapet mobil|suv|mpv|sedan|hatchback|pick ?up|pickup|lcgc|minibus|microbus|kapasitas"),
            r(V, 1, "ada|" + LOOKING_FOR),
            // general questions
            r(G, 4, "garansi\\w*|warranty|bpkb\\w*|stnk\\w*|faktur|balik nama|alamat\\w*|lokasi\\w*|share ?loc|"
                    + "maps|jam (?:buka|operasional|kerja)|komplain|complain|kecewa|sopan|manager|manajer|atasan|"
                    + "gimana cara|cara\\w* (?:bayar|pesan|beli|jual|titip)|cara (?:\\w+ ){0,4}?(?:gimana|gmn|gmna|bagaimana)|"
                    + "titip jual|konsinyasi|"
                    + "(?:jual|menjual) (?:mobil|unit|mdl)\\w* (?:saya|aku)|tunggakan|sengketa|tipu\\w*|penipu\\w*|bohong|palsu|"
                    + "beda (?:foto|gambar)\\w*|ini dengan|dengan showroom|daerah mana|"
                    + "(?:showroom|kantor|dealer|toko)\\w* (?:ada |letaknya |adanya )?di|tanggung ?jawab\\w*|"
                    + "(?:yang|yg) (?:saya|aku|gue|gw) beli|(?:sudah|udah|pernah|kemarin|kemaren|baru) beli (?:di|dari) "
                    + "(?:sini|kalian|situ)|refund|ganti rugi|mogok|(?:belum|blm) ada kabar|kapan (?:\\w+ ){0,2}bisa diambil|(?:belum|blm) (?:di)?konfirmasi\\w*"
                    + "|(?:cuma|cuman|hanya) dibaca|dibaca (?:doang|aja|saja)|di ?read (?:doang|aja)"
                    // after the sale: who bears a fault, a payment made, a delivered car, facilities, nobody serving
                    + "|ditanggung\\w*|mushola|musholla|musala|masjid|toilet|ruang tunggu|wifi"
                    // foreigners' papers, asked in English
                    + "|kitas|kitap|paperwork|papers|registration|registered|visa"
                    + "|(?:mobil\\w*|unit\\w*) (?:sudah|baru) (?:datang|sampai|tiba)|tidak ada yang (?:nyambut|menyambut|melayani|layani|respon\\w*)"),
            r(G, 4.5, "sudah (?:saya )?(?:transfer|tf|bayar)\\w*|bukti (?:tf|transfer|bayar|pembayaran)|(?:transfer|tf)\\w* (?:dp|tanda jadi)\\w* (?:\\w+ )?sudah"),
            r(G, 3, "buka\\w*|tutup|libur|cuti|sakit|sales\\w*|cs|customer service|kontak\\w*|nomor|telepon|telp|transfer|"
                    + "rekening|bukti\\w*|tanda jadi|kartu kredit|debit|qris|pembayaran|bayar|dikirim|kirim ke|"
                    + "antar|ongkir|parkir\\w*|asuransi|pajak\\w*|dibalas|dibales|respon\\w*|bot\\w*|robot|"
                    + "izin|telat|layanan|pengiriman|surat\\w*|kwitansi|dokumen|plat|nopol|mutasi|"
                    + "bicara|sambungkan|ngobrol|telpon|operator|manusia|human|cabang\\w*|mushola|musholla|musala|masjid|toilet|"
                    + "ruang tunggu|wifi|kirim (?:\\w+ ){1,2}ke|diantar\\w*|"
                    + "delivery|ambil sendiri"),
            // asking for someone by name ("Mbak Sari ada?"), not for a car
            new Rule(G, 4, p("^(?:mas|mbak|mba|pak|bu|bapak|ibu|kak|bang|koh|ko|ci|cik|om) (?!(?:mdl|unit|mobil|yang|stok|ready|"
                    + "warna|hitam|putih|merah|silver|abu|biru|matic|manual|diesel)\\b)\\p{L}+ (?:nya )?ada\\b")),
            r(G, 2, "dimana|di mana|where"),
            r(G, 1.5, "makasih|terima kasih|matur nuwun|maturnuwun|suwun|hatur nuhun|suksma|dangke|ok|siap|kabari|pikir\\w*|nanti saya|baik|noted|tertarik|iklan\\w*"));

    /** Tie-break order: more specific intents first. */
    private static final List<String> ORDER = List.of(T, PR, V, G);

    // ------------------------------------------------------------------ greetings
    private static final Set<String> GREETING_WORDS = Set.copyOf(List.of("hai", "hi", "hy", "halo", "hello", "helo", "hey",
            "hei", "hay", "hallo", "hola", "pagi", "siang", "sore", "malam", "malem", "selamat", "assalamualaikum",
            "alaikum", "salam", "wr", "wb", "warahmatullahi", "wabarakatuh", "wbr", "permisi", "misi", "punten",
            "swastiastu", "shalom", "salom", "good", "morning", "afternoon", "evening", "p", "ping", "greetings",
            "namaste", "yo", "hii", "sampurasun", "rahayu", "mlm", "siank", "sore", "hallo", "assalam", "pgi", "sugeng", "rahajeng", "semeng", "sanja", "wengi", "kulonuwun",
            "enjing", "sonten", "dalu", "wilujeng", "horas", "tabik", "tabe", "woy", "woi", "oi", "oy", "hoi", "hoy", "asw", "aslm", "asslm",
            "wassup", "wasup", "whatsup", "wazzup", "namo", "buddhaya", "syalom", "waalaikumsalam", "walaikumsalam",
            "wa'alaikumsalam", "tabea", "guten"));
    private static final Set<String> ADDRESSEE = Set.copyOf(List.of("kak", "gan", "min", "mas", "mbak", "pak", "bu", "om",
            "tante", "bos", "boss", "bro", "sis", "sist", "semua", "tim", "team", "gaes", "guys", "gais", "all",
            "sob", "bang", "dear", "rekan", "teman", "showroom", "cs", "sales", "everyone", "sir", "madam", "bapak",
            "ibu", "pagi", "juga", "lagi", "nih", "ya", "ini", "dan", "kawan", "kakak", "tuan", "bund", "bunda",
            "mimin", "kk", "ka", "kang", "akang", "teh", "cak", "ning", "bli", "uda", "uni", "koh", "ko", "cik", "semangat", "sukses", "sehat", "selalu", "hari", "kita", "rekan rekan", "cuy", "bosku", "juragan", "a", "aa", "teteh",
            "ceu", "mang", "semoga", "lae", "ito", "amang", "inang", "mbok", "bude", "pakde", "koko", "cici", "ncek",
            // regional forms of address and sentence particles ("misi ki'", "slamat pagi e kaka", "rek", "daeng")
            "ki", "mi", "ji", "e", "ee", "yo", "bah", "lah", "dek", "adek", "cak", "rek", "ning", "daeng", "kaka", "bung",
            "nona", "bapa", "usi", "nyong", "semeton", "dulur", "sadayana", "samua", "torang", "kalian", "kah",
            "manajer", "manager", "owner", "pimpinan"));
    /** Ways to call the person at the other end, which alone ask for attention. */
    private static final Set<String> CALLS = Set.of("kak", "min", "mas", "gan", "pak", "bu", "bang", "mbak", "sis", "bro",
            "om", "bos", "boss", "cak", "daeng", "bli", "teh", "aa", "koh", "ci");
    private static final Pattern PRESENCE = p("\\bada (?:orang\\w*|yang jaga|min|admin|mimin|cs|yang online|yang bisa bantu|kak)(?: ?nya)?"
            + "(?: (?:di )?(?:sana|situ|sini|showroom|kantor))?\\b\\??|\\b(?:lagi|masih) sibuk(?: tidak)?\\b\\??|\\b(?:masih )?ada (?:yang )?standby\\b\\??|\\b(?:admin|mimin|min|cs|orang)(?: ?nya)? ada\\b\\??");
    /** "halo min showroom jogja", "sore tim cabang bekasi": the showroom's name or town after the word. */
    private static final Pattern SHOWROOM_NAME = p("\\b(?:showroom|cabang) (?!mdl\\b)\\p{L}+");
    /** Asking after someone's health, and the Javanese "excuse me", are part of a salam ("selamat pagi pak, apa kabar?"). */
    private static final Pattern PLEASANTRY = p("\\b(?:(?:apa|gimana|bagaimana) kabar\\w*|kabar\\w* (?:baik|gimana|sehat)|(?:nyuwun|nuwun) sewu)\\b\\??");
    /** Holiday wishes are salams too ("mohon maaf lahir batin", "selamat hari raya idul fitri 1445 h"). */
    private static final Pattern HOLIDAY = p("\\b(?:(?:mohon )?maaf lahir (?:dan )?batin|minal aidin wal faidzin|taqabbalallahu minna wa minkum"
            + "|selamat (?:hari raya|idul fitri|idul adha|lebaran|natal|tahun baru|imlek)(?: (?:idul fitri|idul adha|natal|\\d{4}))*(?: ?h\\b)?"
            + "|(?:dan )?tahun baru(?: \\d{4})?|happy (?:new year|eid|holiday\\w*)|eid mubarak|merry christmas|gong xi fa cai|gong xi fat choi)\\b");
    /** Javanese "may I come in" ("kulo nuwun"), not "matur nuwun" (thanks). */
    private static final Pattern KULONUWUN = p("\\b(?:kulo|kula|saya|aku) nuwun\\b");
    private static final Pattern OM_SWASTIASTU = p("\\bom swast(?:i|y|iy)astu\\b");
    // what people say around a salam before their real question: announcing it, apologising, introducing themselves
    private static final Pattern ASKING = p("\\b(?:(?:saya|mau|boleh|numpang|izin)\\s+)*(?:tanya|bertanya)(?:\\s+tanya)?"
            + "(?:\\s+(?:dong|nih|ya|sedikit|dikit|boleh|sebentar|bentar))*\\b");
    private static final Pattern SORRY = p("\\b(?:mohon )?maaf (?:ganggu|mengganggu)(?: waktu\\w*)?(?: (?:pagi|siang|sore|malam|malem))*\\b");
    private static final Pattern INTRODUCTION = p("\\b(?:salam kenal|perkenalkan|kenalin)\\b");
    private static final Pattern SELF = p("\\b(?:nama )?saya \\p{L}+(?: dari \\p{L}+)?\\b");

    /** How sure the phrasing model must be before it overrides "no rule matched, so a general question". */
    private static final double PHRASING_CONFIDENCE = 0.6;

    private final VehicleCatalogue catalogue;
    private final EntityExtractor extractor;
    /**
     * How sure the spam model must be before a message no spam rule caught is spam. Leaving each labelled set out of
     * training in turn (2,238 messages labelled when it was chosen), 0.9 flagged 3 of 2,008 customer messages and
     * found 217 of 230 spam messages.
     */
    private static final double SPAM_CONFIDENCE = 0.9;

    private final PhrasingModel phrasing;
    private final PhrasingModel spamLike;

    public IntentClassifier(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
        this.extractor = new EntityExtractor(catalogue);
        this.phrasing = PhrasingModel.train("intent/training.tsv", intent -> intent.startsWith("customer_") ? intent : null,
                text -> normalize(text, catalogue.scan(text)));
        this.spamLike = PhrasingModel.train("intent/training.tsv", intent -> SPAM.equals(intent) ? SPAM : "customer",
                text -> normalize(text, catalogue.scan(text)) + SpamShape.markers(text, LINK));
    }

    /** Lower-cased, slang mapped, and each model mention replaced by " mdl ". */
    private static String normalize(String raw, VehicleCatalogue.Scan scan) {
        StringBuilder masked = new StringBuilder(raw);
        for (int i = scan.models().size() - 1; i >= 0; i--) {
            VehicleCatalogue.Mention m = scan.models().get(i);
            masked.replace(m.start(), m.end(), padTo(" mdl ", m.end() - m.start()));
        }
        return TextNormalizer.normalize(masked.toString());
    }

    public Classification classify(String text, Role role) {
        if (text == null || text.isBlank()) {
            return new Classification(UNKNOWN, 0.99, Entities.none());
        }
        Role who = role == null ? Role.CUSTOMER : role;
        // what a message is about shows in its first few thousand characters; the rules' regexes are not linear on
        // a run of 200,000 letters (the webhook accepts 1 MB), and one message must not hold a worker for minutes
        String head = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        // "seltos2021": a model glued to its year
        String raw = GLUED_YEAR.matcher(head.strip()).replaceAll(" ");
        if (PLACEHOLDER.matcher(raw).matches() || !HAS_ALNUM.matcher(raw).find()) {
            return new Classification(UNKNOWN, 0.95, Entities.none());
        }

        VehicleCatalogue.Scan scan = catalogue.scan(raw);
        String norm = normalize(raw, scan);

        // spam first: it wins over greetings and car words
        double spam = spamScore(raw.toLowerCase(Locale.ROOT), norm, !scan.models().isEmpty());
        // a company asking to buy ("kami dari CV X, cari 3 unit pickup, stoknya ada?") introduces itself as sellers do
        boolean buyerAsking = raw.contains("?") && BUYING.matcher(norm).find();
        if (spam >= 4 && !buyerAsking) {
            return new Classification(SPAM, Math.min(0.98, 0.6 + 0.05 * spam), Entities.none());
        }

        EntityExtractor.Found found = extractor.extract(raw, scan);
        boolean vehicleRef = found.model() != null || found.make() != null || found.plate() != null;

        if (who == Role.STAFF) {
            String staff = staffIntent(norm, vehicleRef);
            if (staff != null) {
                double conf = SLASH.matcher(norm).find() ? 0.97 : 0.85;
                return new Classification(staff, conf, entitiesFor(staff, found));
            }
        }
        if (SLASH.matcher(norm).find() && looksLikeCommand(norm)) {
            // a customer (or unrecognised staff) slash command is not authorised -> general question; the status
            // it names is still what it says ("/status B 1234 ABC sold")
            return new Classification(G, 0.9, entitiesFor(G, found).withStatus(found.status()));
        }
        if (isGreetingOnly(norm)) {
            return new Classification(CUSTOMER_GREETING, 0.92, Entities.none());
        }
        // kinds of spam no rule lists: broadcast offers look alike ("jasa ..., hub 08xx", "komisi 50rb per tugas");
        // a short question, or a few words, is someone talking to the showroom: none of the 446 labelled spam
        // messages has fewer than seven words, nor is a question of ten or fewer
        int length = raw.split("\\s+").length;
        boolean brief = length <= 6 || raw.contains("?") && length <= 10;
        if (who == Role.CUSTOMER && !brief && !buyerAsking && !ASKS_ABOUT_FORWARD.matcher(norm).find()) {
            String shape = SpamShape.markers(raw, LINK);
            // and one cue of its own: a spam word, or a number, handle, link or rate to answer to (checked first, so
            // most customers' messages never reach the model)
            boolean cue = spam >= 2 || SpamShape.CONTACT.matcher(shape).find();
            PhrasingModel.Guess guess = cue ? spamLike.guess(norm + shape) : null;
            if (guess != null && SPAM.equals(guess.intent()) && guess.probability() >= SPAM_CONFIDENCE) {
                return new Classification(SPAM, 0.7, Entities.none());
            }
        }

        // customer intents by weighted keyword evidence
        norm = NOT_PRICE.matcher(norm).replaceAll(" ");
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
                scores[i] += 0.3 * (hits[i] - 1);
            }
        }
        int vi = ORDER.indexOf(V);
        int ti = ORDER.indexOf(T);
        if (found.model() != null || found.make() != null) {
            scores[vi] = Math.max(scores[vi], 1.5) + (scores[vi] > 0 ? 0.3 : 0);
        } else if (found.year() != null || found.transmission() != null || found.fuel() != null
                || found.priceMin() != null || found.priceMax() != null
                || found.color() != null && (norm.contains("?") || norm.split(" ").length <= 8)) {
            // a budget or a car attribute on its own answers the assistant's question; a colour deep in a long
            // forwarded text ("bawang putih 3 siung") is not about a car
            scores[vi] = Math.max(scores[vi], 1.2);
        }
        if (scores[ti] > 0 && found.datePhrase() != null && !EntityExtractor.isPast(found.datePhrase())) {
            scores[ti] += 1;
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

        String intent;
        double conf;
        if (best >= 0 && top >= 1.0) {
            intent = ORDER.get(best);
            conf = Math.min(0.95, 0.45 + 0.1 * top) - (top - second < 1 ? 0.15 : 0);
        } else if (NUMERIC_ONLY.matcher(raw).matches() || BARE_AMOUNT.matcher(withoutAddressee(norm)).matches()) {
            boolean phone = raw.replaceAll("\\D", "").length() >= 9;
            intent = phone ? G : V;
            conf = 0.6;
        } else if (PHONE_WITH_NAME.matcher(raw).matches()) {
            intent = G; // "0813 9876 5432 a.n. Rudi": a contact to call
            conf = 0.6;
        } else if (isGibberish(norm)) {
            return new Classification(UNKNOWN, 0.7, Entities.none());
        } else if (best < 0 && opensWithSalam(norm)) {
            // a salam followed by words no rule knows, and no question: a wish or an introduction
            // ("selamat hari raya nyepi", "selamat siang, saya Budi dari Bekasi")
            return new Classification(CUSTOMER_GREETING, 0.45, Entities.none());
        } else {
            // no rule found enough evidence: ask the phrasing model before settling on a weak guess
            PhrasingModel.Guess guess = phrasing.guess(norm);
            // a greeting is a salam and nothing else: a few words and no numbers ("Om swastyastu", "tabe' daeng",
            // not "pesan ke-35")
            boolean salam = CUSTOMER_GREETING.equals(guess.intent());
            boolean salamShaped = norm.split(" ").length <= 4 && !DIGIT.matcher(norm).find();
            if (guess.probability() >= PHRASING_CONFIDENCE && (!salam || salamShaped)) {
                if (salam) {
                    return new Classification(CUSTOMER_GREETING, 0.5, Entities.none());
                }
                intent = guess.intent();
                conf = 0.5;
            } else if (best >= 0) {
                intent = ORDER.get(best);
                conf = 0.4;
            } else {
                intent = G;
                conf = 0.3;
            }
        }

        if (who == Role.STAFF && (STAFF_CHATTER.matcher(norm).find() && !INVENTORY.matcher(norm).find()
                || intent.equals(T) && top < 3 && !vehicleRef)) {
            // "kunci serep Fortuner siapa yg pegang?", "hujan deras, showroom sepi": colleagues talking
            return new Classification(G, 0.5, entitiesFor(G, found));
        }
        if (who == Role.STAFF) {
            boolean carWords = vehicleRef || found.color() != null || found.year() != null || found.transmission() != null
                    || found.fuel() != null || found.priceMax() != null || found.priceMin() != null;
            if (intent.equals(V) && top < 2 && !carWords) {
                intent = G; // "ada yang bawa charger?": staff chatting, not asking for stock
            } else if (intent.equals(V) || (intent.equals(PR) || intent.equals(G) && norm.contains("?")) && vehicleRef) {
                // a colleague asking about a named car ("fortuner yg hitam masih di showroom?") asks about stock
                intent = STAFF_CHECK_INVENTORY;
                conf = Math.min(conf, 0.75);
            }
        }
        return new Classification(intent, Math.max(0.05, conf), entitiesFor(intent, found));
    }

    // ------------------------------------------------------------------ helpers

    private static String padTo(String s, int len) {
        return s.length() >= len ? s : s + " ".repeat(len - s.length());
    }

    private static double spamScore(String lower, String norm, boolean namesACar) {
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
        if (!link && norm.contains("?") && norm.split(" ").length <= 10
                && norm.matches(".*\\b(?:ada|tidak|bisa|berapa)\\b.*")) {
            score -= 2;
        }
        // "ada cashback ... gak kalo beli bulan ini?", "bisa pengajuan kredit ga?": a customer asking whether the
        // showroom offers something, however long; spam offers, it does not ask whether the reader has
        if (!link && ASKS_SHOWROOM.matcher(norm).find()) {
            score = Math.min(score, 2); // the spam model may still judge it
        }
        return score;
    }

    private static boolean looksLikeCommand(String norm) {
        Matcher m = SLASH.matcher(norm);
        return m.find() && m.group(1).matches("upload|tambah|add|status|update|inventory|inv|stok|stock|stats?|"
                + "laporan|report|rekap|cek|delete|hapus|edit|sold|book|list");
    }

    private static String staffIntent(String norm, boolean vehicleRef) {
        Matcher slash = SLASH.matcher(norm);
        if (slash.find()) {
            String cmd = slash.group(1);
            if (cmd.matches("upload|tambah|add|input|new")) {
                return STAFF_UPLOAD_VEHICLE;
            }
            if (cmd.matches("status|update|sold|book|booked|ready|available")) {
                return STAFF_UPDATE_STATUS;
            }
            if (cmd.matches("inventory|inv|stok|stock|cek|list|unit|units")) {
                return STAFF_CHECK_INVENTORY;
            }
            if (cmd.matches("stats?|statistik|laporan|report|rekap|leads?")) {
                return STAFF_GET_STATS;
            }
        }
        if (STATS.matcher(norm).find() && !NOT_STATS.matcher(norm).find()) {
            return STAFF_GET_STATS;
        }
        if (LIST.matcher(norm).find() && !vehicleRef) {
            return STAFF_CHECK_INVENTORY; // "list unit yg statusnya booked": a listing, not a change
        }
        // "ada brp unit yg statusnya booked?": counting by status, not changing one
        boolean counting = QUESTION.matcher(norm).find() && INVENTORY.matcher(norm).find();
        if (UPDATE_EXPLICIT.matcher(norm).find() && (vehicleRef || STATUS_WORD.matcher(norm).find()) && !counting) {
            return STAFF_UPDATE_STATUS;
        }
        if (UPLOAD.matcher(norm).find() && !NOT_UPLOAD.matcher(norm).find()) {
            return STAFF_UPLOAD_VEHICLE;
        }
        if (vehicleRef && STATUS_WORD.matcher(norm).find() && !QUESTION.matcher(norm).find()) {
            return STAFF_UPDATE_STATUS;
        }
        if (INVENTORY.matcher(norm).find()) {
            return STAFF_CHECK_INVENTORY;
        }
        return null;
    }

    private static boolean isGreetingOnly(String norm) {
        String s = SHOWROOM_NAME.matcher(PRESENCE.matcher(norm).replaceAll(" ")).replaceAll(" showroom ");
        s = KULONUWUN.matcher(s).replaceAll(" kulonuwun ");
        s = PLEASANTRY.matcher(s).replaceAll(" salam ");
        s = HOLIDAY.matcher(s).replaceAll(" salam ");
        s = OM_SWASTIASTU.matcher(s).replaceAll(" salam ");
        s = SORRY.matcher(ASKING.matcher(s).replaceAll(" ")).replaceAll(" ");
        if (INTRODUCTION.matcher(s).find()) {
            s = SELF.matcher(INTRODUCTION.matcher(s).replaceAll(" salam ")).replaceAll(" ");
        }
        String[] words = s.split("[^\\p{L}]+");
        boolean greeting = false;
        int calls = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String c = w.replaceAll("(\\p{L})\\1+", "$1");
            if (GREETING_WORDS.contains(w) || GREETING_WORDS.contains(c)) {
                greeting = true;
            } else if (!ADDRESSEE.contains(w) && !ADDRESSEE.contains(c)) {
                return false;
            }
            calls += CALLS.contains(c) ? 1 : 0;
        }
        // calling someone and nothing else ("masss", "min?") asks for attention, as "p" does
        return greeting || calls > 0 && s.strip().split("\\s+").length <= 2 && !DIGIT.matcher(s).find();
    }

    private static final Pattern ABOUT_A_CAR = p("\\b(?:mobil\\w*|unit\\w*|mdl|kendaraan\\w*)\\b");

    private static boolean opensWithSalam(String norm) {
        String[] words = norm.strip().split("[^\\p{L}\\p{N}]+");
        return words.length >= 2 && words.length <= 7 && GREETING_WORDS.contains(words[0]) && !words[0].equals("p")
                && !norm.contains("?") && !DIGIT.matcher(norm).find() && !ABOUT_A_CAR.matcher(norm).find();
    }

    /** The text without addressee words and punctuation ("130an kak?" -> "130an"). */
    private static String withoutAddressee(String norm) {
        StringBuilder kept = new StringBuilder();
        for (String w : norm.split("[\\s?!,]+")) {
            if (!w.isEmpty() && !ADDRESSEE.contains(w)) {
                kept.append(kept.isEmpty() ? "" : " ").append(w);
            }
        }
        return kept.toString();
    }

    private static boolean isGibberish(String norm) {
        String[] words = norm.split("[^\\p{L}]+");
        int letters = 0;
        for (String w : words) {
            if (w.isEmpty() || w.length() == 1 && ADDRESSEE.contains(w)) {
                continue; // "a", "e" in a keyboard mash are not words someone meant
            }
            letters++;
            if (TextNormalizer.isKnownWord(w) || GREETING_WORDS.contains(w) || ADDRESSEE.contains(w)) {
                return false;
            }
            boolean noVowel = !w.matches(".*[aiueo].*");
            boolean consonantRun = w.matches(".*[^aiueo]{4,}.*");
            boolean keyboard = KEYBOARD.matcher(w).find();
            boolean repeated = w.length() >= 4 && w.matches("(\\p{L}{2,3})\\1+");
            if (!(noVowel || consonantRun || keyboard || repeated)) {
                return false;
            }
        }
        return letters > 0;
    }

    /** Keeps only the entities the labelling guide annotates for the intent. */
    private static Entities entitiesFor(String intent, EntityExtractor.Found f) {
        return switch (intent) {
            case SPAM, UNKNOWN, CUSTOMER_GREETING -> Entities.none();
            default -> {
                boolean dated = intent.equals(T) || intent.equals(STAFF_GET_STATS);
                boolean priced = !intent.equals(STAFF_UPLOAD_VEHICLE);
                // "rekap Q1 2024": the year belongs to the report's period, not to a car
                boolean periodYear = f.year() != null && dated && f.datePhrase() != null
                        && f.datePhrase().contains(String.valueOf(f.year()));
                yield new Entities(f.make(), f.model(), periodYear ? null : f.year(), priced ? f.priceMin() : null,
                        priced ? f.priceMax() : null, f.plate(),
                        statusFor(intent, f.status()), f.color(), f.transmission(),
                        f.fuel(), dated ? f.datePhrase() : null);
            }
        };
    }

    /** A status change names its target; a stock request only a status other than the default "available". */
    private static String statusFor(String intent, String status) {
        return intent.equals(STAFF_UPDATE_STATUS) || intent.equals(STAFF_CHECK_INVENTORY) && !"available".equals(status)
                ? status : null;
    }

    List<String> labels() {
        return new ArrayList<>(List.of(CUSTOMER_GREETING, V, PR, T, G, STAFF_UPLOAD_VEHICLE, STAFF_UPDATE_STATUS,
                STAFF_CHECK_INVENTORY, STAFF_GET_STATS, SPAM, UNKNOWN));
    }
}
