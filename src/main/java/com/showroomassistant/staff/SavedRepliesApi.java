package com.showroomassistant.staff;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai/saved-replies")
@Tag(name = "Saved replies", description = "Replies staff keep at hand (template jawaban)")
class SavedRepliesApi {

    private final SavedReplies replies;

    SavedRepliesApi(SavedReplies replies) {
        this.replies = replies;
    }

    record SavedReplyBody(
            @NotBlank @Size(max = SavedReplies.MAX_NAME) String name,
            @NotBlank @Size(max = SavedReplies.MAX_TEXT) String text) {}

    @GetMapping
    @Operation(summary = "The showroom's saved replies", description = "By name.")
    List<SavedReply> list(TenantId tenant) {
        return replies.list(tenant);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a saved reply")
    SavedReply get(TenantId tenant, @PathVariable long id) {
        return replies.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Save a reply",
            description = "name is one word (letters, digits, - and _), unique per showroom whatever its case (409);"
                    + " staff send it with /reply <nomor> #name.")
    SavedReply create(TenantId tenant, @Valid @RequestBody SavedReplyBody body) {
        return replies.create(tenant, body.name(), body.text());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a saved reply")
    SavedReply update(TenantId tenant, @PathVariable long id, @Valid @RequestBody SavedReplyBody body) {
        return replies.update(tenant, id, body.name(), body.text());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a saved reply")
    void delete(TenantId tenant, @PathVariable long id) {
        replies.delete(tenant, id);
    }
}
