package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    @Operation(
            summary = "Onboard a showroom",
            description = "Creates the tenant, its gateway account (bound to"
                    + " aimeowClientId as given, else waiting for initialize), the default assistant configuration and a first"
                    + " API key, returned once.")
    Tenants.Registered create(@Valid @RequestBody NewTenant body) {
        return tenants.register(new Tenants.Registration(
                body.name(),
                body.city(),
                body.phoneNumber(),
                body.whatsappNumber(),
                blankToNull(body.aimeowClientId())));
    }

    @GetMapping("/api/v1/admin/tenants")
    @Tag(name = "Operator")
    @SecurityRequirement(name = "operatorKey")
    @Operation(summary = "List showrooms")
    Map<String, Object> list() {
        List<Tenants.Tenant> all = tenants.list();
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    record ProfileUpdate(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String city,
            @Size(max = 500) String address,

            @Size(max = 500)
            @jakarta.validation.constraints.Pattern(
                    regexp = "(https?://\\S+)?",
                    message = "must be an http(s) link, e.g. https://maps.app.goo.gl/...")
            String mapsUrl,

            @Size(max = 32)
            @jakarta.validation.constraints.Pattern(
                    regexp = "(\\+?[0-9 ()-]{6,31})?",
                    message = "must be a phone number")
            String phoneNumber,

            @Size(max = 32)
            @jakarta.validation.constraints.Pattern(
                    regexp = "(\\+?[0-9 ()-]{6,31})?",
                    message = "must be a phone number")
            String whatsappNumber) {}

    @GetMapping("/api/v1/whatsapp-ai/profile")
    @Tag(name = "Showroom profile")
    @Operation(summary = "The showroom's profile", description = "Name, city, address, maps link and numbers.")
    Tenants.Tenant profile(TenantId tenant) {
        return tenants.get(tenant);
    }

    @PutMapping("/api/v1/whatsapp-ai/profile")
    @Tag(name = "Showroom profile")
    @Operation(summary = "Edit the showroom's profile", description = "Replaces every field; answers what was stored.")
    Tenants.Tenant updateProfile(TenantId tenant, @Valid @RequestBody ProfileUpdate body) {
        return tenants.update(
                tenant,
                new Tenants.Profile(
                        body.name().strip(),
                        blankToNull(body.city()),
                        blankToNull(body.address()),
                        blankToNull(body.mapsUrl()),
                        blankToNull(body.phoneNumber()),
                        blankToNull(body.whatsappNumber())));
    }

    @GetMapping("/api/v1/whatsapp-ai/config")
    @Tag(name = "Assistant configuration")
    @Operation(summary = "The assistant's configuration")
    AiConfig config(TenantId tenant) {
        return configs.of(tenant);
    }

    @PutMapping("/api/v1/whatsapp-ai/config")
    @Tag(name = "Assistant configuration")
    @Operation(
            summary = "Replace the assistant's configuration",
            description = "Takes the whole object as GET returns it" + " and answers with what was stored.")
    AiConfig updateConfig(TenantId tenant, @Valid @RequestBody AiConfig body) {
        return configs.save(tenant, body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
