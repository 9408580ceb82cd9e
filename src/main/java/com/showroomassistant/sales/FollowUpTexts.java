package com.showroomassistant.sales;

import com.showroomassistant.assistant.Rupiah;
import com.showroomassistant.inventory.Vehicle;
import java.util.Arrays;

/**
 * The follow-up messages (CONTRACT 9.3), in Indonesian. A car is named with its listed price only (what the reply
 * guard allows; never a minimum or a discount), and every message says how to stop them.
 */
final class FollowUpTexts {

    static final String OPT_OUT = "Balas STOP jika tidak ingin menerima pesan seperti ini lagi.";

    private FollowUpTexts() {}

    static String newStock(String showroom, String leadName, Vehicle car) {
        String price = car.price() == null ? Rupiah.format(null) : "harga " + Rupiah.format(car.price());
        return greeting(leadName) + " Ada unit baru di " + showroom + " yang cocok dengan yang kakak cari: "
                + car.title() + ", " + price
                + ".\n\nKalau tertarik, balas pesan ini untuk info lengkap, foto, atau jadwal"
                + " lihat unit. " + OPT_OUT;
    }

    static String quietLead(String showroom, String leadName, String interest) {
        String model = latest(interest);
        return greeting(leadName) + " Masih mencari " + (model == null ? "mobil" : model) + "? Tim " + showroom
                + " siap bantu info unit, foto, dan jadwal lihat unit; balas saja pesan ini.\n\n" + OPT_OUT;
    }

    private static String greeting(String leadName) {
        return leadName == null || leadName.isBlank()
                ? "Halo kak! 👋"
                : "Halo kak " + leadName.strip().split("\\s+")[0] + "! 👋";
    }

    /** The model the lead asked about last ("Calya, Xpander": Xpander). */
    private static String latest(String interest) {
        if (interest == null || interest.isBlank()) {
            return null;
        }
        return Arrays.stream(interest.split(",\\s*"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .reduce((a, b) -> b)
                .orElse(null);
    }
}
