package com.showroomassistant.alerts;

import com.showroomassistant.conversation.WaitingForStaff;
import com.showroomassistant.shared.DisplayName;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the owner reads, in Indonesian: one message per incident kind, and the daily summary. */
final class AlertTexts {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", ID);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", ID);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", ID);

    private AlertTexts() {}

    static ZoneAware in(ZoneId zone, String showroom) {
        return new ZoneAware(zone, showroom);
    }

    /** The texts of one showroom, its times in its own time zone. */
    record ZoneAware(ZoneId zone, String showroom) {

        OwnerChannels.Message whatsAppDisconnected(Instant since) {
            String body = "WhatsApp showroom " + showroom + " terputus sejak " + dayTime(since) + ".\n"
                    + "Selama terputus, pesan pelanggan tidak masuk dan asisten tidak bisa membalas.\n"
                    + "Sambungkan lagi di dashboard, menu Koneksi (pindai kode QR bila diminta).\n\n"
                    + "Pesan WhatsApp menyusul setelah tersambung lagi.";
            return new OwnerChannels.Message(null, "⚠️ WhatsApp " + showroom + " terputus", body);
        }

        /** Sent by WhatsApp once it is back: the alert of the outage that could not go by WhatsApp. */
        OwnerChannels.Message whatsAppBack(Instant since, Instant now) {
            long minutes = Math.max(1, Duration.between(since, now).toMinutes());
            return new OwnerChannels.Message(
                    "✅ WhatsApp " + showroom + " tersambung lagi.\nTadi terputus dari " + dayTime(since) + " sampai "
                            + time(now) + " (" + minutes + " menit). Pesan pelanggan selama itu mungkin belum"
                            + " terbalas; cek Inbox di dashboard.",
                    null,
                    null);
        }

        OwnerChannels.Message llmFailing(Instant since) {
            String text = "⚠️ AI asisten " + showroom + " sedang gangguan sejak " + time(since) + ": layanan AI gagal"
                    + " menjawab berulang kali.\nSementara ini pelanggan dijawab dengan template otomatis, dan pertanyaan"
                    + " yang butuh jawaban dialihkan ke staff.";
            return new OwnerChannels.Message(text, "⚠️ AI asisten " + showroom + " gangguan", text);
        }

        OwnerChannels.Message tokenBudgetSpent(Instant at) {
            String text = "⚠️ Kuota AI harian " + showroom + " sudah habis (" + DAY.format(at.atZone(zone))
                    + ").\nSampai besok pelanggan dijawab dengan template otomatis; staff sudah diberi tahu.";
            return new OwnerChannels.Message(text, "⚠️ Kuota AI " + showroom + " habis", text);
        }

        OwnerChannels.Message staffWaiting(List<WaitingForStaff.Waiting> waiting, int minutes) {
            var text = new StringBuilder(
                    "⏳ Pelanggan menunggu staff lebih dari " + minutes + " menit di " + showroom + ":");
            for (var w : waiting) {
                String name = DisplayName.clean(w.name(), 60);
                text.append("\n• ")
                        .append(name == null ? "" : name + " ")
                        .append("(")
                        .append(w.customer())
                        .append(") sejak ")
                        .append(time(w.since()));
            }
            text.append("\nBalas lewat Inbox di dashboard, atau /reply <nomor> <pesan> dari nomor staff.");
            return new OwnerChannels.Message(
                    text.toString(), "⏳ Pelanggan menunggu staff di " + showroom, text.toString());
        }

        String day(java.time.LocalDate day) {
            return DAY.format(day);
        }

        String time(Instant at) {
            return TIME.format(at.atZone(zone));
        }

        private String dayTime(Instant at) {
            return DAY_TIME.format(at.atZone(zone));
        }
    }
}
