package com.showroomassistant.staff;

import java.util.List;

/**
 * @param isAway on leave: gets no new conversations by round-robin, keeps the ones they own
 * @param label how staff and the dashboard name them, as everywhere ({@link
 *     com.showroomassistant.conversation.Assignment#STAFF_LABEL}): the name, else the phone
 */
public record StaffMember(
        long id,
        String phoneNumber,
        String name,
        boolean isActive,
        List<String> permissions,
        boolean isAway,
        String label) {}
