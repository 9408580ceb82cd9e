package com.showroomassistant.dashboard;

import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayKind;
import com.showroomassistant.tenant.Tenants;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's view of one showroom's gateway (Aimeow or the WhatsApp Cloud API) and the form that changes it,
 * through the same {@link GatewayAccounts#configure} as {@code PUT /api/v1/admin/tenants/{id}/gateway}. Secrets are
 * shown only as whether they are stored; an empty password input keeps the stored one.
 */
@Controller
class OperatorGatewayController {

    private final Tenants tenants;
    private final GatewayAccounts accounts;

    OperatorGatewayController(Tenants tenants, GatewayAccounts accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    @GetMapping("/app/operator/tenants/{id}/gateway")
    String show(@PathVariable long id, Model model) {
        TenantId tenant = existing(id);
        return page(tenant, GatewayForm.of(accounts.settings(tenant)), model);
    }

    @PostMapping("/app/operator/tenants/{id}/gateway")
    String save(
            @PathVariable long id,
            @RequestParam Map<String, String> values,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        TenantId tenant = existing(id);
        GatewayForm form = GatewayForm.posted(values);
        try {
            accounts.configure(tenant, form.settings(values.get("accessToken"), values.get("appSecret")));
            flash.addFlashAttribute("notice", "gateway.saved");
            return "redirect:/app/operator/tenants/" + id + "/gateway";
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", GatewayForm.problem(e));
            model.addAttribute("errorPurpose", GatewayForm.purpose(e));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", form.conflict(accounts.canStoreCredentials()));
        }
        return page(tenant, form, model);
    }

    private String page(TenantId tenant, GatewayForm form, Model model) {
        model.addAttribute("tenant", tenants.get(tenant));
        model.addAttribute("current", accounts.settings(tenant));
        model.addAttribute("form", form);
        model.addAttribute("purposes", GatewayForm.PURPOSES);
        model.addAttribute(
                "kinds",
                Arrays.stream(GatewayKind.values()).map(GatewayKind::value).toList());
        model.addAttribute("canStoreCredentials", accounts.canStoreCredentials());
        return "dashboard/operator-gateway";
    }

    private TenantId existing(long id) {
        TenantId tenant = new TenantId(id);
        if (!tenants.exists(tenant)) {
            throw new NotFoundException("tenant " + id);
        }
        return tenant;
    }
}
