package com.showroomassistant.tenant;

import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/api-keys")
@Tag(name = "Operator", description = "Platform operator: onboarding showrooms and managing their API keys")
@SecurityRequirement(name = "operatorKey")
class ApiKeyApi {

    private final Tenants tenants;
    private final ApiKeys keys;

    ApiKeyApi(Tenants tenants, ApiKeys keys) {
        this.tenants = tenants;
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue an API key for a showroom",
            description = "The key is returned in this response only; it is stored as a hash.")
    ApiKeys.IssuedKey issue(@PathVariable long tenantId) {
        return keys.create(existing(tenantId));
    }

    @GetMapping
    @Operation(
            summary = "List a showroom's API keys",
            description = "Prefix, creation and revocation times; never the key.")
    Page<ApiKeys.KeyInfo> list(@PathVariable long tenantId) {
        List<ApiKeys.KeyInfo> all = keys.list(existing(tenantId));
        return new Page<>(all, 0, all.size(), all.size());
    }

    @DeleteMapping("/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key", description = "Requests with a revoked key answer 401 from then on.")
    void revoke(@PathVariable long tenantId, @PathVariable long keyId) {
        if (!keys.revoke(existing(tenantId), keyId)) {
            throw new NotFoundException("API key " + keyId);
        }
    }

    private TenantId existing(long id) {
        TenantId tenant = new TenantId(id);
        if (!tenants.exists(tenant)) {
            throw new NotFoundException("tenant " + id);
        }
        return tenant;
    }
}
