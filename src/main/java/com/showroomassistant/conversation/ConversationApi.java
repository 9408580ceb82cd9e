package com.showroomassistant.conversation;

import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai/conversations")
class ConversationApi {

    private final Conversations conversations;

    ConversationApi(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping
    Page<ConversationView> list(
            TenantId tenant,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return conversations.list(tenant, status, q, Page.clampPage(page), Page.clampSize(size));
    }

    @GetMapping("/{id}")
    ConversationView get(TenantId tenant, @PathVariable long id) {
        return conversations.get(tenant, id);
    }

    @GetMapping("/{id}/messages")
    Page<MessageView> messages(
            TenantId tenant,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return conversations.messages(tenant, id, Page.clampPage(page), size == null ? 100 : Page.clampSize(size));
    }
}
