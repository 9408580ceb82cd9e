package com.showroomassistant.conversation;

import java.time.Instant;
import java.util.Map;

/** A message as the management API shows it. */
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
        Instant createdAt) {}
