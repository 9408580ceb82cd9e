package com.showroomassistant.dashboard;

import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.StaffMember;
import com.showroomassistant.staff.StaffPhones;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff phones: who may run commands on WhatsApp and is notified of escalations. */
@Controller
class StaffController {

    private static final List<String> ALL_PERMISSIONS = List.of("inventory", "reply", "stats", "status", "upload");
    private final StaffPhones staff;

    StaffController(StaffPhones staff) {
        this.staff = staff;
    }

    @GetMapping("/app/staff")
    String list(DashboardUser user, Model model) {
        model.addAttribute("staff", staff.list(user.tenant()));
        return "dashboard/staff";
    }

    @PostMapping("/app/staff")
    String add(
            DashboardUser user,
            @RequestParam String phoneNumber,
            @RequestParam(required = false) String name,
            RedirectAttributes flash) {
        var phone = PhoneNumber.parse(phoneNumber).filter(p -> !p.isLid());
        if (phone.isEmpty()) {
            flash.addFlashAttribute("error", "staff.invalidPhone");
            return "redirect:/app/staff";
        }
        try {
            staff.add(
                    user.tenant(),
                    phone.get(),
                    name == null || name.isBlank() ? null : name.strip(),
                    true,
                    ALL_PERMISSIONS);
            flash.addFlashAttribute("notice", "staff.added");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", "staff.duplicate");
        }
        return "redirect:/app/staff";
    }

    @PostMapping("/app/staff/{id}/active")
    String setActive(DashboardUser user, @PathVariable long id, @RequestParam boolean active) {
        StaffMember m = staff.get(user.tenant(), id);
        staff.update(user.tenant(), id, new PhoneNumber(m.phoneNumber()), m.name(), active, m.permissions());
        return "redirect:/app/staff";
    }
}
