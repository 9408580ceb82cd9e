package com.showroomassistant.alerts;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.Tenants;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who "the owner" is, for alerts: the phone and e-mail set in the settings, or else the showroom's phone number (its
 * profile) and the first owner login of the dashboard. Never the showroom's own connected WhatsApp number: a message
 * to itself reaches nobody, so with no other phone known the alerts go by e-mail only.
 */
@Component
public class Owner {

    private final Tenants tenants;
    private final OwnerLogins logins;
    private final GatewayAccounts accounts;

    Owner(Tenants tenants, OwnerLogins logins, GatewayAccounts accounts) {
        this.tenants = tenants;
        this.logins = logins;
        this.accounts = accounts;
    }

    /**
     * Where the owner is reached; either may be empty.
     *
     * @param phoneIsShowroomsOwn the only phone known is the showroom's connected number: no WhatsApp alerts
     */
    public record Contact(Optional<String> phone, Optional<String> email, boolean phoneIsShowroomsOwn) {}

    public Contact of(TenantId tenant, AiConfig.OwnerAlerts choice) {
        String raw = blank(choice.phone()) ? tenants.get(tenant).phoneNumber() : choice.phone();
        Optional<String> phone = PhoneNumber.parse(raw).map(PhoneNumber::value);
        Optional<String> email = blank(choice.email()) ? logins.ownerEmail(tenant) : Optional.of(choice.email());
        boolean own =
                phone.filter(p -> accounts.ofTenant(tenant).isOwnNumber(p)).isPresent();
        return new Contact(own ? Optional.empty() : phone, email, own);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
