package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.ConversationView;
import com.showroomassistant.conversation.Labels;
import com.showroomassistant.conversation.Notes;
import com.showroomassistant.staff.SavedReplies;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the inbox and conversation pages show for working the inbox: labels on each row and the label filter; a
 * conversation's notes and labels, and the saved replies at hand. Kept apart from the pages' own model.
 */
@Component
class ConversationTools {

    private final Labels labels;
    private final Notes notes;
    private final SavedReplies savedReplies;

    ConversationTools(Labels labels, Notes notes, SavedReplies savedReplies) {
        this.labels = labels;
        this.notes = notes;
        this.savedReplies = savedReplies;
    }

    /** The label filter's choices, the chosen one, and the labels of each listed conversation. */
    void addToInbox(DashboardUser user, String label, List<ConversationView> rows, Model model) {
        model.addAttribute("label", label == null || label.isBlank() ? null : label);
        model.addAttribute("allLabels", labels.list(user.tenant()));
        model.addAttribute(
                "rowLabels",
                labels.on(user.tenant(), rows.stream().map(ConversationView::id).toList()));
    }

    void addToConversation(DashboardUser user, long conversationId, Model model) {
        model.addAttribute("notes", notes.of(user.tenant(), conversationId));
        model.addAttribute("labels", labels.on(user.tenant(), conversationId));
        model.addAttribute("allLabels", labels.list(user.tenant()));
        model.addAttribute("savedReplies", savedReplies.list(user.tenant()));
    }
}
