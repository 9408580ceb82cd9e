package com.showroomassistant.inventory;

import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vehicles")
class VehicleApi {

    private final Vehicles vehicles;

    VehicleApi(Vehicles vehicles) {
        this.vehicles = vehicles;
    }

    @GetMapping
    Page<Vehicle> list(
            TenantId tenant,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return vehicles.list(tenant, status, q, Page.clampPage(page), Page.clampSize(size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Vehicle create(TenantId tenant, @Valid @RequestBody VehicleDraft body) {
        return vehicles.add(tenant, body);
    }

    @GetMapping("/{id}")
    Vehicle get(TenantId tenant, @PathVariable long id) {
        return vehicles.get(tenant, id);
    }

    @PutMapping("/{id}")
    Vehicle update(TenantId tenant, @PathVariable long id, @Valid @RequestBody VehicleDraft body) {
        return vehicles.update(tenant, id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(TenantId tenant, @PathVariable long id) {
        if (!vehicles.delete(tenant, id)) {
            throw new NotFoundException("vehicle " + id);
        }
    }
}
