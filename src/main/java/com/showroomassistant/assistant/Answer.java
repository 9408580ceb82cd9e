package com.showroomassistant.assistant;

import java.util.List;

/**
 * What the assistant decided for one customer turn.
 *
 * @param text the reply to send, or null for silence
 * @param escalation why a human must take over, or null
 * @param photos image URLs with captions to send after the text
 */
public record Answer(String text, String escalation, List<Photo> photos, String source) {

    public record Photo(String url, String caption) {}

    public static Answer reply(String text, String source) {
        return new Answer(text, null, List.of(), source);
    }

    public static Answer handoff(String text, String reason, String source) {
        return new Answer(text, reason, List.of(), source);
    }

    public static Answer silence(String source) {
        return new Answer(null, null, List.of(), source);
    }

    public Answer withPhotos(List<Photo> photos) {
        return new Answer(text, escalation, List.copyOf(photos), source);
    }
}
