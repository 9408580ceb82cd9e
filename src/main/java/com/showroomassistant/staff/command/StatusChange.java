package com.showroomassistant.staff.command;

import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** /status: a car becomes available, booked or sold; selling to a known buyer marks that lead won. */
@Component
class StatusChange {

    private final Vehicles vehicles;
    private final JdbcClient jdbc;

    StatusChange(Vehicles vehicles, JdbcClient jdbc) {
        this.vehicles = vehicles;
        this.jdbc = jdbc;
    }

    String run(Sender s, Command.SetStatus c) {
        Vehicle v = vehicles.findByReference(s.tenant(), c.reference())
                .or(() -> c.reference().matches("[A-Z]{2}\\d+")
                        ? vehicles.findByReference(s.tenant(), c.reference().substring(0, 2) + "-" + c.reference().substring(2))
                        : Optional.empty())
                .orElseThrow(() -> new CommandRejected("Mobil \"" + c.reference() + "\" tidak ditemukan. Cek plat/ID dengan"
                        + " /inventory, contoh: /status AV-0012 sold"));
        vehicles.setStatus(s.tenant(), v.id(), c.status());
        String reply = "✅ " + v.displayId() + " " + v.title() + (v.plateNumber() == null ? "" : " (" + v.plateNumber() + ")")
                + ": " + Replies.status(v.status()) + " → " + Replies.status(c.status()) + ".";
        if (c.buyer() != null) {
            markWon(s.tenant(), c.buyer(), v);
            reply += "\nLead " + c.buyer() + " ditandai won (sudah beli).";
        }
        return reply;
    }

    /** The buyer's lead (one per customer, by constraint) moves to won, created if the buyer had none. */
    private void markWon(TenantId tenant, PhoneNumber buyer, Vehicle v) {
        if (updateLead(tenant, buyer, v) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into sales_lead (tenant_id, customer_identity, customer_phone, vehicles_of_interest, stage, notes)
                    values (?, ?, ?, ?, 'won', ?) on conflict do nothing""")
                    .params(tenant.value(), buyer.value(), buyer.digits().orElse(null), v.title(), "Terjual: " + v.displayId())
                    .update();
        } catch (DuplicateKeyException raced) {
            // created meanwhile by the assistant: fall through to the update
        }
        updateLead(tenant, buyer, v);
    }

    private int updateLead(TenantId tenant, PhoneNumber buyer, Vehicle v) {
        return jdbc.sql("""
                update sales_lead set stage = 'won', notes = ?, updated_at = current_timestamp,
                       vehicles_of_interest = coalesce(vehicles_of_interest, ?)
                 where tenant_id = ? and customer_identity = ?""")
                .params("Terjual: " + v.displayId(), v.title(), tenant.value(), buyer.value())
                .update();
    }
}
