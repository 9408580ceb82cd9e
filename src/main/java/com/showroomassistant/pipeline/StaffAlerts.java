package com.showroomassistant.pipeline;

import com.showroomassistant.conversation.Turn;
import com.showroomassistant.conversation.TurnOutcome;
import com.showroomassistant.shared.DisplayName;
import com.showroomassistant.staff.Assignees;
import com.showroomassistant.staff.StaffMember;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a turn tells the showroom's staff phones, queued with its replies: an escalation (who, why, what they wrote,
 * how to answer), or another module's notice. They go to the conversation's owner (a salesperson, assigned on the
 * first notice), or to every active staff phone when nobody can own it. A staff phone that is the conversation's
 * customer is left out.
 */
@Component
class StaffAlerts {

    private final Assignees assignees;

    StaffAlerts(Assignees assignees) {
        this.assignees = assignees;
    }

    /** Hands the conversation to staff for {@code reason} and tells its owner. */
    void escalate(Turn turn, TurnResult result, String reason, String lastText) {
        escalate(turn, result, reason, lastText, null);
    }

    /** @param detail what the assistant found staff must know (an offer and its amount), or null */
    void escalate(Turn turn, TurnResult result, String reason, String lastText, String detail) {
        result.escalation = reason;
        String name = DisplayName.clean(turn.customerName(), 200); // names stored before they were cleaned, too
        String who = (name == null ? "" : name + " ") + "(" + turn.customer() + ")";
        List<StaffMember> to = recipients(turn);
        // in a team, the owner told alone learns it is theirs and how to pass it on (a colleague standing in for an
        // owner who is away is not told it is theirs); a lone staff member reads as before
        String owner = to.size() == 1
                        && assignees.isTeam(turn.tenant())
                        && !turn.isStaff()
                        && assignees
                                .ownerOf(turn.tenant(), turn.conversationId())
                                .filter(o -> o.id() == to.getFirst().id())
                                .isPresent()
                ? "\n👤 Untuk Anda. Alihkan: /alihkan " + turn.customer() + " <nama staff>"
                : "";
        notice(
                to,
                result,
                "🔔 Percakapan perlu staff\nPelanggan: " + who + "\nAlasan: " + describe(reason)
                        + (detail == null ? "" : "\n" + detail)
                        + "\nPesan: \"" + abbreviate(lastText) + "\"\nBalas: /reply " + turn.customer()
                        + " <pesan>\nSelesai: /done "
                        + turn.customer()
                        + owner);
    }

    void notice(Turn turn, TurnResult result, String notice) {
        notice(recipients(turn), result, notice);
    }

    /** A new lead goes to one salesperson, untold: it shows as theirs in the inbox and on the leads page. */
    void assignLead(Turn turn) {
        if (!turn.isStaff()) {
            assignees.assign(turn.tenant(), turn.conversationId(), turn.customer());
        }
    }

    private List<StaffMember> recipients(Turn turn) {
        // a staff phone's own conversation (trying the assistant out) is nobody's lead: the colleagues are told
        return turn.isStaff()
                ? assignees.colleagues(turn.tenant(), turn.customer())
                : assignees.recipients(turn.tenant(), turn.conversationId(), turn.customer());
    }

    private static void notice(List<StaffMember> to, TurnResult result, String notice) {
        for (StaffMember member : to) {
            result.outgoing.add(new TurnOutcome.Reply(member.phoneNumber(), null, "system", notice, List.of()));
        }
    }

    /** Photos for staff (a trade-in's), sent as one album after the notice that explains them. */
    void photos(Turn turn, TurnResult result, List<String> urls, String caption) {
        if (urls.isEmpty()) {
            return;
        }
        List<TurnOutcome.Photo> album = new java.util.ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            album.add(new TurnOutcome.Photo(urls.get(i), i == 0 ? caption + " (" + turn.customer() + ")" : null));
        }
        for (StaffMember member : recipients(turn)) {
            result.outgoing.add(new TurnOutcome.Reply(member.phoneNumber(), null, "system", null, album));
        }
    }

    private static String describe(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.startsWith("withheld")) {
            return "jawaban otomatis ditahan (harga/diskon/unit/data mobil tidak sesuai data)";
        }
        return switch (r) {
            case "customer_asked_for_human" -> "pelanggan minta bicara dengan staff";
            case "llm_failure" -> "AI sedang gangguan";
            case "processing_failed" -> "pesan gagal diproses";
            case "price_negotiation" -> "pelanggan menanyakan nego/diskon";
            case "price_offer" -> "pelanggan mengajukan tawaran harga";
            case "test_drive_request" -> "pelanggan ingin lihat unit / test drive";
            case "financing_question" -> "pertanyaan kredit";
            case "trade_in" -> "pelanggan ingin tukar tambah";
            case "assistant_deferred" -> "asisten menjanjikan bantuan staff";
            case "customer_chat_disabled" -> "chat otomatis dimatikan";
            default -> "perlu jawaban staff";
        };
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return DisplayName.excerpt(text, 200); // a quoted message adds no lines of its own to a notice
    }
}
