package com.showroomassistant.intent;

import java.util.Objects;

/** Result of classifying one message: its intent, a 0..1 confidence and the extracted entities. */
public record Classification(Intent intent, double confidence, Entities entities) {

    public Classification {
        Objects.requireNonNull(intent, "intent");
        if (entities == null) {
            entities = Entities.none();
        }
        confidence = Math.max(0.0, Math.min(1.0, confidence));
    }

    /** The intent's label, as the eval set, the API and the database write it. */
    public String label() {
        return intent.label();
    }

    /** True for the staff_* intents (only ever produced for {@link Role#STAFF}). */
    public boolean isStaffCommand() {
        return intent.isStaffCommand();
    }
}
