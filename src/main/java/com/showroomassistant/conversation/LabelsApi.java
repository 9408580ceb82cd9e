package com.showroomassistant.conversation;

import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Labels", description = "A showroom's labels and the conversations carrying them")
class LabelsApi {

    private final Labels labels;

    LabelsApi(Labels labels) {
        this.labels = labels;
    }

    record LabelBody(@NotBlank @Size(max = Labels.MAX_NAME) String name) {}

    @GetMapping("/api/v1/whatsapp-ai/labels")
    @Operation(summary = "The showroom's labels", description = "By name.")
    List<Label> list(TenantId tenant) {
        return labels.list(tenant);
    }

    @PostMapping("/api/v1/whatsapp-ai/labels")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a label", description = "Names are unique per showroom whatever their case (409).")
    Label create(TenantId tenant, @Valid @RequestBody LabelBody body) {
        return labels.create(tenant, body.name());
    }

    @DeleteMapping("/api/v1/whatsapp-ai/labels/{labelId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a label", description = "Also takes it off every conversation.")
    void delete(TenantId tenant, @PathVariable long labelId) {
        labels.delete(tenant, labelId);
    }

    @GetMapping("/api/v1/whatsapp-ai/conversations/{id}/labels")
    @Operation(summary = "A conversation's labels")
    List<Label> of(TenantId tenant, @PathVariable long id) {
        return labels.on(tenant, id);
    }

    @PostMapping("/api/v1/whatsapp-ai/conversations/{id}/labels")
    @Operation(
            summary = "Label a conversation",
            description = "Puts the label of that name on it, defining the label when the showroom has none yet."
                    + " Answers the conversation's labels.")
    List<Label> attach(TenantId tenant, @PathVariable long id, @Valid @RequestBody LabelBody body) {
        labels.attach(tenant, id, body.name());
        return labels.on(tenant, id);
    }

    @DeleteMapping("/api/v1/whatsapp-ai/conversations/{id}/labels/{labelId}")
    @Operation(summary = "Take a label off a conversation", description = "Answers the conversation's labels.")
    List<Label> detach(TenantId tenant, @PathVariable long id, @PathVariable long labelId) {
        labels.detach(tenant, id, labelId);
        return labels.on(tenant, id);
    }
}
