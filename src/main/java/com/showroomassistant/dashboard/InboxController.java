package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.ConversationView;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.conversation.Handoff;
import com.showroomassistant.conversation.MessageView;
import com.showroomassistant.staff.StaffMember;
import com.showroomassistant.staff.StaffPhones;
import com.showroomassistant.tenant.AiConfigs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox (escalated first, polled) and one conversation: messages, human reply, resolve. */
@Controller
class InboxController {

    private final Conversations conversations;
    private final Handoff handoff;
    private final AiConfigs configs;
    private final StaffNotices notices;
    private final Clock clock;
    private final ConversationTools tools;
    private final DashboardUsers users;
    private final StaffPhones staff;

    InboxController(
            Conversations conversations,
            Handoff handoff,
            AiConfigs configs,
            StaffNotices notices,
            Clock clock,
            ConversationTools tools,
            DashboardUsers users,
            StaffPhones staff) {
        this.tools = tools;
        this.users = users;
        this.staff = staff;
        this.conversations = conversations;
        this.handoff = handoff;
        this.configs = configs;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/app")
    String app() {
        return "redirect:/app/inbox";
    }

    @GetMapping("/app/inbox")
    String inbox(
            DashboardUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Integer waiting,
            Model model) {
        rows(user, status, q, label, owner, waiting, model);
        return "dashboard/inbox";
    }

    @GetMapping("/app/inbox/rows")
    String rows(
            DashboardUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Integer waiting,
            Model model) {
        String filter = status == null || status.isBlank() ? null : status;
        model.addAttribute("status", filter);
        model.addAttribute("q", q);
        model.addAttribute("owner", owner);
        model.addAttribute("waiting", waiting);
        model.addAttribute("linked", users.staffId(user).isPresent());
        var page = conversations.list(user.tenant(), filter, q, label, ownership(user, owner, waiting), 0, 100);
        model.addAttribute("page", page);
        tools.addToInbox(user, label, page.items(), model);
        return "dashboard/inbox :: rows";
    }

    /**
     * The inbox's owner filters: "mine" (the login's staff member; nothing when the login is linked to none),
     * "none" (nobody owns it), and escalations waiting for staff longer than {@code waiting} minutes.
     */
    private Conversations.Ownership ownership(DashboardUser user, String owner, Integer waiting) {
        Integer minutes = waiting == null
                ? null
                : Math.clamp(waiting, 0, Conversations.Ownership.MAX_WAITING_MINUTES); // a link's number, not an error
        if ("mine".equals(owner)) {
            return new Conversations.Ownership(users.staffId(user).orElse(-1L), false, minutes);
        }
        return new Conversations.Ownership(null, "none".equals(owner), minutes);
    }

    /** Who holds the conversation now: the assistant, or a human until the pause runs out. */
    record Pause(boolean paused, String reason, Instant until) {}

    @GetMapping("/app/conversations/{id}")
    String conversation(DashboardUser user, @PathVariable long id, Model model) {
        panel(user, id, model);
        tools.addToConversation(user, id, model);
        return "dashboard/conversation";
    }

    @GetMapping("/app/conversations/{id}/panel")
    String panel(DashboardUser user, @PathVariable long id, Model model) {
        ConversationView c = conversations.get(user.tenant(), id);
        List<MessageView> messages =
                conversations.messages(user.tenant(), id, 0, 200).items();
        model.addAttribute("c", c);
        model.addAttribute("messages", messages);
        model.addAttribute("pause", pause(user, c));
        model.addAttribute("notices", notices.in(user.tenant(), id));
        model.addAttribute(
                "assignable",
                staff.list(user.tenant()).stream().filter(StaffMember::isActive).toList());
        model.addAttribute("myStaffId", users.staffId(user).orElse(null));
        return "dashboard/conversation :: panel";
    }

    @PostMapping("/app/conversations/{id}/reply")
    String reply(DashboardUser user, @PathVariable long id, @RequestParam String message, RedirectAttributes flash) {
        if (message.isBlank() || message.length() > 4000) {
            flash.addFlashAttribute("error", "reply.invalid");
        } else {
            handoff.reply(
                    user.tenant(), id, message.strip(), users.staffId(user).orElse(null));
        }
        return "redirect:/app/conversations/" + id;
    }

    @PostMapping("/app/conversations/{id}/resolve")
    String resolve(DashboardUser user, @PathVariable long id, RedirectAttributes flash) {
        handoff.resolve(user.tenant(), id);
        flash.addFlashAttribute("notice", "conversation.resolved");
        return "redirect:/app/conversations/" + id;
    }

    private Pause pause(DashboardUser user, ConversationView c) {
        Instant since = latest(c.escalatedAt(), c.humanActiveAt());
        if (since == null && !"escalated".equals(c.status())) {
            return new Pause(false, null, null);
        }
        Instant until = since == null
                ? null
                : since.plus(Duration.ofMinutes(configs.of(user.tenant()).handoffTimeoutMinutes()));
        if (until != null && until.isBefore(clock.instant())) {
            return new Pause(false, null, null);
        }
        String reason = c.humanActiveAt() != null ? "pause.human" : "pause.escalated";
        return new Pause(true, reason, until);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
