package com.showroomassistant.intent;

import static com.showroomassistant.intent.Intent.CUSTOMER_TEST_DRIVE;
import static com.showroomassistant.intent.Intent.STAFF_CHECK_INVENTORY;
import static com.showroomassistant.intent.Intent.STAFF_GET_STATS;
import static com.showroomassistant.intent.Intent.STAFF_UPDATE_STATUS;
import static com.showroomassistant.intent.Intent.STAFF_UPLOAD_VEHICLE;

/** The entities stage's last step: of everything found, the entities the labelling guide annotates for the intent. */
final class AnnotatedEntities {

    private AnnotatedEntities() {}

    /** Keeps only the entities the labelling guide annotates for the intent. */
    static Entities of(Intent intent, EntityExtractor.Found f) {
        return switch (intent) {
            case SPAM, UNKNOWN, CUSTOMER_GREETING -> Entities.none();
            default -> {
                boolean dated = intent == CUSTOMER_TEST_DRIVE || intent == STAFF_GET_STATS;
                boolean priced = intent != STAFF_UPLOAD_VEHICLE;
                // "rekap Q1 2024": the year belongs to the report's period, not to a car
                boolean periodYear = f.year() != null
                        && dated
                        && f.datePhrase() != null
                        && f.datePhrase().contains(String.valueOf(f.year()));
                yield new Entities(
                        f.make(),
                        f.model(),
                        periodYear ? null : f.year(),
                        priced ? f.priceMin() : null,
                        priced ? f.priceMax() : null,
                        f.plate(),
                        statusFor(intent, f.status()),
                        f.color(),
                        f.transmission(),
                        f.fuel(),
                        dated ? f.datePhrase() : null);
            }
        };
    }

    /** A status change names its target; a stock request only a status other than the default "available". */
    private static String statusFor(Intent intent, String status) {
        return intent == STAFF_UPDATE_STATUS || intent == STAFF_CHECK_INVENTORY && !"available".equals(status)
                ? status
                : null;
    }
}
