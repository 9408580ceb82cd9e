package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.Handoff;
import com.showroomassistant.conversation.Labels;
import com.showroomassistant.conversation.Notes;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.staff.SavedReplies;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On one conversation: add an internal note, put a label on or take it off, send a saved reply. */
@Controller
class ConversationToolsController {

    private final Notes notes;
    private final Labels labels;
    private final SavedReplies savedReplies;
    private final Handoff handoff;
    private final DashboardUsers users;

    ConversationToolsController(
            Notes notes, Labels labels, SavedReplies savedReplies, Handoff handoff, DashboardUsers users) {
        this.users = users;
        this.notes = notes;
        this.labels = labels;
        this.savedReplies = savedReplies;
        this.handoff = handoff;
    }

    @PostMapping("/app/conversations/{id}/notes")
    String note(DashboardUser user, @PathVariable long id, @RequestParam String text, RedirectAttributes flash) {
        try {
            notes.add(user.tenant(), id, user.email(), text);
            flash.addFlashAttribute("notice", "note.added");
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("error", "note.invalid");
        }
        return back(id);
    }

    @PostMapping("/app/conversations/{id}/labels")
    String label(DashboardUser user, @PathVariable long id, @RequestParam String name, RedirectAttributes flash) {
        try {
            labels.attach(user.tenant(), id, name);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("error", "label.invalid");
        }
        return back(id);
    }

    @PostMapping("/app/conversations/{id}/labels/{labelId}/remove")
    String unlabel(DashboardUser user, @PathVariable long id, @PathVariable long labelId) {
        labels.detach(user.tenant(), id, labelId);
        return back(id);
    }

    /** Sends the saved reply's text as a human reply, exactly as typed into the reply box would be. */
    @PostMapping("/app/conversations/{id}/saved-reply")
    String sendSavedReply(DashboardUser user, @PathVariable long id, @RequestParam long savedReplyId) {
        handoff.reply(
                user.tenant(),
                id,
                savedReplies.get(user.tenant(), savedReplyId).text(),
                users.staffId(user).orElse(null)); // counted for the signed-in salesperson, like a typed reply
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/app/conversations/" + id;
    }
}
