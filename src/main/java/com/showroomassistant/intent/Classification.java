package com.showroomassistant.intent;

import java.util.Objects;

/** Result of classifying one message: an eval label string, a 0..1 confidence and the extracted entities. */
public record Classification(String intent, double confidence, Entities entities) {

    public static final String CUSTOMER_GREETING = "customer_greeting";
    public static final String CUSTOMER_VEHICLE_INQUIRY = "customer_vehicle_inquiry";
    public static final String CUSTOMER_PRICE_INQUIRY = "customer_price_inquiry";
    public static final String CUSTOMER_TEST_DRIVE = "customer_test_drive";
    public static final String CUSTOMER_GENERAL_QUESTION = "customer_general_question";
    public static final String STAFF_UPLOAD_VEHICLE = "staff_upload_vehicle";
    public static final String STAFF_UPDATE_STATUS = "staff_update_status";
    public static final String STAFF_CHECK_INVENTORY = "staff_check_inventory";
    public static final String STAFF_GET_STATS = "staff_get_stats";
    public static final String SPAM = "spam";
    public static final String UNKNOWN = "unknown";

    public Classification {
        Objects.requireNonNull(intent, "intent");
        if (entities == null) {
            entities = Entities.none();
        }
        confidence = Math.max(0.0, Math.min(1.0, confidence));
    }

    /** True for the staff_* intents (only ever produced for {@link Role#STAFF}). */
    public boolean isStaffCommand() {
        return intent.startsWith("staff_");
    }
}
