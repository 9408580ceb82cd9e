package com.showroomassistant.staff;

import java.util.List;

public record StaffMember(long id, String phoneNumber, String name, boolean isActive, List<String> permissions) {}
