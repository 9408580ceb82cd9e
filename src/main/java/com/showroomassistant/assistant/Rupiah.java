package com.showroomassistant.assistant;

import java.text.NumberFormat;
import java.util.Locale;

/** Prices as Indonesians read them: "Rp 150.000.000". */
public final class Rupiah {

    private Rupiah() {}

    public static String format(Long amount) {
        if (amount == null) {
            return "harga hubungi kami";
        }
        return "Rp "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"))
                        .format(amount);
    }
}
