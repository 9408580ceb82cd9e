package com.showroomassistant.tenant;

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
    Tenants.Registered create(@Valid @RequestBody NewTenant body) {
        return tenants.register(new Tenants.Registration(
                body.name(), body.city(), body.phoneNumber(), body.whatsappNumber(), blankToNull(body.aimeowClientId())));
    }

    @GetMapping("/api/v1/admin/tenants")
    Map<String, Object> list() {
        List<Tenants.Tenant> all = tenants.list();
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @GetMapping("/api/v1/whatsapp-ai/config")
    AiConfig config(TenantId tenant) {
        return configs.of(tenant);
    }

    @PutMapping("/api/v1/whatsapp-ai/config")
    AiConfig updateConfig(TenantId tenant, @Valid @RequestBody AiConfig body) {
        return configs.save(tenant, body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
