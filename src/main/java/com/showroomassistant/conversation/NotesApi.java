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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai/conversations/{id}/notes")
@Tag(name = "Conversations", description = "Customer conversations, their messages, and human takeover")
class NotesApi {

    private final Notes notes;

    NotesApi(Notes notes) {
        this.notes = notes;
    }

    record NoteBody(
            @NotBlank @Size(max = Notes.MAX_TEXT) String text,
            @Size(max = Notes.MAX_AUTHOR) String author) {}

    @GetMapping
    @Operation(summary = "A conversation's internal notes", description = "Oldest first.")
    List<Note> list(TenantId tenant, @PathVariable long id) {
        return notes.of(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an internal note",
            description = "For the showroom's staff only: never sent to the customer, never shown to the assistant."
                    + " author defaults to \"API\".")
    Note add(TenantId tenant, @PathVariable long id, @Valid @RequestBody NoteBody body) {
        String author = body.author() == null || body.author().isBlank() ? "API" : body.author();
        return notes.add(tenant, id, author, body.text());
    }

    @DeleteMapping("/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an internal note")
    void delete(TenantId tenant, @PathVariable long id, @PathVariable long noteId) {
        notes.delete(tenant, id, noteId);
    }
}
