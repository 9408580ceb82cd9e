package com.showroomassistant.pipeline;

import com.showroomassistant.intent.Classification;
import com.showroomassistant.shared.TenantId;
import java.util.Optional;

/**
 * Where staff commands go. Until the staff module provides one, no command is executed and staff are
 * answered like customers.
 */
public interface StaffCommandPort {

    /** The reply to the staff member, or empty when the message is not a command this port handles. */
    Optional<String> execute(TenantId tenant, String staffPhone, String text, Classification classification);
}
