package com.showroomassistant.staff.command;

import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** /inventory [filter]: how many cars match, and the newest 20 with price and status. */
@Component
class InventoryReport {

    static final int SHOWN = 20;
    private final Vehicles vehicles;
    private final VehicleCatalogue catalogue;

    InventoryReport(Vehicles vehicles, VehicleCatalogue catalogue) {
        this.vehicles = vehicles;
        this.catalogue = catalogue;
    }

    String run(Sender s, Command.Inventory c) {
        String status = null;
        List<String> rest = new ArrayList<>();
        for (String word : c.filter().split("\\s+")) {
            String asStatus = CommandParser.STATUSES.get(word.toLowerCase(Locale.ROOT));
            if (asStatus != null && status == null) {
                status = asStatus;
            } else if (!word.isBlank()) {
                rest.add(word);
            }
        }
        // "toyota avanza" matches no single column; the model the catalogue recognises does
        String words = String.join(" ", rest);
        String q = words.isEmpty()
                ? null
                : catalogue.findFirst(words).map(e -> e.model()).orElse(words);
        Page<Vehicle> page = vehicles.list(s.tenant(), status, q, 0, SHOWN);
        String label = c.filter().isBlank() ? "" : " \"" + c.filter().strip() + "\"";
        if (page.total() == 0) {
            return "Tidak ada mobil" + label + " di stok. Contoh filter: /inventory avanza, /inventory sold";
        }
        StringBuilder r = new StringBuilder("📋 Stok")
                .append(label)
                .append(": ")
                .append(page.total())
                .append(" mobil");
        for (Vehicle v : page.items()) {
            r.append("\n• ")
                    .append(v.displayId())
                    .append(' ')
                    .append(v.title())
                    .append(" · ")
                    .append(Replies.price(v.price()))
                    .append(" · ")
                    .append(Replies.status(v.status()));
        }
        if (page.total() > SHOWN) {
            r.append("\n… dan ").append(page.total() - SHOWN).append(" lainnya. Persempit, contoh: /inventory avanza");
        }
        return r.toString();
    }
}
