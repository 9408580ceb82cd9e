package com.showroomassistant.conversation;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai/conversations")
@Tag(name = "Conversations", description = "Customer conversations, their messages, and human takeover")
class ConversationApi {

    private final Conversations conversations;
    private final Handoff handoff;

    ConversationApi(Conversations conversations, Handoff handoff) {
        this.conversations = conversations;
        this.handoff = handoff;
    }

    record HumanReply(@NotBlank @Size(max = 4000) String message) {}

    @PostMapping("/{id}/reply")
    @Operation(
            summary = "Reply as a person",
            description = "Queues the text to the customer and pauses the assistant in"
                    + " this conversation until resolve or the handoff timeout.")
    Map<String, Object> reply(TenantId tenant, @PathVariable long id, @Valid @RequestBody HumanReply body) {
        long messageId = handoff.reply(tenant, id, body.message().strip());
        return Map.of("messageId", messageId, "status", "queued");
    }

    @PostMapping("/{id}/resolve")
    @Operation(
            summary = "Hand back to the assistant",
            description = "Ends an escalation or human takeover; counted as a" + " resolution in stats and analytics.")
    ConversationView resolve(TenantId tenant, @PathVariable long id) {
        handoff.resolve(tenant, id);
        return conversations.get(tenant, id);
    }

    @GetMapping
    @Operation(
            summary = "List conversations",
            description = "Escalated first, then most recent; q matches part of the phone digits or the name;"
                    + " label keeps those carrying the label of that name;"
                    + " assignee is a staff id, or none for conversations nobody owns; waitingMinutes keeps escalations"
                    + " waiting for staff (no human reply since) longer than that.")
    Page<ConversationView> list(
            TenantId tenant,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Integer waitingMinutes,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return conversations.list(
                tenant,
                status,
                q,
                label,
                ownership(assignee, waitingMinutes),
                Page.clampPage(page),
                Page.clampSize(size));
    }

    private static Conversations.Ownership ownership(String assignee, Integer waitingMinutes) {
        if (assignee == null || assignee.isBlank()) {
            return new Conversations.Ownership(null, false, waitingMinutes);
        }
        if (assignee.strip().equalsIgnoreCase("none")) {
            return new Conversations.Ownership(null, true, waitingMinutes);
        }
        try {
            return new Conversations.Ownership(Long.parseLong(assignee.strip()), false, waitingMinutes);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("assignee", "must be a staff id or none");
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a conversation")
    ConversationView get(TenantId tenant, @PathVariable long id) {
        return conversations.get(tenant, id);
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "A conversation's messages", description = "Oldest first; 100 per page unless size is given.")
    Page<MessageView> messages(
            TenantId tenant,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return conversations.messages(tenant, id, Page.clampPage(page), size == null ? 100 : Page.clampSize(size));
    }
}
