package com.showroomassistant.tenant;

import java.util.List;
import java.util.Set;

/**
 * An approved WhatsApp message template (Cloud API) that a proactive message goes as outside the 24-hour
 * customer-service window: its name and language as approved in WhatsApp Manager, and what fills its body
 * parameters {{1}}, {{2}}, ... in order.
 *
 * @param parameters each one of {@link #PARAMETERS}: the customer's name, the showroom's name, or the text the
 *     service would have sent free-form
 */
public record MessageTemplate(String name, String language, List<String> parameters) {

    /** A follow-up to a lead (new stock, a quiet lead), see {@code sales.FollowUps}. */
    public static final String FOLLOW_UP = "follow_up";
    /** The reminder the day before a test drive, see {@code sales.TestDriveReminders}. */
    public static final String TEST_DRIVE_REMINDER = "test_drive_reminder";

    /** A notice to a staff phone (an escalation, a reminder of an unanswered one, a reassignment). */
    public static final String STAFF_NOTICE = "staff_notice";
    /** An alert or the daily summary to the owner's phone, see {@code alerts}. */
    public static final String OWNER_ALERT = "owner_alert";

    public static final Set<String> PURPOSES = Set.of(FOLLOW_UP, TEST_DRIVE_REMINDER, STAFF_NOTICE, OWNER_ALERT);
    /** Purposes whose template has exactly one body parameter, the text: nothing else is known of their recipient. */
    public static final Set<String> TEXT_ONLY = Set.of(STAFF_NOTICE, OWNER_ALERT);

    public static final Set<String> PARAMETERS = Set.of("customerName", "showroomName", "text");

    public MessageTemplate {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
