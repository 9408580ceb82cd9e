package com.showroomassistant.staff.command;

import com.showroomassistant.assistant.Rupiah;
import java.util.Locale;

/** What staff read on WhatsApp (Indonesian): short, and every error shows the right form. */
final class Replies {

    private Replies() {}

    static final String UPLOAD_EXAMPLE = "/upload Toyota Avanza 1.3 G 2019 150jt hitam matic 45rb km B1234XYZ";
    static final String STATUS_FORM =
            "Format: /status <plat|ID> <available|booked|sold>\nContoh: /status B1234XYZ sold";
    static final String STATUS_BUYER = "Nomor pembeli tidak valid.\nContoh: /status AV-0012 sold 081234567890";
    static final String STATUS_BUYER_NOT_SOLD =
            "Nomor pembeli hanya dipakai untuk status sold.\nContoh: /status AV-0012 sold 081234567890";
    static final String INVENTORY_FORM = "Format: /inventory [filter]\nContoh: /inventory avanza";
    static final String STATS_FORM = "Periode tidak dikenal.\nContoh: /stats today, /stats week, /stats month";
    static final String REPLY_FORM =
            "Format: /reply <nomor> <pesan>\nContoh: /reply 081234567890 Unitnya masih ada kak";
    static final String NOTE_FORM =
            "Format: /catatan <nomor> <catatan>\nContoh: /catatan 081234567890 Minta simulasi kredit 3 tahun";
    static final String DONE_FORM = "Format: /done <nomor>\nContoh: /done 081234567890";
    static final String CLAIM_FORM = "Format: /ambil <nomor>\nContoh: /ambil 081234567890";
    static final String REASSIGN_FORM =
            "Format: /alihkan <nomor pelanggan> <nama atau nomor staff>\nContoh: /alihkan 081234567890 Sari";
    static final String UNKNOWN = "Perintah tidak dikenal. Ketik /help untuk daftar perintah.";
    static final String FAILED =
            "Maaf, perintah gagal diproses karena gangguan sistem. Silakan coba lagi sebentar lagi.";
    static final String DISABLED = "Maaf, perintah staff lewat WhatsApp sedang dinonaktifkan untuk showroom ini.";
    static final String UPLOAD_DISABLED =
            "Maaf, upload mobil lewat WhatsApp sedang dinonaktifkan. Silakan tambahkan lewat dashboard.";
    static final String STATUS_DISABLED =
            "Maaf, ubah status mobil lewat WhatsApp sedang dinonaktifkan. Silakan ubah lewat dashboard.";

    static final String HELP = """
            📋 Perintah staff:
            /upload <data mobil> – mulai/isi draft mobil baru, contoh: %s (foto boleh dikirim sebelum/sesudah)
            /selesai – simpan draft · /batal – buang draft
            /status <plat|ID> <available|booked|sold> – contoh: /status AV-0012 sold (tambah nomor pembeli: /status AV-0012 sold 081234567890)
            /inventory [filter] – contoh: /inventory avanza
            /stats [today|week|month] – contoh: /stats week
            /reply <nomor> <pesan> – balas pelanggan, AI dijeda; contoh: /reply 081234567890 Unitnya ready kak
            /reply <nomor> #nama – kirim template jawaban; contoh: /reply 081234567890 #alamat
            /catatan <nomor> <catatan> – catatan internal, tidak dikirim ke pelanggan; contoh: /catatan 081234567890 minta kredit
            /done <nomor> – kembalikan ke AI; contoh: /done 081234567890
            /ambil <nomor> – ambil percakapan yang belum ada pemiliknya; contoh: /ambil 081234567890
            /alihkan <nomor> <nama staff> – alihkan ke staff lain; contoh: /alihkan 081234567890 Sari
            /away – tidak menerima percakapan baru (cuti/libur) · /aktif – menerima lagi
            /testdrive – jadwal test drive mendatang; /testdrive <ID> <selesai|batal|noshow|konfirmasi|jadwal baru> – contoh: /testdrive 12 sabtu jam 10""".formatted(UPLOAD_EXAMPLE);

    static final String TEST_DRIVE_FORM =
            "Format: /testdrive <ID> <selesai|batal|noshow|konfirmasi> atau /testdrive <ID>"
                    + " <jadwal baru>, contoh: /testdrive 12 sabtu jam 10. Ketik /testdrive untuk melihat ID jadwal.";

    static String testDriveStatus(String status) {
        return switch (status) {
            case "requested" -> "menunggu konfirmasi";
            case "confirmed" -> "terjadwal";
            case "completed" -> "selesai";
            case "no_show" -> "pelanggan tidak datang";
            case "cancelled" -> "dibatalkan";
            default -> status;
        };
    }

    static String noPermission(String command, String permission) {
        return "Maaf, nomor Anda belum punya izin untuk /" + command + ". Minta admin showroom menambahkan izin \""
                + permission + "\".";
    }

    static String status(String status) {
        return switch (status) {
            case "available" -> "tersedia";
            case "booked" -> "booked";
            case "sold" -> "terjual";
            default -> status;
        };
    }

    static String price(Long rupiah) {
        return rupiah == null ? "harga belum diisi" : Rupiah.format(rupiah);
    }

    static String km(Integer km) {
        return String.format(Locale.forLanguageTag("id-ID"), "%,d km", km);
    }
}
