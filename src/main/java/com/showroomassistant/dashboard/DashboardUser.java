package com.showroomassistant.dashboard;

import com.showroomassistant.shared.TenantId;

/** Someone signed in to the dashboard, acting for one showroom. */
public record DashboardUser(long id, TenantId tenant, String email, String role) {

    public static final String OWNER = "owner";
    public static final String STAFF = "staff";

    public boolean isOwner() {
        return OWNER.equals(role);
    }
}
