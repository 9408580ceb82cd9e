package com.showroomassistant.staff;

import java.util.List;

/** @param isAway on leave: gets no new conversations by round-robin, keeps the ones they own */
public record StaffMember(
        long id, String phoneNumber, String name, boolean isActive, List<String> permissions, boolean isAway) {

    /** How staff and the dashboard name them: the name, else the phone. */
    public String label() {
        return name == null || name.isBlank() ? "+" + phoneNumber : name;
    }
}
