package com.showroomassistant.staff.command;

import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.Assignees;
import com.showroomassistant.staff.StaffMember;
import com.showroomassistant.staff.StaffPhones;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** /ambil, /alihkan, /away and /aktif: who owns a customer's conversation, from WhatsApp. */
@Component
class AssignmentCommands {

    private final Conversations conversations;
    private final Assignees assignees;
    private final StaffPhones staff;

    AssignmentCommands(Conversations conversations, Assignees assignees, StaffPhones staff) {
        this.conversations = conversations;
        this.assignees = assignees;
        this.staff = staff;
    }

    String claim(Sender s, Command.Claim c) {
        long conversation = customerConversation(s, c.customer(), Replies.CLAIM_FORM);
        return switch (assignees.claim(s.tenant(), conversation, s.member())) {
            case Assignment.Claim.Claimed(boolean already)
            when already -> "ℹ️ Percakapan dengan " + c.customer() + " sudah milik Anda.";
            case Assignment.Claim.Claimed claimed ->
                "✅ Percakapan dengan " + c.customer() + " sekarang milik Anda. Balas: /reply " + c.customer()
                        + " <pesan>";
            case Assignment.Claim.OwnedBy(long owner) ->
                "❌ Percakapan dengan " + c.customer() + " sudah diambil oleh " + name(s, owner) + ".";
        };
    }

    String reassign(Sender s, Command.Reassign c) {
        long conversation = customerConversation(s, c.customer(), Replies.REASSIGN_FORM);
        StaffMember to = target(s, c.to());
        assignees.reassign(s.tenant(), conversation, to.id());
        return "✅ Percakapan dengan " + c.customer() + " dialihkan ke " + to.label() + ". " + to.label()
                + " sudah diberi tahu.";
    }

    String away(Sender s, Command.Away c) {
        staff.setAway(s.tenant(), s.member().id(), c.away());
        return c.away()
                ? "🌴 Status Anda: away. Percakapan baru tidak diberikan ke Anda sampai /aktif; percakapan milik Anda"
                        + " tetap milik Anda."
                : "✅ Status Anda: aktif. Anda menerima percakapan baru lagi.";
    }

    /** The active staff member named (whole name, or the start of one) or whose phone it is; exactly one. */
    private StaffMember target(Sender s, String named) {
        List<StaffMember> active = staff.active(s.tenant());
        var phone = PhoneNumber.parse(named.replaceAll("[\\s\\-()]", ""));
        if (phone.isPresent()) {
            return active.stream()
                    .filter(m -> m.phoneNumber().equals(phone.get().value()))
                    .findFirst()
                    .orElseThrow(() -> new CommandRejected(
                            "Nomor " + named + " bukan staff aktif. Staff aktif: " + names(active)));
        }
        String wanted = named.strip().toLowerCase(Locale.ROOT);
        List<StaffMember> exact = active.stream()
                .filter(m -> m.name() != null
                        && m.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        List<StaffMember> found = exact.isEmpty()
                ? active.stream()
                        .filter(m -> m.name() != null
                                && m.name().toLowerCase(Locale.ROOT).startsWith(wanted))
                        .toList()
                : exact;
        if (found.size() == 1) {
            return found.getFirst();
        }
        throw new CommandRejected((found.isEmpty()
                        ? "Staff \"" + named + "\" tidak ditemukan."
                        : "Nama \"" + named + "\" cocok untuk " + found.size() + " staff; pakai nomornya.")
                + " Staff aktif: " + names(active));
    }

    private static String names(List<StaffMember> active) {
        return active.stream()
                .map(m -> m.label() + " (" + m.phoneNumber() + ")")
                .collect(Collectors.joining(", "));
    }

    private String name(Sender s, long staffId) {
        return staff.list(s.tenant()).stream()
                .filter(m -> m.id() == staffId)
                .map(StaffMember::label)
                .findFirst()
                .orElse("staff lain");
    }

    private long customerConversation(Sender s, PhoneNumber customer, String form) {
        long id = conversations
                .openId(s.tenant(), customer)
                .orElseThrow(() ->
                        new CommandRejected("Belum ada percakapan dengan " + customer + ". Cek nomornya.\n" + form));
        if (id == s.conversationId()) {
            throw new CommandRejected("Itu nomor Anda sendiri.\n" + form);
        }
        return id;
    }
}
