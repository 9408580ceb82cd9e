package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.tenant.GatewayKind;
import com.showroomassistant.tenant.GatewaySettings;
import com.showroomassistant.tenant.MessageTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GatewayFormTest {

    @Test
    void aFilledTemplateIsReadWithItsParametersInOrderAndAnEmptyOneIsLeftOut() {
        Map<String, String> posted = new HashMap<>(Map.of(
                "kind", "cloud",
                "phoneNumberId", " 106540352242922 ",
                "follow_up.name", "stok_baru",
                "follow_up.language", "id",
                "follow_up.parameters", "customerName, text,showroomName",
                "test_drive_reminder.name", " ",
                "test_drive_reminder.language", "",
                "test_drive_reminder.parameters", ""));

        GatewaySettings settings = GatewayForm.posted(posted).settings("token", null);

        assertThat(settings.kind()).isEqualTo(GatewayKind.CLOUD);
        assertThat(settings.phoneNumberId()).isEqualTo("106540352242922");
        assertThat(settings.accessToken()).isEqualTo("token");
        assertThat(settings.appSecret())
                .as("left empty: the stored one is kept")
                .isNull();
        assertThat(settings.templates())
                .containsOnly(Map.entry(
                        MessageTemplate.FOLLOW_UP,
                        new MessageTemplate("stok_baru", "id", List.of("customerName", "text", "showroomName"))));
    }

    @Test
    void whatTheSettingsRefuseBecomesAMessageKeyNamingTheTemplatesPurpose() {
        Map<String, String> posted = Map.of(
                "kind", "cloud",
                "phoneNumberId", "106540352242922",
                "test_drive_reminder.name", "Pengingat Jadwal",
                "test_drive_reminder.language", "id");

        assertThatThrownBy(() -> GatewayForm.posted(posted).settings("token", "secret"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(GatewayForm.problem(e)).isEqualTo("gateway.invalid.templateName");
                    assertThat(GatewayForm.purpose(e)).isEqualTo(MessageTemplate.TEST_DRIVE_REMINDER);
                });
        assertThatThrownBy(() -> GatewayForm.posted(Map.of("kind", "telegram")).settings(null, null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(GatewayForm.problem(e)).isEqualTo("gateway.invalid.kind"));
        assertThat(GatewayForm.problem(new InvalidFieldException("phoneNumberId", "digits")))
                .isEqualTo("gateway.invalid.phoneNumberId");
        assertThat(GatewayForm.problem(new InvalidFieldException("somethingNew", "?")))
                .isEqualTo("gateway.invalid");
    }

    @Test
    void aConflictOnACloudAccountWithoutTheSecretsKeySaysToSetTheKey() {
        GatewayForm cloud = GatewayForm.posted(Map.of("kind", "cloud"));
        GatewayForm aimeow = GatewayForm.posted(Map.of("kind", "aimeow"));

        assertThat(cloud.conflict(false)).isEqualTo("gateway.secretsKeyMissing");
        assertThat(cloud.conflict(true)).isEqualTo("gateway.phoneNumberTaken");
        assertThat(aimeow.conflict(false)).isEqualTo("operator.clientTaken");
    }

    @Test
    void everyMessageTheFormCanShowExistsInIndonesianAndEnglish() throws IOException {
        List<String> keys = List.of(
                "gateway.invalid",
                "gateway.invalid.kind",
                "gateway.invalid.aimeowClientId",
                "gateway.invalid.phoneNumberId",
                "gateway.invalid.businessAccountId",
                "gateway.invalid.accessToken",
                "gateway.invalid.appSecret",
                "gateway.invalid.templateName",
                "gateway.invalid.templateLanguage",
                "gateway.invalid.templateParameters",
                "gateway.secretsKeyMissing",
                "gateway.phoneNumberTaken",
                "operator.clientTaken",
                "gateway.purpose." + MessageTemplate.FOLLOW_UP,
                "gateway.purpose." + MessageTemplate.TEST_DRIVE_REMINDER,
                "gateway.purpose." + MessageTemplate.STAFF_NOTICE,
                "gateway.purpose." + MessageTemplate.OWNER_ALERT);
        for (String file : List.of("/messages.properties", "/messages_en.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as(file).allSatisfy(k -> assertThat(messages).containsKey(k));
        }
        assertThat(GatewayForm.PURPOSES).containsExactlyInAnyOrderElementsOf(MessageTemplate.PURPOSES);
    }
}
