package com.showroomassistant.conversation;

import com.showroomassistant.shared.DisplayName;
import com.showroomassistant.shared.PhoneNumber;
import java.time.Instant;

/**
 * One message event from the gateway, already authenticated and parsed.
 *
 * @param chat the chat the message belongs to (rawChat), or null when unknown
 * @param sender the identified sender (CONTRACT 3.2: from, else rawSenderAlt for a LID, else rawSender)
 * @param author the raw sender's own identity; the showroom's number when typed on the showroom phone
 * @param ignoreReason set for groups and broadcasts, which are stored but never answered
 * @param sentAt when the sender sent it, as the gateway dates it (the Cloud API's {@code messages[].timestamp}; Meta
 *     redelivers for hours after an outage), or null when the gateway does not say
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
        String ignoreReason,
        Instant sentAt) {

    /** Fits every field to its column, so odd but authentic input is stored, never refused by the database. */
    public Inbound {
        messageId = stripNul(messageId);
        text = stripNul(text);
        pushName = DisplayName.clean(pushName, 200);
        type = cap(stripNul(type), 16);
        mediaUrl = mediaUrl == null || mediaUrl.length() > 2000 ? null : stripNul(mediaUrl);
        mediaMeta = cap(stripNul(mediaMeta), 2000);
        rawPayload = stripNul(rawPayload);
    }

    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * When the customer wrote it, for the Cloud API's 24-hour window: the gateway's date, but never later than when
     * it reached us (a sender's clock may run ahead).
     */
    Instant wroteAt(Instant receivedAt) {
        return sentAt == null || sentAt.isAfter(receivedAt) ? receivedAt : sentAt;
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
