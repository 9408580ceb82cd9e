package com.showroomassistant.staff;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai/staff")
@Tag(name = "Staff", description = "Staff phones allowed to run WhatsApp commands")
class StaffApi {

    static final Set<String> PERMISSIONS = Set.of("upload", "status", "inventory", "stats", "reply");
    private final StaffPhones staff;

    StaffApi(StaffPhones staff) {
        this.staff = staff;
    }

    record StaffBody(
            @NotBlank @Size(max = 32) String phoneNumber,
            @Size(max = 100) String name,
            Boolean isActive,
            List<@NotBlank String> permissions,

            @Schema(description = "away (leave, day off): no new conversations by round-robin; omitted keeps it")
            Boolean isAway) {

        PhoneNumber phone() {
            return PhoneNumber.parse(phoneNumber)
                    .filter(p -> !p.isLid())
                    .orElseThrow(() -> new InvalidFieldException("phoneNumber", "must be a valid phone number"));
        }

        List<String> checkedPermissions() {
            List<String> given = permissions == null
                    ? List.copyOf(PERMISSIONS).stream().sorted().toList()
                    : permissions;
            for (String p : given) {
                if (!PERMISSIONS.contains(p)) {
                    throw new InvalidFieldException(
                            "permissions", "unknown permission " + p + "; allowed: " + PERMISSIONS);
                }
            }
            return given;
        }
    }

    @GetMapping
    @Operation(summary = "List staff")
    Page<StaffMember> list(TenantId tenant) {
        List<StaffMember> all = staff.list(tenant);
        return new Page<>(all, 0, all.size(), all.size());
    }

    @PostMapping
    @Operation(summary = "Register a staff phone", description = "409 when the phone is already registered.")
    @ResponseStatus(HttpStatus.CREATED)
    StaffMember create(TenantId tenant, @Valid @RequestBody StaffBody body) {
        StaffMember added = staff.add(
                tenant,
                body.phone(),
                body.name(),
                body.isActive() == null || body.isActive(),
                body.checkedPermissions());
        return body.isAway() == null ? added : staff.setAway(tenant, added.id(), body.isAway());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a staff member")
    StaffMember get(TenantId tenant, @PathVariable long id) {
        return staff.get(tenant, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a staff member")
    StaffMember update(TenantId tenant, @PathVariable long id, @Valid @RequestBody StaffBody body) {
        StaffMember updated = staff.update(
                tenant,
                id,
                body.phone(),
                body.name(),
                body.isActive() == null || body.isActive(),
                body.checkedPermissions());
        return body.isAway() == null ? updated : staff.setAway(tenant, id, body.isAway());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a staff member")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(TenantId tenant, @PathVariable long id) {
        staff.delete(tenant, id);
    }
}
