package com.showroomassistant.dashboard;

import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.Tenants;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform operator's pages: every showroom, and onboarding a new one with its owner's login. */
@Controller
class OperatorController {

    private final Tenants tenants;
    private final DashboardUsers users;

    OperatorController(Tenants tenants, DashboardUsers users) {
        this.tenants = tenants;
        this.users = users;
    }

    @GetMapping("/app/operator/tenants")
    String list(Model model) {
        model.addAttribute("tenants", tenants.list());
        return "dashboard/operator-tenants";
    }

    @PostMapping("/app/operator/tenants")
    @Transactional
    String create(
            @RequestParam String name,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String whatsappNumber,
            @RequestParam(defaultValue = "") String aimeowClientId,
            @RequestParam String ownerEmail,
            RedirectAttributes flash) {
        if (name.isBlank() || !ownerEmail.contains("@")) {
            flash.addFlashAttribute("error", "operator.invalid");
            return "redirect:/app/operator/tenants";
        }
        if (users.byEmail(ownerEmail).isPresent()) {
            flash.addFlashAttribute("error", "operator.emailTaken");
            return "redirect:/app/operator/tenants";
        }
        try {
            var registered = tenants.register(new Tenants.Registration(
                    name.strip(), blank(city), null, blank(whatsappNumber), blank(aimeowClientId)));
            String password = DashboardUsers.generatePassword();
            users.create(new TenantId(registered.tenantId()), ownerEmail, password, DashboardUser.OWNER);
            flash.addFlashAttribute(
                    "created", new Created(name.strip(), registered.apiKey(), ownerEmail.strip(), password));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", "operator.clientTaken");
        }
        return "redirect:/app/operator/tenants";
    }

    /** Shown once after onboarding: nothing here is stored in the clear. */
    record Created(String name, String apiKey, String ownerEmail, String password) {}

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
