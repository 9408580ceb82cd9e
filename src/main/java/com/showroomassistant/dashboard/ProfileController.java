package com.showroomassistant.dashboard;

import com.showroomassistant.tenant.Tenants;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The showroom's own profile: name, city, address, maps link and numbers, as the owner keeps them. */
@Controller
class ProfileController {

    private static final Pattern LINK = Pattern.compile("https?://\\S{1,490}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,31}");

    private final Tenants tenants;

    ProfileController(Tenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/app/profile")
    String profile(DashboardUser user, Model model) {
        var t = tenants.get(user.tenant());
        return page(
                new Tenants.Profile(t.name(), t.city(), t.address(), t.mapsUrl(), t.phoneNumber(), t.whatsappNumber()),
                Map.of(),
                model);
    }

    @PostMapping("/app/profile")
    String save(DashboardUser user, @RequestParam Map<String, String> p, Model model, RedirectAttributes flash) {
        var profile = new Tenants.Profile(
                text(p, "name"),
                blank(p, "city"),
                blank(p, "address"),
                blank(p, "mapsUrl"),
                blank(p, "phoneNumber"),
                blank(p, "whatsappNumber"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (profile.name() == null || profile.name().isBlank() || profile.name().length() > 200) {
            errors.put("name", "wajib diisi, paling banyak 200 karakter");
        }
        if (profile.mapsUrl() != null && !LINK.matcher(profile.mapsUrl()).matches()) {
            errors.put("mapsUrl", "harus tautan http(s), misalnya https://maps.app.goo.gl/...");
        }
        for (String field : new String[] {"phoneNumber", "whatsappNumber"}) {
            String number = "phoneNumber".equals(field) ? profile.phoneNumber() : profile.whatsappNumber();
            if (number != null && !PHONE.matcher(number).matches()) {
                errors.put(field, "harus nomor telepon, misalnya 0812-3456-7890");
            }
        }
        if ((profile.city() != null && profile.city().length() > 100)
                || (profile.address() != null && profile.address().length() > 500)) {
            errors.put("address", "kota paling banyak 100 karakter, alamat 500");
        }
        if (!errors.isEmpty()) {
            return page(profile, errors, model);
        }
        tenants.update(user.tenant(), profile);
        flash.addFlashAttribute("notice", "profile.saved");
        return "redirect:/app/profile";
    }

    private static String page(Tenants.Profile profile, Map<String, String> errors, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("errors", errors);
        return "dashboard/profile";
    }

    private static String text(Map<String, String> p, String name) {
        String v = p.get(name);
        return v == null ? "" : v.strip();
    }

    private static String blank(Map<String, String> p, String name) {
        String v = text(p, name);
        return v.isEmpty() ? null : v;
    }
}
