package com.showroomassistant.staff.command;

import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.conversation.Handoff;
import com.showroomassistant.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** /reply and /done: a staff member takes a customer conversation over from WhatsApp and hands it back. */
@Component
class HandoffCommands {

    private final Conversations conversations;
    private final Handoff handoff;

    HandoffCommands(Conversations conversations, Handoff handoff) {
        this.conversations = conversations;
        this.handoff = handoff;
    }

    String reply(Sender s, Command.Reply c) {
        long conversation = customerConversation(s, c.customer());
        handoff.reply(s.tenant(), conversation, c.text(), s.member().id());
        return "✅ Terkirim ke " + c.customer() + ". Asisten AI berhenti membalas di percakapan ini sampai /done "
                + c.customer() + ".";
    }

    String done(Sender s, Command.Done c) {
        handoff.resolve(s.tenant(), customerConversation(s, c.customer()), "staff");
        return "✅ Percakapan dengan " + c.customer() + " dikembalikan ke asisten AI.";
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
