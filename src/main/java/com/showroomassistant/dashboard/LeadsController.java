package com.showroomassistant.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Leads and test drives, read-only. */
@Controller
class LeadsController {

    private static final Set<String> HIDDEN = Set.of("tenant_id", "account_id", "raw_payload");
    private final SalesReads sales;

    LeadsController(SalesReads sales) {
        this.sales = sales;
    }

    @GetMapping("/app/leads")
    String leads(DashboardUser user, Model model) {
        model.addAttribute("leads", sales.leads(user.tenant()));
        boolean hasTestDrives = sales.hasTestDrives();
        List<Map<String, Object>> drives = hasTestDrives ? sales.testDrives(user.tenant()) : List.of();
        model.addAttribute("hasTestDrives", hasTestDrives);
        model.addAttribute("testDrives", drives);
        model.addAttribute("testDriveColumns", drives.isEmpty() ? List.of()
                : drives.getFirst().keySet().stream().filter(k -> !HIDDEN.contains(k.toLowerCase())).toList());
        return "dashboard/leads";
    }
}
