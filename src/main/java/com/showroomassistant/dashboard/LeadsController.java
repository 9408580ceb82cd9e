package com.showroomassistant.dashboard;

import com.showroomassistant.sales.TestDrives;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Leads and test drives, read-only. */
@Controller
class LeadsController {

    private final SalesReads sales;
    private final TestDrives testDrives;

    LeadsController(SalesReads sales, TestDrives testDrives) {
        this.sales = sales;
        this.testDrives = testDrives;
    }

    @GetMapping("/app/leads")
    String leads(DashboardUser user, Model model) {
        model.addAttribute("leads", sales.leads(user.tenant()));
        model.addAttribute("testDrives", testDrives.list(user.tenant(), null, 0, 200).items());
        return "dashboard/leads";
    }
}
