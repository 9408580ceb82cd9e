package com.showroomassistant.staff.command;

import com.showroomassistant.assistant.Assistant;
import com.showroomassistant.assistant.CarFactLines;
import com.showroomassistant.gateway.Gateways;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleDraft;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.media.MediaStore;
import com.showroomassistant.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Adding a car from WhatsApp: a draft filled over several messages, photos in any order, then /selesai. */
@Component
class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    static final int MAX_PHOTOS = 20;

    private final Drafts drafts;
    private final VehicleText text;
    private final Vehicles vehicles;
    private final Gateways gateway;
    private final MediaStore media;
    private final Assistant assistant;

    Uploads(
            Drafts drafts,
            VehicleText text,
            Vehicles vehicles,
            Gateways gateway,
            MediaStore media,
            Assistant assistant) {
        this.assistant = assistant;
        this.drafts = drafts;
        this.text = text;
        this.vehicles = vehicles;
        this.gateway = gateway;
        this.media = media;
    }

    String upload(Sender s, String details) {
        VehicleFields current = drafts.find(s.tenant(), s.conversationId()).orElse(VehicleFields.EMPTY);
        VehicleFields merged = current.overwriteWith(text.read(details).fields());
        drafts.save(s.tenant(), s.conversationId(), merged);
        return summary(s, merged);
    }

    /** A plain message while a draft is open that fills some of its missing fields ("2019 150jt"). */
    Optional<String> answer(Sender s, String message) {
        Optional<VehicleFields> current = drafts.find(s.tenant(), s.conversationId());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var reading = text.read(message);
        VehicleFields merged = current.get().fillMissingFrom(reading.fields());
        if (!reading.looksLikeAnswer() || merged.equals(current.get())) {
            return Optional.empty();
        }
        drafts.save(s.tenant(), s.conversationId(), merged);
        return Optional.of(summary(s, merged));
    }

    String finish(Sender s) {
        VehicleFields d = drafts.find(s.tenant(), s.conversationId())
                .orElseThrow(
                        () -> new CommandRejected("Belum ada draft mobil. Mulai dengan:\n" + Replies.UPLOAD_EXAMPLE));
        if (!d.missing().isEmpty()) {
            throw new CommandRejected("Belum bisa disimpan, masih kurang: " + String.join(", ", d.missing())
                    + ".\nBalas misalnya: " + d.exampleForMissing());
        }
        List<Drafts.Photo> photos = drafts.photos(s.tenant(), s.conversationId());
        List<String> urls =
                photos.stream().limit(MAX_PHOTOS).map(Drafts.Photo::url).toList();
        Vehicle v;
        try {
            v = vehicles.add(
                    s.tenant(),
                    new VehicleDraft(
                            d.make(),
                            d.model(),
                            d.variant(),
                            d.year(),
                            d.price(),
                            d.mileage(),
                            d.transmission(),
                            d.fuelType(),
                            d.color(),
                            d.plate(),
                            "available",
                            null,
                            d.facts(),
                            d.minimumPrice(),
                            urls));
        } catch (ConflictException e) {
            throw new CommandRejected(
                    "Plat " + d.plate() + " sudah ada di stok. Ganti platnya, contoh: /upload B 5678 XYZ");
        }
        drafts.delete(s.tenant(), s.conversationId());
        if (!photos.isEmpty()) {
            drafts.deletePhotos(s.tenant(), s.conversationId(), photos.getLast().id());
        }
        String dropped = photos.size() > MAX_PHOTOS ? " (maksimal " + MAX_PHOTOS + ", sisanya tidak dipakai)" : "";
        return "✅ Tersimpan sebagai " + v.displayId() + ": " + v.title() + ", " + Replies.price(v.price()) + ", "
                + urls.size() + " foto" + dropped + ". Status: tersedia.\nUbah status: /status " + v.displayId()
                + " sold";
    }

    String cancel(Sender s) {
        boolean draft = drafts.delete(s.tenant(), s.conversationId());
        int photos = drafts.deletePhotos(s.tenant(), s.conversationId(), Long.MAX_VALUE);
        if (!draft && photos == 0) {
            throw new CommandRejected("Tidak ada draft yang aktif. Mulai dengan:\n" + Replies.UPLOAD_EXAMPLE);
        }
        return "🗑️ Draft dibatalkan" + (photos > 0 ? ", " + photos + " foto dibuang." : ".");
    }

    /**
     * Fetches a photo the gateway announced and adds it to the draft; empty when it could not be fetched. A photo
     * sent before any text is read by the vision model for a make, model and colour suggestion (the reference's).
     */
    Optional<Added> addPhoto(Sender s, long messageId, String fileUrl, boolean suggest) {
        try {
            byte[] bytes = gateway.download(s.tenant(), fileUrl, media.maxBytes());
            String url = media.storeImage(s.tenant(), bytes);
            drafts.addPhoto(s.tenant(), s.conversationId(), messageId, url);
            return Optional.of(new Added(suggest ? suggestion(s, bytes) : null));
        } catch (RuntimeException e) {
            log.warn("photo of message {} not added to the draft: {}", messageId, e.toString());
            return Optional.empty();
        }
    }

    /** Make, model and colour as the vision model sees them, for a draft with no data yet; never fails the photo. */
    private String suggestion(Sender s, byte[] bytes) {
        try {
            if (drafts.find(s.tenant(), s.conversationId())
                    .filter(d -> !d.isEmpty())
                    .isPresent()) {
                return null;
            }
            return assistant
                    .describePhoto(s.tenant(), bytes, Assistant.PhotoPurpose.STOCK)
                    .filter(d -> !d.toLowerCase(java.util.Locale.ROOT).contains("bukan mobil"))
                    .orElse(null);
        } catch (RuntimeException e) {
            log.warn("no suggestion for the photo: {}", e.toString());
            return null;
        }
    }

    /** A photo added to the draft, with what the vision model saw in it when there was no text yet. */
    record Added(String suggestion) {}

    String photosReceived(Sender s, int added, int failed, String suggestion) {
        List<String> lines = new ArrayList<>();
        int total = drafts.photoCount(s.tenant(), s.conversationId());
        if (added > 0) {
            lines.add("📷 " + added + " foto diterima. Draft sekarang punya " + total + " foto.");
        }
        if (failed > 0) {
            lines.add("⚠️ " + failed + " foto gagal diambil dari WhatsApp, kirim ulang ya.");
        }
        if (added > 0 && drafts.find(s.tenant(), s.conversationId()).isEmpty()) {
            if (suggestion != null) {
                lines.add("🔎 Dari foto, sepertinya: " + suggestion + ". Mohon dicek, lalu kirim datanya.");
            }
            lines.add("Lanjutkan dengan data mobilnya, contoh:\n" + Replies.UPLOAD_EXAMPLE);
        }
        return String.join("\n", lines);
    }

    private String summary(Sender s, VehicleFields d) {
        int photos = drafts.photoCount(s.tenant(), s.conversationId());
        if (d.isEmpty()) {
            return "📝 Draft mobil baru dibuat. Kirim datanya, contoh:\n" + Replies.UPLOAD_EXAMPLE
                    + "\nFoto boleh dikirim kapan saja (sekarang " + photos + " foto). /batal untuk membatalkan.";
        }
        StringBuilder r = new StringBuilder("📝 Draft: ").append(d.title());
        r.append("\nHarga: ").append(Replies.price(d.price()));
        List<String> extra = new ArrayList<>();
        if (d.mileage() != null) extra.add(Replies.km(d.mileage()));
        if (d.color() != null) extra.add("Warna: " + d.color());
        if (d.transmission() != null)
            extra.add("Transmisi: " + (d.transmission().equals("automatic") ? "matic" : "manual"));
        if (d.fuelType() != null) extra.add("BBM: " + d.fuelType());
        if (d.plate() != null) extra.add("Plat: " + d.plate());
        if (!extra.isEmpty()) {
            r.append('\n').append(String.join(" · ", extra));
        }
        List<String> facts = CarFactLines.of(d.facts(), null);
        if (!facts.isEmpty()) {
            r.append('\n').append(String.join(" · ", facts));
        }
        if (d.minimumPrice() != null) {
            // staff replies never show the minimum: a phone's chats are read over shoulders and forwarded
            r.append("\nHarga minimum: tersimpan (tidak ditampilkan)");
        }
        r.append("\nFoto: ").append(photos);
        if (d.missing().isEmpty()) {
            r.append("\nLengkap. Ketik /selesai untuk menyimpan atau /batal untuk membatalkan.");
        } else {
            r.append("\nMasih kurang: ")
                    .append(String.join(", ", d.missing()))
                    .append(". Balas misalnya: ")
                    .append(d.exampleForMissing());
        }
        return r.toString();
    }
}
