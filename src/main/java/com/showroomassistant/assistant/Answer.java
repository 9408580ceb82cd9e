package com.showroomassistant.assistant;

import java.util.List;

/**
 * What the assistant decided for one customer turn.
 *
 * @param text the reply to send, or null for silence
 * @param escalation why a human must take over, or null
 * @param photos image URLs with captions to send after the text
 * @param viewing a viewing the model proposed, for the booking flow, or null
 * @param staffNotice a message for the showroom's staff phones, or null
 * @param offer a price the customer offered, for the lead, or null
 */
public record Answer(
        String text,
        String escalation,
        List<Photo> photos,
        String source,
        Viewing viewing,
        String staffNotice,
        Offer offer) {

    public record Photo(String url, String caption) {}

    /** The model proposed a viewing of this vehicle at the time the customer named: the booking flow decides. */
    public record Viewing(long vehicleId, String time) {}

    /** A price the customer offered for a car of this model; the note (amount, car, what became of it) goes on the lead. */
    public record Offer(String model, String leadNote) {}

    public Answer(String text, String escalation, List<Photo> photos, String source) {
        this(text, escalation, photos, source, null, null, null);
    }

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
        return new Answer(text, escalation, List.copyOf(photos), source, viewing, staffNotice, offer);
    }

    public Answer withViewing(Viewing viewing) {
        return new Answer(text, escalation, photos, source, viewing, staffNotice, offer);
    }

    /** The same answer, and a notice staff must read (e.g. the day's LLM budget ran out). */
    public Answer withStaffNotice(String notice) {
        return new Answer(text, escalation, photos, source, viewing, notice, offer);
    }

    public Answer withOffer(Offer offer) {
        return new Answer(text, escalation, photos, source, viewing, staffNotice, offer);
    }

    /** The same answer, sent as it is but taken over by a person for this reason. */
    public Answer escalatedFor(String reason) {
        return new Answer(text, reason, photos, source, viewing, staffNotice, offer);
    }
}
