package com.showroomassistant.dashboard;

import com.showroomassistant.sales.TestDriveChanges;
import com.showroomassistant.sales.TestDrives;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leads, the follow-ups sent to them, and the test drives staff confirm, complete, cancel, mark as no-show or move. */
@Controller
class LeadsController {

    private final SalesReads sales;
    private final TestDrives testDrives;
    private final TestDriveChanges changes;
    private final com.showroomassistant.sales.FollowUpLog followUps;

    LeadsController(
            SalesReads sales,
            TestDrives testDrives,
            TestDriveChanges changes,
            com.showroomassistant.sales.FollowUpLog followUps) {
        this.followUps = followUps;
        this.sales = sales;
        this.testDrives = testDrives;
        this.changes = changes;
    }

    @GetMapping("/app/leads")
    String leads(DashboardUser user, Model model) {
        model.addAttribute("leads", sales.leads(user.tenant()));
        model.addAttribute(
                "testDrives", testDrives.list(user.tenant(), null, 0, 200).items());
        model.addAttribute("followUps", followUps.recent(user.tenant(), 100));
        model.addAttribute("zone", ShowroomZone.current());
        return "dashboard/leads";
    }

    /** A status button, or a new time typed in the showroom's own clock (datetime-local). */
    @PostMapping("/app/test-drives/{id}")
    String change(
            DashboardUser user,
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String scheduledAt,
            RedirectAttributes flash) {
        try {
            Instant at = scheduledAt == null || scheduledAt.isBlank()
                    ? null
                    : LocalDateTime.parse(scheduledAt)
                            .atZone(ShowroomZone.current())
                            .toInstant();
            changes.change(user.tenant(), id, status == null || status.isBlank() ? null : status, at);
            flash.addFlashAttribute("notice", "testDrive.saved");
        } catch (DateTimeParseException | InvalidFieldException e) {
            flash.addFlashAttribute("error", "testDrive.invalid");
        } catch (ConflictException e) {
            flash.addFlashAttribute(
                    "error", e.getMessage().contains("already") ? "testDrive.finished" : "testDrive.full");
        }
        return "redirect:/app/leads";
    }
}
