package com.showroomassistant.assistant;

import com.showroomassistant.vocabulary.ChatWords;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a reply that hands the customer to a person: a person will contact, answer, check or help ("staff
 * kami akan segera menghubungi kakak", "nanti tim kami yang bantu"), the assistant asks the team first ("saya
 * tanyakan dulu ke tim"), or it admits not knowing. Such a reply is only honest when a person is really told.
 * Inviting the customer to visit or to contact the showroom themselves is not a deferral.
 */
final class Deferral {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PERSON =
            "(?:staff|staf|tim|team|admin|sales|marketing|cs|customer service|rekan|kolega|"
                    + "pemilik|owner|manager|manajer|kepala|supervisor|spv|petugas|karyawan|pihak(?!\\W+(?:pembeli|customer|konsumen|kakak|anda|pertama|kedua|ketiga|penjual lain))|konsultan|mekanik|"
                    + "operator|sales advisor|salesman|pic|orang kami|teman-teman|kawan|teknisi|technician|sales consultant|atasan|kasir|finance|bagian keuangan|"
                    + "pimpinan|direktur|direksi|leasing rekanan|pihak leasing|"
                    + "yang (?:pegang|megang|handle|memegang|menangani) (?:unit|jadwal|mobil|data|urusan|bagian)\\w*|penanggung jawab|"
                    + "(?:bagian|divisi|departemen|dept) (?!(?:depan|belakang|dalam|luar|atas|bawah|samping|kiri|kanan|mesin|"
                    + "kabin|bagasi|interior|eksterior)(?![\\p{L}]))\\p{L}+)";
    private static final String ACT =
            "(?:menghubungi|hubungi|dihubungi|kontak|mengontak|dikontak|membantu|bantu|dibantu|"
                    + "menjelaskan|jelaskan|dijelaskan|mengonfirmasi|mengkonfirmasi|konfirmasi|dikonfirmasi|mengecek|cek|dicek|"
                    + "memeriksa|periksa|diperiksa|menindaklanjuti|tindak lanjuti|ditindaklanjuti|follow[- ]?up|memfollow up|"
                    + "menjawab|jawab|dijawab|membalas|balas|dibalas|menginfokan|infokan|diinfokan|menginformasikan|informasikan|diinformasikan|memberi info|memberikan info\\w*|"
                    + "mengabari|kabari|dikabari|kabarkan|menanggapi|melayani|layani|dilayani|mengurus|urus|diurus|memproses|"
                    + "diproses|menghitung|hitung|dihitung|menghitungkan|menyiapkan|mengatur|atur|diatur|menelepon|telepon|"
                    + "ditelepon|menelpon|telpon|ditelpon|call|chat|japri|menyampaikan|memastikan|pastikan|dipastikan|"
                    + "merespon|respon|direspon|reach out|contact|get back|assist|help|mendampingi|menangani|ditangani|"
                    + "menghitungkan|mengirimkan|kirimkan|dikirimkan|kirim|mengirim|dikirim|send|wa|whatsapp|wa-in|"
                    + "memberikan penawaran|menyusun|tunjukkan|menunjukkan|ditunjukkan|temani|menemani|antar|mengantar|"
                    + "jelasin|dijelasin|jelaskan|hitungkan|carikan|mencarikan|dicarikan|siapkan|disiapkan|tanggapi|ditanggapi|"
                    + "menaksir|taksir|ditaksir|menilai|dinilai|arrange|handle|take care of|reach you|call you|contact you|"
                    + "memutuskan|putuskan|diputuskan|decide)";
    private static final String PRONOUN = "(?:saya|aku|kami|sy|sya)";
    private static final String ASK =
            "(?:tanyakan|tanya|tanyain|menanyakan\\w*|infokan|kabarkan|beritahu|beri tahu|panggilkan|panggil|cek|cekkan|cekin|mengecek\\w*|check|konfirmasi|konfirmasikan|mengonfirmasi\\w*|"
                    + "mengkonfirmasi\\w*|konsultasikan|mengkonsultasikan|konsultasi|confirm|verify|"
                    + "pastikan|teruskan|sampaikan|informasikan|forward|diskusikan|koordinasikan|mintakan|carikan info|hubungkan|"
                    + "sambungkan|arahkan|alihkan|oper|operkan|koneksikan|mintakan|minta|mintain|ambilkan)";
    private static final String SOMEONE =
            "(?:" + PERSON.substring(3, PERSON.length() - 1) + "|pak|bu|bapak|ibu|mas|mbak|mba|beliau|bos|boss|bagian)";

    private static final Pattern[] DEFERS = {
        // "staff kami akan segera menghubungi", "nanti tim kami yang bantu", "tim sales siap membantu"
        Pattern.compile("(?<![\\p{L}])" + PERSON + "(?![\\p{L}])(?:\\W+\\p{L}+){0,7}?\\W+" + ACT + "(?![\\p{L}])", CI),
        // "akan dibantu oleh tim kami", "dihubungi admin"
        // a promise in the passive ("akan dibantu oleh tim", "dijawab sama teknisi"), not a car's past ("dirawat oleh
        // pemilik")
        Pattern.compile(
                "(?<![\\p{L}])(?:(?:akan|nanti|segera|bisa|siap|biar)\\W+(?:\\p{L}+\\W+)?di\\p{L}+|akan \\p{L}+|"
                        + "di(?:hubungi|bantu|kabari|jelaskan|jelasin|jawab|proses|urus|layani|tangani|follow\\w*|konfirmasi\\w*|"
                        + "informasikan|infokan|kontak|telepon|telpon|hitung|hitungkan|kirim\\w*|tindaklanjuti|respon))\\W+"
                        + "(?:\\p{L}+\\W+){0,2}?(?:oleh|sama|dengan|dari)\\W+(?:\\p{L}+\\W+)?" + PERSON
                        + "(?![\\p{L}])",
                CI),
        // "nanti dijawab admin kami", "akan dikirimkan sales": a promise in the passive with its doer right after it
        Pattern.compile(
                "(?<![\\p{L}])(?:akan|nanti|segera|biar)\\W+(?:\\p{L}+\\W+)?di(?:jawab|balas|kirim\\w*|bantu|hubungi|"
                        + "jelaskan|infokan|informasikan|kabari|proses|urus|layani|tangani|cek|konfirmasi\\w*|hitung\\w*|"
                        + "kontak|telepon|telpon|respon|tindaklanjuti|follow\\W?up)\\W+(?:langsung\\W+)?" + PERSON
                        + "(?![\\p{L}])",
                CI),
        // "saya tanyakan dulu ke tim", "kami teruskan ke admin", "diteruskan ke bagian"
        Pattern.compile(
                "(?<![\\p{L}])(?:" + PRONOUN + "\\W+(?:akan\\W+|coba\\W+|bantu\\W+|perlu\\W+|harus\\W+|mau\\W+)?" + ASK
                        + "|di" + ASK
                        + ")(?:\\W+\\p{L}+){0,4}?\\W+(?:ke|kepada|dengan|sama|pada|untuk|dari)\\W+(?:\\p{L}+\\W+)?"
                        + SOMEONE + "(?![\\p{L}])",
                CI),
        // "saya tanya bos dulu", "kami tanyakan pak Budi": asking a person with no "ke" between
        Pattern.compile(
                "(?<![\\p{L}])" + PRONOUN + "\\W+(?:(?:akan|coba|perlu|harus|mesti|mau)\\W+)?" + ASK + "\\W+" + SOMEONE
                        + "(?![\\p{L}])",
                CI),
        // "mereka yang akan menghubungi", "beliau yang jelaskan": the people just named will act
        Pattern.compile(
                "(?<![\\p{L}])(?:mereka|beliau)\\W+(?:yang\\W+)?(?:akan\\W+|nanti\\W+)?" + ACT + "(?![\\p{L}])", CI),
        // "bukan hal yang bisa saya pastikan", "data yang saya pegang tidak mencantumkan": the data does not say
        Pattern.compile(
                "(?<![\\p{L}])(?:bukan|tidak)\\W+(?:hal\\W+)?yang\\W+(?:bisa|dapat)\\W+(?:saya|kami)\\W+(?:pastikan|jawab|janjikan)"
                        + "(?![\\p{L}])|(?<![\\p{L}])(?:data|informasi|catatan)\\W+(?:\\p{L}+\\W+){0,4}?(?:tidak|belum)\\W+"
                        + "(?:mencantumkan|mencatat|memuat|menyebutkan|mencakup)(?![\\p{L}])|(?<![\\p{L}])(?:let me|i will|i'll|we will|we'll)"
                        + "\\W+(?:confirm|check|verify|ask|revert|get back)(?![\\p{L}])",
                CI),
        // "tidak bisa saya jawab dengan pasti", "belum tercantum di informasi saya": the assistant does not know
        Pattern.compile(
                "(?<![\\p{L}])(?:tidak|belum|tak)\\W+(?:bisa|dapat)\\W+(?:saya|kami)\\W+(?:jawab|pastikan|sebutkan|"
                        + "konfirmasi|informasikan)(?![\\p{L}])|(?<![\\p{L}])(?:belum|tidak)\\W+(?:tercantum|tercatat|ada|tersedia)\\W+"
                        + "(?:di|dalam)\\W+(?:informasi|data|catatan)\\W+(?:saya|kami)(?![\\p{L}])",
                CI),
        // "biar mas Andi yang jelasin", "biar beliau yang urus": a named person will act
        Pattern.compile(
                "(?<![\\p{L}])biar\\W+(?:\\p{L}+\\W+){1,3}?yang\\W+(?:\\p{L}+\\W+)?" + ACT + "(?![\\p{L}])", CI),
        // "nanti dikabari", "nanti beliau yang menghubungi"
        Pattern.compile(
                "(?<![\\p{L}])(?:akan|nanti|perlu|harus|dulu|segera|will)\\W+(?:\\p{L}+\\W+){0,4}?(?:oleh|by)\\W+"
                        + "(?:\\p{L}+\\W+)?" + PERSON + "(?![\\p{L}])",
                CI),
        Pattern.compile(
                "(?<![\\p{L}])nanti\\W+(?:kami|saya)\\W+(?:akan\\W+)?(?:kabari|hubungi|infokan|info|konfirmasi\\w*|"
                        + "cek|cekkan|sampaikan|teruskan|tanyakan|follow up|balas|jawab|kirim\\w*|telepon|telpon)(?![\\p{L}])",
                CI),
        Pattern.compile(
                "(?<![\\p{L}])nanti\\W+(?:akan\\W+)?(?:di(?:kabari|hubungi|infokan|info|konfirmasi|kontak|"
                        + "telepon|telpon|bantu|jelaskan|follow up|cek|chat|wa)|beliau|dia|mereka)(?![\\p{L}])",
                CI),
        // "nanti akan ada yang mengirimkan video", "nanti Kakak dikabari": someone unnamed will act
        Pattern.compile(
                "(?<![\\p{L}])(?:akan|nanti|segera)\\W+(?:\\p{L}+\\W+)?ada\\W+(?:yang|yg|orang)\\W+(?:\\p{L}+\\W+)?"
                        + ACT
                        + "(?![\\p{L}])|(?<![\\p{L}])nanti\\W+(?:kakak|kak|anda|bapak|ibu|bapak/ibu|customer)\\W+(?:akan\\W+)?"
                        + "(?:segera\\W+)?di(?:kabari|hubungi|infokan|info|konfirmasi|kontak|telepon|telpon|chat|wa)(?![\\p{L}])",
                CI),
        // "saya cek ke gudang dulu", "sy tanya ke bos dulu ya": the assistant goes to ask first
        Pattern.compile(
                "(?<![\\p{L}])" + PRONOUN
                        + "\\W+(?:akan\\W+|coba\\W+)?(?:cek|cekkan|check|tanya|tanyakan|konfirmasi\\w*|pastikan)"
                        + "(?:\\W+\\p{L}+){1,4}?\\W+dulu(?![\\p{L}])",
                CI),
        // a reply that opens by not knowing ("gatau kak", "kurang tahu ya")
        Pattern.compile("^\\W*(?:tidak|kurang|belum)\\W+tahu(?![\\p{L}])", CI),
        // "keluhan kakak akan segera ditindaklanjuti": someone will act on it, unnamed
        Pattern.compile(
                "(?<![\\p{L}])(?:akan|segera)\\W+(?:segera\\W+)?(?:ditindaklanjuti|ditangani|dicek|diperiksa|dicarikan)(?![\\p{L}])",
                CI),
        // "nanti mobil kakak dinilai langsung sama tim kami"
        Pattern.compile(
                "(?<![\\p{L}])(?:akan|nanti)\\W+(?:\\p{L}+\\W+){0,3}?di\\p{L}+\\W+(?:\\p{L}+\\W+){0,2}?(?:oleh|sama|dengan|dari)\\W+"
                        + "(?:\\p{L}+\\W+)?" + PERSON + "(?![\\p{L}])",
                CI),
        // "kakak akan segera dihubungi", "pesan kakak sudah kami teruskan": someone will act, unnamed
        Pattern.compile(
                "(?<![\\p{L}])(?:akan|segera)\\W+(?:segera\\W+)?(?:dihubungi|dikabari|dikontak|ditelepon|ditelpon|"
                        + "difollow\\W?up|dijawab|dibalas)(?![\\p{L}])|(?<![\\p{L}])(?:(?:sudah|telah)\\W+(?:saya|kami)|(?:saya|kami)"
                        + "\\W+(?:sudah\\W+|telah\\W+|akan\\W+)?)\\W*(?:teruskan|forward|forwardkan|operkan)(?![\\p{L}])",
                CI),
        // "saya cek dulu ya", "kami konfirmasikan dulu", "akan kami kabari"
        Pattern.compile(
                "(?<![\\p{L}])" + PRONOUN + "\\W+(?:akan\\W+|coba\\W+)?(?:cek|cekkan|cekin|check|tanyakan|"
                        + "konfirmasi|konfirmasikan|pastikan|carikan info)(?:\\W+(?:dulu|terlebih dahulu|sebentar|kembali|ulang|lagi))",
                CI),
        Pattern.compile(
                "(?<![\\p{L}])akan\\W+(?:segera\\W+)?kami\\W+(?:hubungi|kabari|infokan|informasikan|konfirmasi\\w*|"
                        + "cek|cekkan|sampaikan|teruskan|tanyakan|follow up|balas|jawab)(?![\\p{L}])",
                CI),
        // admitting not knowing
        Pattern.compile(
                "(?<![\\p{L}])" + PRONOUN + "\\W+(?:\\p{L}+\\W+)?(?:kurang|tidak|tak|belum|gak|ga|nggak|ngga|"
                        + "enggak)\\W+(?:tahu|tau|yakin|paham|mengerti|hafal|hapal|ingat|punya\\W+(?:info|data|angka|detail|rincian)\\w*|"
                        + "memiliki\\W+(?:info|data|angka|detail|rincian)\\w*|"
                        + "bisa\\W+memastikan|dapat\\W+memastikan|bisa\\W+menjawab|dapat\\W+menjawab|mengetahui|"
                        + "(?:bisa|dapat)\\W+(?:menyebutkan|menghitung|memberi|memberikan|menginformasikan|merinci)|"
                        + "bisa\\W+memberikan\\W+(?:info|informasi|jawaban)|dapat\\W+memberikan\\W+(?:info|informasi|jawaban)|"
                        + "ada\\W+(?:info|informasi|data))(?![\\p{L}])",
                CI),
        Pattern.compile(
                "(?<![\\p{L}])(?:kurang|tidak|gak|ga|nggak)\\W+(?:tahu|tau)\\W+(?:pasti|persis)(?![\\p{L}])|(?<![\\p{L}])(?:angka|"
                        + "hitungan|simulasi|rincian|tabel)\\W+(?:\\p{L}+\\W+){0,2}?(?:tidak|belum|tdk|blm)\\W+(?:tersedia|ada)"
                        + "(?:\\W+(?:di\\W+)?(?:sini|saya|kami))?(?![\\p{L}])",
                CI),
        Pattern.compile(
                "(?<![\\p{L}])(?:belum|tidak|tak)\\W+(?:ada|punya|memiliki|mendapat|dapat)\\W+(?:info|informasi|"
                        + "data)(?![\\p{L}])|(?<![\\p{L}])(?:info|informasi|data)(?:nya)?\\W+(?:\\p{L}+\\W+){0,3}?(?:belum|tidak)\\W+"
                        + "(?:ada|tersedia|tercatat|lengkap|saya\\W+miliki|kami\\W+miliki|saya\\W+pegang|kami\\W+pegang|"
                        + "saya\\W+punya|kami\\W+punya|saya\\W+dapat|kami\\W+terima)(?![\\p{L}])|di luar (?:pengetahuan|"
                        + "kemampuan) (?:saya|kami)|(?<![\\p{L}])(?:mohon|harap|silakan)\\W+(?:di)?tunggu|(?<![\\p{L}])tunggu\\W+"
                        + "(?:sebentar|sebentar ya|kabar)|(?<![\\p{L}])(?:i don't know|i'm not sure|not sure|let me check|"
                        + "someone will|our team will|will contact you|will get back|will ask|i'll ask|don't have the info\\w*|"
                        + "do not have the info\\w*|will confirm|will check|will follow up)",
                CI),
    };

    /** What a customer may be told to do themselves: contacting or visiting is not a promise that someone acts. */
    private static final Pattern CUSTOMER_ACTS = Pattern.compile(
            "(?<![\\p{L}])(?:silakan|silahkan|feel free to|please|"
                    + "(?:kakak|kak|anda|bapak|ibu|bapak/ibu|customer)\\W+(?:bisa|boleh|dapat|langsung))\\W+(?:\\p{L}+\\W+)?(?:hubungi|kontak|telepon|telpon|chat|datang|mampir|berkunjung|"
                    + "call|contact|visit)(?![\\p{L}])",
            CI);

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private Deferral() {}

    /** "Semua unit sudah lolos inspeksi oleh teknisi dan dipastikan bebas banjir": done, not promised. */
    private static final Pattern DONE_BEFORE =
            Pattern.compile("(?<![\\p{L}])(?:sudah|telah|udah|pernah)(?![\\p{L}])", CI);

    private static final Pattern PROMISE =
            Pattern.compile("(?<![\\p{L}])(?:akan|nanti|segera|dulu|siap|bisa|biar|will|yang)(?![\\p{L}])", CI);

    /** The phrase that defers, when the text defers to a person. */
    static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        text = ChatWords.toStandard(text); // "ntar dikabarin admin" is "nanti dikabari admin"
        // sentence by sentence: "...oleh tim teknisi kami. Silakan cek..." is two sentences, not "tim ... cek"
        for (String sentence : SENTENCES.split(text)) {
            for (Pattern p : DEFERS) {
                var m = p.matcher(sentence);
                while (m.find()) {
                    String around = sentence.substring(Math.max(0, m.start() - 30), m.end());
                    boolean done = p == DEFERS[0]
                            && DONE_BEFORE
                                    .matcher(sentence.substring(0, m.start()))
                                    .find()
                            && !PROMISE.matcher(m.group()).find();
                    if (!CUSTOMER_ACTS.matcher(around).find() && !done) {
                        return Optional.of(m.group());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
