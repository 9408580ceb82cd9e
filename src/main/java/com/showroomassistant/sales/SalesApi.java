package com.showroomassistant.sales;

import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sales", description = "Leads met on WhatsApp and their test drives")
class SalesApi {

    private final Leads leads;
    private final TestDrives testDrives;
    private final TestDriveChanges changes;
    private final FollowUpLog followUps;

    SalesApi(Leads leads, TestDrives testDrives, TestDriveChanges changes, FollowUpLog followUps) {
        this.followUps = followUps;
        this.leads = leads;
        this.testDrives = testDrives;
        this.changes = changes;
    }

    @Schema(description = "A staff change to a test drive: a status, a new time, or both (then status confirmed)")
    record TestDriveUpdate(
            @Schema(description = "confirmed | completed | no_show | cancelled")
            String status,

            @Schema(description = "the new start, ISO-8601 with offset; the customer is told")
            java.time.OffsetDateTime scheduledAt) {}

    @Schema(description = "Moves a lead; staff may set any stage, won and lost included, to correct a mistake too")
    record LeadUpdate(
            @NotNull
            @Pattern(
                    regexp = "new|qualified|test_drive|negotiation|won|lost",
                    message = "must be new, qualified, test_drive, negotiation, won or lost")
            String stage,

            @Schema(description = "replaces the notes when given") @Size(max = 2000)
            String notes) {}

    @GetMapping("/api/v1/leads")
    @Operation(
            summary = "List leads",
            description = "Most recently updated first; q matches part of the phone or the name.")
    Page<Lead> leads(
            TenantId tenant,
            @Parameter(description = "new | qualified | test_drive | negotiation | won | lost")
                    @RequestParam(required = false)
                    String stage,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return leads.list(tenant, stage, q, Page.clampPage(page), Page.clampSize(size));
    }

    @GetMapping("/api/v1/leads/{id}")
    @Operation(summary = "Get a lead")
    Lead lead(TenantId tenant, @PathVariable long id) {
        return leads.get(tenant, id);
    }

    @PutMapping("/api/v1/leads/{id}")
    @Operation(summary = "Move a lead to a stage")
    Lead move(TenantId tenant, @PathVariable long id, @Valid @RequestBody LeadUpdate body) {
        return leads.move(tenant, id, body.stage(), body.notes());
    }

    @GetMapping("/api/v1/test-drives")
    @Operation(summary = "List test drives", description = "Soonest first.")
    Page<TestDrive> testDrives(
            TenantId tenant,
            @Parameter(description = "requested | confirmed | completed | cancelled | no_show")
                    @RequestParam(required = false)
                    String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return testDrives.list(tenant, status, Page.clampPage(page), Page.clampSize(size));
    }

    @GetMapping("/api/v1/follow-ups")
    @Operation(
            summary = "Follow-ups sent",
            description = "The latest 100 follow-ups (CONTRACT 9.3), newest first, with"
                    + " why each was sent and its delivery state.")
    java.util.Map<String, Object> followUps(TenantId tenant) {
        List<FollowUpLog.SentFollowUp> items = followUps.recent(tenant, 100);
        return java.util.Map.of("items", items, "total", items.size());
    }

    @org.springframework.web.bind.annotation.PatchMapping("/api/v1/test-drives/{id}")
    @Operation(
            summary = "Confirm, complete, mark a no-show, cancel or move a test drive",
            description =
                    "A move takes a free lane of the new slot (409 when it is full or the car is booked then). The"
                            + " customer is told on WhatsApp of a move, a cancellation or a confirmation.")
    TestDrive changeTestDrive(TenantId tenant, @PathVariable long id, @RequestBody TestDriveUpdate body) {
        return changes.change(
                tenant,
                id,
                body.status(),
                body.scheduledAt() == null ? null : body.scheduledAt().toInstant());
    }
}
