package com.showroomassistant.conversation;

import com.showroomassistant.shared.PhoneNumber;

/**
 * One message event from the gateway, already authenticated and parsed.
 *
 * @param chat the chat the message belongs to (rawChat), or null when unknown
 * @param sender the identified sender (CONTRACT 3.2: from, else rawSenderAlt for a LID, else rawSender)
 * @param author the raw sender's own identity; the showroom's number when typed on the showroom phone
 * @param ignoreReason set for groups and broadcasts, which are stored but never answered
 */
public record Inbound(
        String clientId,
        String messageId,
        PhoneNumber chat,
        PhoneNumber sender,
        PhoneNumber author,
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

    /** The customer of the conversation: the chat partner when the showroom wrote, else the sender. */
    PhoneNumber customer(boolean typedOnShowroomPhone) {
        if (typedOnShowroomPhone) {
            return chat;
        }
        return sender != null ? sender : chat;
    }

    /** PostgreSQL cannot store NUL in text; the contract says strip it and accept the message. */
    static String stripNul(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
