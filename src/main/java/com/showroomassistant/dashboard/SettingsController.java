package com.showroomassistant.dashboard;

import com.showroomassistant.alerts.Owner;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.Tenants;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assistant settings: persona, welcome, FAQ, business hours per weekday, toggles, debounce and handoff timeout, and the
 * owner's alerts and daily summary.
 */
@Controller
class SettingsController {

    private final AiConfigs configs;
    private final Validator validator;
    private final Tenants tenants;
    private final DashboardUsers users;
    private final Owner owner;

    SettingsController(AiConfigs configs, Validator validator, Tenants tenants, DashboardUsers users, Owner owner) {
        this.configs = configs;
        this.owner = owner;
        this.validator = validator;
        this.tenants = tenants;
        this.users = users;
    }

    @GetMapping("/app/settings")
    String settings(DashboardUser user, Model model) {
        return page(user, SettingsForm.of(configs.of(user.tenant())), Map.of(), model);
    }

    @GetMapping("/app/settings/faq-row")
    String faqRow() {
        return "dashboard/settings :: faqRow(q='', a='')";
    }

    @PostMapping("/app/settings")
    String save(
            DashboardUser user,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash) {
        SettingsForm form = SettingsForm.read(params);
        Map<String, String> errors = new LinkedHashMap<>();
        AiConfig config = form.toConfig(configs.of(user.tenant()), errors);
        validator
                .validate(config)
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            return page(user, form, errors, model);
        }
        configs.save(user.tenant(), config);
        flash.addFlashAttribute("notice", "settings.saved");
        return "redirect:/app/settings";
    }

    private String page(DashboardUser user, SettingsForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        // where alerts go when the owner leaves the fields blank, shown as the fields' placeholders
        model.addAttribute("ownerPhoneDefault", tenants.get(user.tenant()).phoneNumber());
        model.addAttribute("ownerEmailDefault", users.ownerEmail(user.tenant()).orElse(null));
        // as saved: the alerts go where the stored settings say
        model.addAttribute(
                "ownerWhatsAppSkipped",
                owner.of(user.tenant(), configs.of(user.tenant()).ownerAlertsOrDefaults())
                        .phoneIsShowroomsOwn());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "zones",
                new TreeSet<>(ZoneId.getAvailableZoneIds())
                        .stream()
                                .filter(z -> z.startsWith("Asia/") || z.equals("UTC"))
                                .toList());
        return "dashboard/settings";
    }
}
