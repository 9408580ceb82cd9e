package com.showroomassistant.intent;

import static com.showroomassistant.intent.Intent.STAFF_CHECK_INVENTORY;
import static com.showroomassistant.intent.Intent.STAFF_GET_STATS;
import static com.showroomassistant.intent.Intent.STAFF_UPDATE_STATUS;
import static com.showroomassistant.intent.Intent.STAFF_UPLOAD_VEHICLE;
import static com.showroomassistant.intent.Rule.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The staff stage's rules: slash commands, and the plain words staff use for a report, a status, an upload or stock. */
final class StaffRules {

    private StaffRules() {}

    static final Pattern SLASH = p("^\\s*/\\s*([a-z]+)");
    private static final Pattern STATS =
            p("(?<![\\p{L}])(?:laporan|rekap|rekapan|statistik|stats?|report|performa|tarik data|"
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
    private static final Pattern UPDATE_EXPLICIT = p(
            "update status|updet status|ubah status|ganti status|set status|"
                    + "status\\w*\\s+(?:jadi|ke|menjadi|diganti|diubah|diupdate|dirubah)|\\bstatusnya\\b|tandai|tandain|"
                    + "mark as|tolong (?:di)?update|diupdate|update (?:dong|ya|min|bos|bro)|balikin (?:ke|jadi)|kembalikan (?:ke|jadi)");
    private static final Pattern STATUS_WORD = p(
            "(?<![\\p{L}])(?:sold|terjual|kejual|laku|booked|dibooking|dibook|"
                    + "di ?dp|tanda jadi|batal|cancel|ready lagi|available lagi|tersedia lagi|hold|tahan dulu|ditahan|booking)(?![\\p{L}])");
    private static final Pattern QUESTION = p("\\?|\\b(?:belum|apa|apakah|tidak|berapa|kah)\\b");
    private static final Pattern UPLOAD = p(
            "(?<![\\p{L}])(?:upload|unggah|tambah|tambahin|tambahkan|input|masukin|add|catat|catet|"
                    + "masukkan|posting|post|daftarkan|diupload|diunggah|diinput|dimasukin|upload-in|uploadin|uploadkan|diuploadin)(?![\\p{L}])"
                    + "(?:\\W+\\w+){0,3}?\\W+(?:mobil|unit|stok|kendaraan|mdl|baru|sistem|system|aplikasi|web|listing|katalog)"
                    + "|(?:mobil|unit|stok)(?: baru)? (?:masuk|datang|dateng)(?!\\W*\\?)"
                    + "|(?:naikin|dinaikin|naikkan|dinaikkan)\\W+(?:\\w+\\W+){0,2}?(?:listing|katalog|web|sistem|stok)");
    private static final Pattern LIST =
            p("^\\s*(?:(?:tolong|coba|minta)\\s+)?(?:list|daftar|cek|lihat|liat)(?:in|kan)?\\s+"
                    + "(?:(?:semua|seluruh)\\s+)?(?:unit|mobil|stok)");
    private static final Pattern NOT_UPLOAD = p("\\b(?:cara|hapus|salah|gagal|error|kenapa|gimana|tidak bisa)\\b");
    /** Colleagues asking who has or where something is, about the bot, or reporting a follow-up. */
    static final Pattern STAFF_CHATTER =
            p("\\b(?:siapa|sopo|kunci\\w*|follow ?up|bot\\w*|ada (?:yang|yg) (?:lihat|bawa|pegang|tau|tahu)"
                    + "|taruh|taro|naruh)\\b");
    /** Colleagues' small talk: a joke, a wish, a remark or a story about a customer, with nothing asked. */
    private static final Pattern SMALL_TALK =
            p("(?<![\\p{L}])(?:wkwk\\w*|haha\\w*|hehe\\w*|semoga|lumayan|alhamdulillah|"
                    + "mantap\\w*|numpuk|semangat\\w*|izin (?:telat|pulang|keluar|sakit|cuti|ke)|(?:td|tadi) ada (?:customer|pelanggan|konsumen|cust)"
                    + "|(?:aku|saya|sy|gue|gw) bilang)(?![\\p{L}])|😭|🤲|😂");

    private static final Pattern REQUEST = p(
            "\\?|(?<![\\p{L}])(?:tolong|tlg|minta|mohon|cek|lihat|liat|list|kirim\\w*|brp|"
                    + "berapa|apa (?:aja|saja)|update|rekap|laporan|upload|tambah\\w*|input|naikin|dinaikin|ubah|ganti|tandai)(?![\\p{L}])");

    /** Office life, not the stock: coffee in the pantry, the office's taxes, a video for social media. */
    private static final Pattern OFFICE_LIFE =
            p("(?<![\\p{L}])(?:kopi|pantry|galon|gula|snack|cemilan|makan siang|nitip|"
                    + "(?:video|konten|foto)\\w*\\W+(?:\\w+\\W+){0,2}?(?:ke|di|buat|untuk)\\W+(?:tiktok|ig|instagram|reels|youtube|fb)|fyp|"
                    + "atk|tisu|kertas|printer|tinta|pajak kantor|laporan pajak|spt|listrik kantor|"
                    + "wifi|arisan|kondangan|gaji|thr|cuti)(?![\\p{L}])");

    /** "omset bulan lalu lumayan ya wkwk": staff talking among themselves, however many command words it holds. */
    static boolean smallTalk(String norm) {
        return SMALL_TALK.matcher(norm).find() && !REQUEST.matcher(norm).find()
                || OFFICE_LIFE.matcher(norm).find();
    }

    /** A plate names one car: "innova plat B 1290 KZA ready lagi" changes its status, whatever else is said. */
    private static final Pattern PLATE = p("(?<![\\p{L}\\d])[a-z]{1,2}\\s?\\d{1,4}\\s?[a-z]{1,3}(?![\\p{L}\\d])");

    static final Pattern INVENTORY = p(
            "(?<![\\p{L}])(?:cek (?:stok|unit|inventory|mobil|ketersediaan)|stok|"
                    + "inventory|inventori|daftar (?:unit|mobil)|list (?:unit|mobil)|unit apa|mobil apa|"
                    + "yang (?:masih )?(?:ready|available|tersedia)|tinggal berapa|sisa berapa|ada berapa (?:unit|mobil)|"
                    + "berapa unit|total unit|jumlah unit)(?![\\p{L}])|\\b(?:unit|mobil|stok)\\w*\\b.{0,30}\\b(?:ada )?apa (?:aja|saja)\\b");

    static boolean looksLikeCommand(String norm) {
        Matcher m = SLASH.matcher(norm);
        return m.find()
                && m.group(1)
                        .matches("upload|tambah|add|status|update|inventory|inv|stok|stock|stats?|"
                                + "laporan|report|rekap|cek|delete|hapus|edit|sold|book|list");
    }

    static Intent intentOf(String norm, boolean vehicleRef) {
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
        if (smallTalk(norm)) {
            return null;
        }
        if (STATS.matcher(norm).find() && !NOT_STATS.matcher(norm).find()) {
            return STAFF_GET_STATS;
        }
        if (LIST.matcher(norm).find() && !vehicleRef) {
            return STAFF_CHECK_INVENTORY; // "list unit yg statusnya booked": a listing, not a change
        }
        // "ada brp unit yg statusnya booked?": counting by status, not changing one
        boolean counting =
                QUESTION.matcher(norm).find() && INVENTORY.matcher(norm).find();
        if (PLATE.matcher(norm).find() && STATUS_WORD.matcher(norm).find() && !norm.contains("?")) {
            return STAFF_UPDATE_STATUS;
        }
        if (UPDATE_EXPLICIT.matcher(norm).find()
                && (vehicleRef || STATUS_WORD.matcher(norm).find())
                && !counting) {
            return STAFF_UPDATE_STATUS;
        }
        if (UPLOAD.matcher(norm).find() && !NOT_UPLOAD.matcher(norm).find()) {
            return STAFF_UPLOAD_VEHICLE;
        }
        if (vehicleRef
                && STATUS_WORD.matcher(norm).find()
                && !QUESTION.matcher(norm).find()) {
            return STAFF_UPDATE_STATUS;
        }
        if (INVENTORY.matcher(norm).find()) {
            return STAFF_CHECK_INVENTORY;
        }
        return null;
    }
}
