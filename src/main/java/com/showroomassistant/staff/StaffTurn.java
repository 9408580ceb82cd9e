package com.showroomassistant.staff;

import com.showroomassistant.shared.TenantId;
import java.util.List;

/** The pending messages of one conversation, as the pipeline hands them over; the sender is not yet trusted. */
public record StaffTurn(TenantId tenant, long conversationId, String sender, List<Message> messages) {

    public StaffTurn {
        messages = List.copyOf(messages);
    }

    /** @param mediaUrl the gateway's fileUrl of an image, else null */
    public record Message(long id, String text, String type, String mediaUrl) {

        boolean isPhoto() {
            return "image".equals(type);
        }

        boolean hasText() {
            return text != null && !text.isBlank();
        }
    }
}
