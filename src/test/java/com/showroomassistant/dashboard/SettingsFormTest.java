package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.tenant.AiConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class SettingsFormTest {

    private final AiConfig current = AiConfig.defaults("Showroom Uji");

    @Test
    void tickedDaysBecomeBusinessHoursAndUntickedDaysAreClosed() {
        var p = form();
        p.add("open.monday", "on");
        p.add("opens.monday", "08:00");
        p.add("closes.monday", "16:30");
        p.add("opens.tuesday", "09:00"); // not ticked: closed, whatever the times say
        p.add("closes.tuesday", "17:00");

        var config = SettingsForm.read(p).toConfig(current, new HashMap<>());

        assertThat(config.businessHours()).isEqualTo(Map.of("monday", new AiConfig.OpeningHours("08:00", "16:30")));
        assertThat(config.autoReply()).isTrue();
        assertThat(config.enablePriceNegotiation()).isFalse();
        assertThat(config.temperature()).isEqualTo(current.temperature());
    }

    @Test
    void alwaysOpenStoresNoHoursAndBlankFaqRowsAreDropped() {
        var p = form();
        p.add("alwaysOpen", "on");
        p.addAll("faqQuestion", List.of("Bisa kredit?", "", "  "));
        p.addAll("faqAnswer", List.of("Bisa, DP 20%.", "", ""));

        var config = SettingsForm.read(p).toConfig(current, new HashMap<>());

        assertThat(config.businessHours()).isNull();
        assertThat(config.customFAQ()).containsExactly(new AiConfig.Faq("Bisa kredit?", "Bisa, DP 20%."));
    }

    @Test
    void aNumberThatIsNotOneIsReportedAndTheFormKeepsWhatWasTyped() {
        var p = form();
        p.set("debounceSeconds", "dua");
        var errors = new HashMap<String, String>();

        var read = SettingsForm.read(p);
        read.toConfig(current, errors);

        assertThat(errors).containsKey("debounceSeconds");
        assertThat(read.debounceSeconds()).isEqualTo("dua");
    }

    @Test
    void followUpsAreChosenOnTheFormAndBothOffMeansNone() {
        var p = form();
        p.add("followUpNewStock", "on");
        p.add("followUpQuietDays", " 10 ");
        var config = SettingsForm.read(p).toConfig(current, new HashMap<>());
        assertThat(config.followUps()).isEqualTo(new AiConfig.FollowUps(true, 10));
        assertThat(SettingsForm.of(config).followUpQuietDays()).isEqualTo("10");

        var none = SettingsForm.read(form()).toConfig(config, new HashMap<>());
        assertThat(none.followUps()).isNull();

        var typo = form();
        typo.add("followUpQuietDays", "seminggu");
        var errors = new HashMap<String, String>();
        SettingsForm.read(typo).toConfig(current, errors);
        assertThat(errors).containsKey("followUps.quietLeadDays");
    }

    @Test
    void aStoredConfigRoundTripsThroughTheForm() {
        var stored = SettingsForm.of(current);
        assertThat(stored.alwaysOpen()).isTrue();
        assertThat(stored.days()).hasSize(7).noneMatch(SettingsForm.Day::open);
        assertThat(stored.toggles())
                .containsEntry("enablePriceNegotiation", false)
                .containsEntry("autoReply", true);
    }

    private LinkedMultiValueMap<String, String> form() {
        var p = new LinkedMultiValueMap<String, String>();
        p.add("aiName", "Sari");
        p.add("aiPersonality", "ramah");
        p.add("timezone", "Asia/Jakarta");
        p.add("debounceSeconds", "2");
        p.add("handoffTimeoutMinutes", "120");
        for (String t : List.of(
                "autoReply",
                "customerChatEnabled",
                "staffCommandsEnabled",
                "enableVehicleInfo",
                "enableTestDriveBooking",
                "enableStaffUpload",
                "enableStaffStatus")) {
            p.add(t, "on");
        }
        return p;
    }
}
