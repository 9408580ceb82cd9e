package com.showroomassistant.tenant;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator chooses a showroom's gateway: Aimeow, or the WhatsApp Cloud API with its credentials and templates. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/gateway")
@Tag(name = "Operator")
@SecurityRequirement(name = "operatorKey")
class GatewayAccountApi {

    private final Tenants tenants;
    private final GatewayAccounts accounts;

    GatewayAccountApi(Tenants tenants, GatewayAccounts accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    record Settings(
            String kind,
            String aimeowClientId,
            String phoneNumberId,
            String businessAccountId,
            String accessToken,
            String appSecret,
            Map<String, MessageTemplate> templates) {

        /** Leaves the secrets out: a request body may end up in a log line. */
        @Override
        public String toString() {
            return "Settings[kind=" + kind + ", phoneNumberId=" + phoneNumberId + ", accessTokenSet="
                    + (accessToken != null) + ", appSecretSet=" + (appSecret != null) + "]";
        }
    }

    @GetMapping
    @Operation(
            summary = "A showroom's gateway settings",
            description = "kind (aimeow | cloud) and, for the Cloud API, the phone-number and business account ids,"
                    + " whether a token and app secret are stored (never their values) and the templates per purpose.")
    GatewaySettings.View get(@PathVariable long tenantId) {
        return accounts.settings(existing(tenantId));
    }

    @PutMapping
    @Operation(
            summary = "Choose a showroom's gateway",
            description = "Replaces the settings. For kind=cloud: phoneNumberId is required, accessToken and appSecret"
                    + " too unless already stored (omitted = kept; stored encrypted). The connection starts over as"
                    + " disconnected: POST /api/v1/whatsapp-ai/initialize checks the credentials.")
    GatewaySettings.View put(@PathVariable long tenantId, @RequestBody Settings body) {
        TenantId tenant = existing(tenantId);
        GatewayKind kind;
        try {
            kind = GatewayKind.of(body.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "must be aimeow or cloud");
        }
        accounts.configure(
                tenant,
                new GatewaySettings(
                        kind,
                        body.aimeowClientId(),
                        body.phoneNumberId(),
                        body.businessAccountId(),
                        body.accessToken(),
                        body.appSecret(),
                        body.templates()));
        return accounts.settings(tenant);
    }

    private TenantId existing(long id) {
        TenantId tenant = new TenantId(id);
        if (!tenants.exists(tenant)) {
            throw new NotFoundException("tenant " + id);
        }
        return tenant;
    }
}
