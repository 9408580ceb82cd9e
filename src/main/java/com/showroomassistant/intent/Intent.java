package com.showroomassistant.intent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a message is for, with the label the eval set, the API and the database use (../shared/eval/README.md). */
public enum Intent {
    CUSTOMER_GREETING("customer_greeting"),
    CUSTOMER_VEHICLE_INQUIRY("customer_vehicle_inquiry"),
    CUSTOMER_PRICE_INQUIRY("customer_price_inquiry"),
    CUSTOMER_TEST_DRIVE("customer_test_drive"),
    CUSTOMER_GENERAL_QUESTION("customer_general_question"),
    STAFF_UPLOAD_VEHICLE("staff_upload_vehicle"),
    STAFF_UPDATE_STATUS("staff_update_status"),
    STAFF_CHECK_INVENTORY("staff_check_inventory"),
    STAFF_GET_STATS("staff_get_stats"),
    SPAM("spam"),
    UNKNOWN("unknown");

    private final String label;

    Intent(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Intent of(String label) {
        return Arrays.stream(values())
                .filter(i -> i.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown intent: " + label));
    }

    /** The staff_* intents, only ever given to a staff phone's message. */
    public boolean isStaffCommand() {
        return label.startsWith("staff_");
    }

    @Override
    public String toString() {
        return label;
    }
}
