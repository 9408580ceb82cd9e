package com.showroomassistant.staff.command;

import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.sales.Leads;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** /status: a car becomes available, booked or sold; selling to a known buyer marks that customer's lead won. */
@Component
class StatusChange {

    private final Vehicles vehicles;
    private final Leads leads;

    StatusChange(Vehicles vehicles, Leads leads) {
        this.vehicles = vehicles;
        this.leads = leads;
    }

    String run(Sender s, Command.SetStatus c) {
        Vehicle v = vehicles.findByReference(s.tenant(), c.reference())
                .or(() -> c.reference().matches("[A-Z]{2}\\d+")
                        ? vehicles.findByReference(
                                s.tenant(),
                                c.reference().substring(0, 2) + "-"
                                        + c.reference().substring(2))
                        : Optional.empty())
                .orElseThrow(() -> new CommandRejected("Mobil \"" + c.reference()
                        + "\" tidak ditemukan. Cek plat/ID dengan" + " /inventory, contoh: /status AV-0012 sold"));
        vehicles.setStatus(s.tenant(), v.id(), c.status());
        String reply =
                "✅ " + v.displayId() + " " + v.title() + (v.plateNumber() == null ? "" : " (" + v.plateNumber() + ")")
                        + ": " + Replies.status(v.status()) + " → " + Replies.status(c.status()) + ".";
        if (c.buyer() != null) {
            // the lead is one per customer by constraint; created here if the buyer never asked on WhatsApp
            leads.close(s.tenant(), c.buyer().value(), c.buyer().digits().orElse(null), true);
            reply += "\nLead " + c.buyer() + " ditandai won (sudah beli).";
        }
        return reply;
    }
}
