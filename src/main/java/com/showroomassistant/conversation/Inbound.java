package com.showroomassistant.conversation;

import com.showroomassistant.shared.PhoneNumber;

/**
 * One message event from the gateway, already authenticated and parsed.
 *
 * @param chat the other party of the chat (the customer), or null when unknown
 * @param sender who wrote it; equals the showroom's own number when typed on the showroom phone
 * @param ignoreReason set for groups and broadcasts, which are stored but never answered
 */
public record Inbound(
        String clientId,
        String messageId,
        PhoneNumber chat,
        PhoneNumber sender,
        String pushName,
        String type,
        String text,
        String mediaUrl,
        String mediaMeta,
        String rawPayload,
        String ignoreReason) {

    public Inbound {
        text = stripNul(text);
        pushName = stripNul(pushName);
        rawPayload = stripNul(rawPayload);
        mediaMeta = stripNul(mediaMeta);
    }

    /** PostgreSQL cannot store NUL in text; the contract says strip it and accept the message. */
    static String stripNul(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
