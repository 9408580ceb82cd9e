package com.showroomassistant.alerts;

import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.Tenants;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who "the owner" is, for alerts: the phone and e-mail set in the settings, or else the showroom's phone number (its
 * profile) and the first owner login of the dashboard.
 */
@Component
class Owner {

    private final Tenants tenants;
    private final DashboardUsers users;

    Owner(Tenants tenants, DashboardUsers users) {
        this.tenants = tenants;
        this.users = users;
    }

    /** Where the owner is reached; either may be empty. */
    record Contact(Optional<String> phone, Optional<String> email) {}

    Contact of(TenantId tenant, AiConfig.OwnerAlerts choice) {
        String phone = blank(choice.phone()) ? tenants.get(tenant).phoneNumber() : choice.phone();
        Optional<String> email = blank(choice.email()) ? users.ownerEmail(tenant) : Optional.of(choice.email());
        return new Contact(PhoneNumber.parse(phone).map(PhoneNumber::value), email);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
