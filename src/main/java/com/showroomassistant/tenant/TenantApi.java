package com.showroomassistant.tenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import com.showroomassistant.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TenantApi {

    private final Tenants tenants;
    private final AiConfigs configs;

    TenantApi(Tenants tenants, AiConfigs configs) {
        this.tenants = tenants;
        this.configs = configs;
    }

    record NewTenant(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String city,
            @Size(max = 32) String phoneNumber,
            @Size(max = 32) String whatsappNumber,
            @Size(max = 100) String aimeowClientId) {}

    @PostMapping("/api/v1/admin/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "Operator")
    @SecurityRequirement(name = "operatorKey")
    @Operation(summary = "Onboard a showroom", description = "Creates the tenant, its gateway account (bound to"
            + " aimeowClientId as given, else waiting for initialize), the default assistant configuration and a first"
            + " API key, returned once.")
    Tenants.Registered create(@Valid @RequestBody NewTenant body) {
        return tenants.register(new Tenants.Registration(
                body.name(), body.city(), body.phoneNumber(), body.whatsappNumber(), blankToNull(body.aimeowClientId())));
    }

    @GetMapping("/api/v1/admin/tenants")
    @Tag(name = "Operator")
    @SecurityRequirement(name = "operatorKey")
    @Operation(summary = "List showrooms")
    Map<String, Object> list() {
        List<Tenants.Tenant> all = tenants.list();
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @GetMapping("/api/v1/whatsapp-ai/config")
    @Tag(name = "Assistant configuration")
    @Operation(summary = "The assistant's configuration")
    AiConfig config(TenantId tenant) {
        return configs.of(tenant);
    }

    @PutMapping("/api/v1/whatsapp-ai/config")
    @Tag(name = "Assistant configuration")
    @Operation(summary = "Replace the assistant's configuration", description = "Takes the whole object as GET returns it"
            + " and answers with what was stored.")
    AiConfig updateConfig(TenantId tenant, @Valid @RequestBody AiConfig body) {
        return configs.save(tenant, body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
