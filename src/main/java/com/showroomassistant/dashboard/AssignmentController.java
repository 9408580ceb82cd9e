package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.staff.Assignees;
import com.showroomassistant.staff.StaffPhones;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who owns a conversation, from the dashboard: "Ambil" (the signed-in login's staff member claims it, first come
 * first served) and reassigning it to another staff member, who is told on WhatsApp.
 */
@Controller
class AssignmentController {

    private final Assignees assignees;
    private final StaffPhones staff;
    private final DashboardUsers users;

    AssignmentController(Assignees assignees, StaffPhones staff, DashboardUsers users) {
        this.assignees = assignees;
        this.staff = staff;
        this.users = users;
    }

    @PostMapping("/app/conversations/{id}/claim")
    String claim(DashboardUser user, @PathVariable long id, RedirectAttributes flash) {
        var me = users.staffId(user);
        if (me.isEmpty()) {
            flash.addFlashAttribute("error", "assignment.notLinked");
        } else {
            var result = assignees.claim(user.tenant(), id, staff.get(user.tenant(), me.get()));
            flash.addFlashAttribute(
                    result instanceof Assignment.Claim.OwnedBy ? "error" : "notice",
                    result instanceof Assignment.Claim.OwnedBy ? "assignment.taken" : "assignment.claimed");
        }
        return "redirect:/app/conversations/" + id;
    }

    @PostMapping("/app/conversations/{id}/assignee")
    String reassign(DashboardUser user, @PathVariable long id, @RequestParam long staffId, RedirectAttributes flash) {
        try {
            assignees.reassign(user.tenant(), id, staffId);
            flash.addFlashAttribute("notice", "assignment.reassigned");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", "assignment.inactive");
        }
        return "redirect:/app/conversations/" + id;
    }
}
