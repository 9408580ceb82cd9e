package com.showroomassistant.dashboard;

import com.showroomassistant.management.ShowroomFigures;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.StaffMember;
import com.showroomassistant.staff.StaffPhones;
import com.showroomassistant.tenant.AiConfigs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final DashboardUsers users;
    private final ShowroomFigures figures;
    private final AiConfigs configs;
    private final Clock clock;

    StaffController(StaffPhones staff, DashboardUsers users, ShowroomFigures figures, AiConfigs configs, Clock clock) {
        this.staff = staff;
        this.users = users;
        this.figures = figures;
        this.configs = configs;
        this.clock = clock;
    }

    @GetMapping("/app/staff")
    String list(DashboardUser user, Model model) {
        model.addAttribute("staff", staff.list(user.tenant()));
        model.addAttribute("logins", users.of(user.tenant()));
        model.addAttribute("links", users.staffLinks(user.tenant()));
        // per salesperson, this month in the showroom's time zone (as /stats month reads it)
        ZoneId zone = configs.of(user.tenant()).zone();
        var monthStart = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1).atStartOfDay(zone);
        model.addAttribute("salespeople", figures.bySalesperson(user.tenant(), monthStart.toInstant()));
        return "dashboard/staff";
    }

    @PostMapping("/app/staff/{id}/away")
    String setAway(DashboardUser user, @PathVariable long id, @RequestParam boolean away) {
        staff.setAway(user.tenant(), id, away);
        return "redirect:/app/staff";
    }

    /** Which dashboard login is this staff member: its inbox's "mine", its "Ambil", its replies counted for them. */
    @PostMapping("/app/staff/{id}/login")
    String link(
            DashboardUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long login,
            RedirectAttributes flash) {
        staff.get(user.tenant(), id); // 404 for another showroom's
        users.linkStaff(user.tenant(), id, login);
        flash.addFlashAttribute("notice", "staff.linked");
        return "redirect:/app/staff";
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
