package com.showroomassistant.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.inventory.Vehicle;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTextsTest {

    private static Vehicle car(Long price) {
        return new Vehicle(
                1,
                "AV-0001",
                "Toyota",
                "Avanza",
                "1.3 G",
                2019,
                price,
                45_000,
                "manual",
                "bensin",
                "hitam",
                null,
                "available",
                null,
                com.showroomassistant.inventory.VehicleFacts.NONE,
                List.of(),
                null,
                null);
    }

    @Test
    void aNewCarIsNamedWithItsListedPriceAndTheWayOut() {
        String text = FollowUpTexts.newStock("Showroom Maju", "Rina Wijaya", car(150_000_000L));
        assertThat(text)
                .startsWith("Halo kak Rina! 👋")
                .contains("Showroom Maju")
                .contains("Toyota Avanza 1.3 G 2019, harga Rp 150.000.000.")
                .endsWith("Balas STOP jika tidak ingin menerima pesan seperti ini lagi.");
        assertThat(FollowUpTexts.newStock("Showroom Maju", null, car(null)))
                .startsWith("Halo kak! 👋")
                .contains("Toyota Avanza 1.3 G 2019, harga hubungi kami.");
    }

    @Test
    void aQuietLeadIsAskedAboutTheModelItNamedLast() {
        assertThat(FollowUpTexts.quietLead("Showroom Maju", "Budi", "Calya, Xpander"))
                .startsWith("Halo kak Budi! 👋 Masih mencari Xpander?")
                .contains("Balas STOP");
        assertThat(FollowUpTexts.quietLead("Showroom Maju", null, null)).contains("Masih mencari mobil?");
    }
}
