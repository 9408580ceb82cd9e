package com.showroomassistant.staff;

import com.showroomassistant.conversation.ConversationView;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reassigning a conversation through the API: here, since the new owner is a staff member and is told on WhatsApp. */
@RestController
@Tag(name = "Conversations", description = "Customer conversations, their messages, and human takeover")
class AssigneeApi {

    private final Assignees assignees;
    private final Conversations conversations;

    AssigneeApi(Assignees assignees, Conversations conversations) {
        this.assignees = assignees;
        this.conversations = conversations;
    }

    record AssigneeBody(@NotNull Long staffId) {}

    @PutMapping("/api/v1/whatsapp-ai/conversations/{id}/assignee")
    @Operation(
            summary = "Reassign a conversation",
            description = "Gives the conversation (and its customer's lead) to an active staff member, who is told on"
                    + " WhatsApp. 404 for an unknown conversation or staff id, 409 for an inactive staff member.")
    ConversationView reassign(TenantId tenant, @PathVariable long id, @Valid @RequestBody AssigneeBody body) {
        assignees.reassign(tenant, id, body.staffId());
        return conversations.get(tenant, id);
    }
}
