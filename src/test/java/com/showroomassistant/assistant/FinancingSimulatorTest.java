package com.showroomassistant.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.tenant.AiConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinancingSimulatorTest {

    static final AiConfig.Financing TABLE = new AiConfig.Financing(
            List.of(new AiConfig.Partner(
                    "Leasing A",
                    BigDecimal.valueOf(20),
                    Map.of(
                            "12",
                            new BigDecimal("5.5"),
                            "24",
                            new BigDecimal("5.9"),
                            "36",
                            new BigDecimal("6.0"),
                            "48",
                            new BigDecimal("6.5"),
                            "60",
                            new BigDecimal("7.0")))),
            "Simulasi, angka final mengikuti persetujuan leasing.");

    @Test
    void theContractsWorkedExample() {
        // P 150.000.000, DP 30% (45.000.000), 36 months at 6.0: 105.000.000 x 1.18 / 36 = 3.441.666,67 -> 3.442.000
        assertThat(FinancingSimulator.monthly(150_000_000L, 45_000_000L, 36, new BigDecimal("6.0")))
                .isEqualTo(3_442_000L);
        var request = FinancingSimulator.read("kalau DP 30% cicilan 3 tahun berapa kak?");
        assertThat(request.downPaymentPercent()).isEqualByComparingTo("30");
        assertThat(request.months()).isEqualTo(36);
        var estimates = FinancingSimulator.estimate(TABLE, 150_000_000L, request);
        assertThat(estimates).singleElement().satisfies(e -> {
            assertThat(e.downPayment()).isEqualTo(45_000_000L);
            assertThat(e.monthly()).isEqualTo(3_442_000L);
        });
        String reply = FinancingSimulator.reply("Toyota Avanza 1.3 G 2019", 150_000_000L, estimates, TABLE, request);
        assertThat(reply)
                .contains("Toyota Avanza 1.3 G 2019")
                .contains("DP 30% (Rp 45.000.000)")
                .contains("Tenor 36 bulan: cicilan Rp 3.442.000/bulan")
                .contains("persetujuan leasing");
    }

    @Test
    void aDownPaymentBelowTheMinimumIsAnsweredWithTheMinimum() {
        var request = FinancingSimulator.read("dp 10% bisa? 24 bulan");
        var estimates = FinancingSimulator.estimate(TABLE, 150_000_000L, request);
        assertThat(estimates).singleElement().satisfies(e -> {
            assertThat(e.downPayment()).isEqualTo(30_000_000L);
            assertThat(e.raisedToMinimum()).isTrue();
        });
        assertThat(FinancingSimulator.reply("Avanza", 150_000_000L, estimates, TABLE, request))
                .contains("DP minimal");
    }

    @Test
    void aTenorNotInTheTableIsAnsweredWithTheNearestOnes() {
        var request = FinancingSimulator.read("DP 50 juta, tenor 30 bulan");
        assertThat(request.downPaymentAmount()).isEqualTo(50_000_000L);
        var estimates = FinancingSimulator.estimate(TABLE, 150_000_000L, request);
        assertThat(estimates).extracting(FinancingSimulator.Estimate::months).containsExactly(24, 36);
        assertThat(FinancingSimulator.reply("Avanza", 150_000_000L, estimates, TABLE, request))
                .contains("tidak tersedia");
    }

    @Test
    void theGuardAcceptsExactlyTheFiguresTheTableProduces() {
        var guard = new ReplyGuard(com.showroomassistant.intent.VehicleCatalogue.loadDefault());
        var avanza = new ShowroomFacts.StockCar("Avanza", "1.3 G", 2019, 150_000_000L, "hitam", "available");
        String published = "FAQ.\n" + FinancingSimulator.publishedFigures(TABLE, List.of(avanza));
        var facts =
                new ShowroomFacts(List.of(avanza), published, false, java.util.Set.of("avanza"), "avanza kredit brp");
        long monthly36 = FinancingSimulator.monthly(150_000_000L, 30_000_000L, 36, new BigDecimal("6.0"));
        String right = "Avanza 2019 bisa kredit kak, DP minimal 20% (" + Rupiah.format(30_000_000L) + "), cicilan "
                + Rupiah.format(monthly36) + " per bulan untuk tenor 36 bulan.";
        assertThat(guard.judge(right, facts).decision()).isEqualTo(GuardVerdict.Decision.SEND);
        String wrong =
                "Avanza 2019 bisa kredit kak, DP minimal 20%, cicilan Rp 3.000.000 per bulan untuk tenor 36 bulan.";
        assertThat(guard.judge(wrong, facts).decision()).isEqualTo(GuardVerdict.Decision.WITHHOLD);
    }
}
