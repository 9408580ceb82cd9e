package com.showroomassistant.assistant;

/** Customer-facing texts (Indonesian). */
public final class Texts {

    private Texts() {}

    public static final String HANDOFF =
            "Baik kak, pertanyaan ini kami teruskan ke tim sales kami. Mohon ditunggu sebentar ya, staff kami akan segera membalas. 🙏";
    public static final String FALLBACK =
            "Maaf kak, sistem kami sedang mengalami gangguan. Staff kami akan segera membantu Anda. 🙏";
    public static final String CHAT_DISABLED =
            "Maaf, fitur chat otomatis sedang tidak aktif. Staff kami akan segera membalas pesan Anda.";
    public static final String OPTED_OUT =
            "Baik, Anda tidak akan menerima pesan otomatis lagi dari kami. Kirim MULAI kapan saja untuk mengaktifkan kembali.";
    /** Stands for a message without text (photo, voice note, sticker, location) in the model's user turn. */
    static final String NO_TEXT = "(pelanggan mengirim pesan tanpa teks: foto, pesan suara, stiker atau lokasi)";

    static final String PHOTOS = "Berikut foto unitnya ya kak. 😊";
    static final String TOKEN_BUDGET_SPENT = "⚠️ Kuota AI harian showroom sudah habis. Sampai besok, pelanggan dijawab"
            + " asisten offline (stok, FAQ, jam buka) dan pertanyaan lain diteruskan ke staff.";
    public static final String OPTED_IN = "Terima kasih, pesan otomatis sudah aktif kembali. Ada yang bisa kami bantu?";
}
