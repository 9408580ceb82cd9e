package com.showroomassistant.inventory;

import com.showroomassistant.media.MediaStore;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/vehicles")
@Tag(name = "Vehicles", description = "The showroom's stock")
class VehicleApi {

    private final Vehicles vehicles;
    private final MediaStore photoStore;
    private final StockCsv csv;
    private final MinimumPrices minimums;

    VehicleApi(Vehicles vehicles, MediaStore photoStore, StockCsv csv, MinimumPrices minimums) {
        this.minimums = minimums;
        this.vehicles = vehicles;
        this.photoStore = photoStore;
        this.csv = csv;
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(
            summary = "Import stock from CSV",
            description = "A header row of vehicle field names (photos as URLs"
                    + " separated by |); upsert by plateNumber. Valid rows are imported even when others are rejected.")
    java.util.Map<String, Object> importCsv(TenantId tenant, @RequestBody String body) {
        return StockCsv.asJson(csv.importCsv(tenant, body));
    }

    @GetMapping(path = "/export", produces = "text/csv")
    @Operation(
            summary = "Export stock as CSV",
            description = "The format import reads: export then import changes nothing.")
    String exportCsv(TenantId tenant) {
        return csv.export(tenant);
    }

    @GetMapping
    @Operation(
            summary = "List vehicles",
            description = "Newest first; q matches make, model, variant, plate or display id.")
    Page<ManagedVehicle> list(
            TenantId tenant,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Page<Vehicle> found = vehicles.list(tenant, status, q, Page.clampPage(page), Page.clampSize(size));
        var prices = found.items().isEmpty() ? java.util.Map.<Long, Long>of() : minimums.all(tenant);
        return new Page<>(
                found.items().stream()
                        .map(v -> new ManagedVehicle(v, prices.get(v.id())))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    private ManagedVehicle managed(TenantId tenant, Vehicle v) {
        return new ManagedVehicle(v, minimums.of(tenant, v.id()).orElse(null));
    }

    @PostMapping
    @Operation(
            summary = "Add a vehicle",
            description = "409 when the plate is already in stock. Photo URLs other than"
                    + " this service's own are fetched once and stored (served from /media); 400 for a URL that is not http(s),"
                    + " points at a loopback, private or link-local address, or does not give an image.")
    @ResponseStatus(HttpStatus.CREATED)
    ManagedVehicle create(TenantId tenant, @Valid @RequestBody VehicleDraft body) {
        return managed(tenant, vehicles.add(tenant, vehicles.withOwnPhotos(tenant, body)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a vehicle")
    ManagedVehicle get(TenantId tenant, @PathVariable long id) {
        return managed(tenant, vehicles.get(tenant, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a vehicle")
    ManagedVehicle update(TenantId tenant, @PathVariable long id, @Valid @RequestBody VehicleDraft body) {
        vehicles.get(tenant, id); // 404 before any photo is fetched for another showroom's vehicle
        return managed(tenant, vehicles.update(tenant, id, vehicles.withOwnPhotos(tenant, body)));
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload photos",
            description = "One or more multipart parts named file (JPEG, PNG or WebP,"
                    + " at most 10 MB each); their URLs are appended to the vehicle's photos, at most "
                    + Vehicles.MAX_PHOTOS + ".")
    ManagedVehicle uploadPhotos(TenantId tenant, @PathVariable long id, @RequestPart("file") List<MultipartFile> files)
            throws IOException {
        Vehicle vehicle = vehicles.get(tenant, id);
        if (files.isEmpty()) {
            throw new InvalidFieldException("file", "at least one image is required");
        }
        if (vehicle.photos().size() + files.size() > Vehicles.MAX_PHOTOS) {
            throw new ConflictException("a vehicle holds at most " + Vehicles.MAX_PHOTOS + " photos");
        }
        List<String> urls = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                urls.add(photoStore.storeImage(tenant, file.getBytes()));
            } catch (IllegalArgumentException notAnImage) {
                throw new InvalidFieldException("file", "must be a JPEG, PNG, WebP or GIF image");
            }
        }
        return managed(tenant, vehicles.addPhotos(tenant, id, urls));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a vehicle")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(TenantId tenant, @PathVariable long id) {
        if (!vehicles.delete(tenant, id)) {
            throw new NotFoundException("vehicle " + id);
        }
    }
}
