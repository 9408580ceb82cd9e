package com.showroomassistant.staff.command;

import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.conversation.Handoff;
import com.showroomassistant.conversation.Notes;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.SavedReplies;
import com.showroomassistant.staff.SavedReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * /reply, /catatan and /done: a staff member takes a customer conversation over from WhatsApp, notes something about
 * it for colleagues, and hands it back.
 */
@Component
class HandoffCommands {

    /** "/reply 0812... #alamat": the whole text names a saved reply. */
    private static final Pattern SAVED_REPLY = Pattern.compile("#([\\p{L}\\p{N}_-]+)");

    private final Conversations conversations;
    private final Handoff handoff;
    private final SavedReplies savedReplies;
    private final Notes notes;

    HandoffCommands(Conversations conversations, Handoff handoff, SavedReplies savedReplies, Notes notes) {
        this.conversations = conversations;
        this.handoff = handoff;
        this.savedReplies = savedReplies;
        this.notes = notes;
    }

    String reply(Sender s, Command.Reply c) {
        String text = text(s, c.text());
        long conversation = customerConversation(s, c.customer());
        handoff.reply(s.tenant(), conversation, text, s.member().id());
        return "✅ Terkirim ke " + c.customer() + ". Asisten AI berhenti membalas di percakapan ini sampai /done "
                + c.customer() + ".";
    }

    String note(Sender s, Command.Note c) {
        long conversation = customerConversation(s, c.customer());
        String author = (s.member().name() == null ? "Staff" : s.member().name()) + " (+"
                + s.member().phoneNumber() + ")";
        if (c.text().length() > Notes.MAX_TEXT) {
            throw new CommandRejected("Catatan terlalu panjang (maksimal " + Notes.MAX_TEXT + " karakter).");
        }
        notes.add(s.tenant(), conversation, author, c.text());
        return "📝 Catatan untuk " + c.customer() + " disimpan. Tidak dikirim ke pelanggan.";
    }

    String done(Sender s, Command.Done c) {
        handoff.resolve(s.tenant(), customerConversation(s, c.customer()), "staff");
        return "✅ Percakapan dengan " + c.customer() + " dikembalikan ke asisten AI.";
    }

    /** The text to send: as typed, or the saved reply it names; an unknown name is refused with the known ones. */
    private String text(Sender s, String typed) {
        Matcher m = SAVED_REPLY.matcher(typed);
        if (!m.matches()) {
            return typed;
        }
        return savedReplies
                .named(s.tenant(), m.group(1))
                .map(SavedReply::text)
                .orElseThrow(() -> new CommandRejected(unknownSavedReply(s, m.group(1))));
    }

    private String unknownSavedReply(Sender s, String name) {
        var known = savedReplies.list(s.tenant());
        if (known.isEmpty()) {
            return "Template jawaban #" + name + " tidak ada; showroom ini belum punya template jawaban."
                    + " Tambahkan lewat dashboard (menu Template). Pesan tidak dikirim.";
        }
        return "Template jawaban #" + name + " tidak ada. Pesan tidak dikirim.\nYang tersedia: "
                + known.stream().map(r -> "#" + r.name()).collect(Collectors.joining(", "))
                + "\nContoh: /reply 081234567890 #" + known.getFirst().name();
    }

    long customerConversation(Sender s, PhoneNumber customer) {
        long id = conversations
                .openId(s.tenant(), customer)
                .orElseThrow(() -> new CommandRejected("Belum ada percakapan dengan " + customer
                        + ". Cek nomornya, contoh: /reply 081234567890 Halo kak"));
        if (id == s.conversationId()) {
            throw new CommandRejected("Itu nomor Anda sendiri. Contoh: /reply 081234567890 Halo kak");
        }
        return id;
    }
}
