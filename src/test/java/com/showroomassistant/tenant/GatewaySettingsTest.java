package com.showroomassistant.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.showroomassistant.shared.InvalidFieldException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    private static GatewaySettings cloud(Map<String, MessageTemplate> templates) {
        return new GatewaySettings(
                GatewayKind.CLOUD, null, "106540352242922", null, "EAAG-secret-token", "app-secret-f1e2", templates);
    }

    @Test
    void aPurposeWithoutATemplateIsAnInvalidFieldNotAnException() {
        Map<String, MessageTemplate> templates = new HashMap<>();
        templates.put("follow_up", null);

        assertThatThrownBy(() -> cloud(templates))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("templates.follow_up"));
    }

    @Test
    void noticesToStaffAndTheOwnerTakeExactlyTheTextParameter() {
        assertThat(cloud(Map.of("staff_notice", new MessageTemplate("pemberitahuan_staf", "id", List.of("text"))))
                        .templates())
                .containsKey("staff_notice");
        assertThatThrownBy(() -> cloud(Map.of(
                        "owner_alert", new MessageTemplate("peringatan", "id", List.of("customerName", "text")))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("templates.owner_alert.parameters"));
    }

    @Test
    void neitherTheSettingsNorTheRequestBodyPrintTheirSecrets() {
        assertThat(cloud(Map.of()).toString())
                .contains("106540352242922")
                .contains("accessTokenSet=true")
                .doesNotContain("EAAG-secret-token")
                .doesNotContain("app-secret-f1e2");
        var body = new GatewayAccountApi.Settings(
                "cloud", null, "106540352242922", null, "EAAG-secret-token", "app-secret-f1e2", Map.of());
        assertThat(body.toString()).doesNotContain("EAAG-secret-token").doesNotContain("app-secret-f1e2");
    }
}
