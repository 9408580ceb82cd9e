package com.showroomassistant.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;

/**
 * How a test drive takes its place in a slot, whether booked or moved: the first free lane of the showroom's
 * capacity, and the day-before reminder.
 */
final class TestDriveSlot {

    private TestDriveSlot() {}

    /**
     * Tries lanes 1 to capacity in order until one claim succeeds. The claim is a conditional write the database's
     * unique keys decide, so two bookings racing for a slot never share a lane.
     */
    static boolean claimFirstFreeLane(int capacity, IntPredicate claim) {
        for (int lane = 1; lane <= capacity; lane++) {
            if (claim.test(lane)) {
                return true;
            }
        }
        return false;
    }

    /** The reminder's due time, a day before; none when the test drive is less than a day and an hour away. */
    static Instant reminderDue(Instant starts, Instant now) {
        Instant reminder = starts.minus(Duration.ofDays(1));
        return reminder.isAfter(now.plus(Duration.ofHours(1))) ? reminder : null;
    }
}
