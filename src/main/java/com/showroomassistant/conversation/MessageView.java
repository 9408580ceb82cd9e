package com.showroomassistant.conversation;

import java.time.Instant;
import java.util.Map;

/**
 * A message as the management API shows it.
 *
 * @param failureReason why an outbound message was not sent or not delivered (e.g. outside the Cloud API's 24-hour
 *     window with no template), else null
 */
public record MessageView(
        long id,
        String direction,
        String senderType,
        String content,
        String messageType,
        String mediaUrl,
        String intent,
        Double confidence,
        Map<String, Object> entities,
        Integer processingMs,
        String state,
        String aimeowMessageId,
        String aimeowStatus,
        Instant deliveredAt,
        Instant readAt,
        Instant createdAt,
        String failureReason) {

    /** Whether it failed for want of a template outside WhatsApp's 24-hour customer-service window. */
    public boolean outsideWindow() {
        return failureReason != null && failureReason.contains("24-hour customer-service window");
    }
}
