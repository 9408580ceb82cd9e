package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.Labels;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.staff.SavedReplies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox setup page: saved replies ("template jawaban") and labels, set up once by owners or staff. */
@Controller
class InboxSetupController {

    private final SavedReplies replies;
    private final Labels labels;

    InboxSetupController(SavedReplies replies, Labels labels) {
        this.replies = replies;
        this.labels = labels;
    }

    @GetMapping("/app/inbox-setup")
    String page(DashboardUser user, Model model) {
        model.addAttribute("replies", replies.list(user.tenant()));
        model.addAttribute("allLabels", labels.list(user.tenant()));
        return "dashboard/inbox-setup";
    }

    @PostMapping("/app/saved-replies")
    String create(DashboardUser user, @RequestParam String name, @RequestParam String text, RedirectAttributes flash) {
        return saved(flash, () -> replies.create(user.tenant(), name, text));
    }

    @PostMapping("/app/saved-replies/{id}")
    String update(
            DashboardUser user,
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam String text,
            RedirectAttributes flash) {
        return saved(flash, () -> replies.update(user.tenant(), id, name, text));
    }

    @PostMapping("/app/saved-replies/{id}/delete")
    String delete(DashboardUser user, @PathVariable long id, RedirectAttributes flash) {
        replies.delete(user.tenant(), id);
        flash.addFlashAttribute("notice", "savedReply.deleted");
        return "redirect:/app/inbox-setup";
    }

    @PostMapping("/app/labels")
    String createLabel(DashboardUser user, @RequestParam String name, RedirectAttributes flash) {
        try {
            labels.create(user.tenant(), name);
            flash.addFlashAttribute("notice", "label.created");
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("error", "label.invalid");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", "label.duplicate");
        }
        return "redirect:/app/inbox-setup";
    }

    @PostMapping("/app/labels/{id}/delete")
    String deleteLabel(DashboardUser user, @PathVariable long id, RedirectAttributes flash) {
        labels.delete(user.tenant(), id);
        flash.addFlashAttribute("notice", "label.deleted");
        return "redirect:/app/inbox-setup";
    }

    private static String saved(RedirectAttributes flash, Runnable save) {
        try {
            save.run();
            flash.addFlashAttribute("notice", "savedReply.saved");
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("error", "savedReply.invalid");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", "savedReply.duplicate");
        }
        return "redirect:/app/inbox-setup";
    }
}
