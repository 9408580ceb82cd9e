package com.showroomassistant.dashboard;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.tenant.GatewayKind;
import com.showroomassistant.tenant.GatewaySettings;
import com.showroomassistant.tenant.MessageTemplate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's gateway form: the non-secret settings as typed (secrets are never put back into the page), read
 * into {@link GatewaySettings}, which validates them as the operator API does. Template parameters are typed as a
 * comma-separated list; a purpose whose name, language and parameters are all empty has no template.
 */
record GatewayForm(
        String kind,
        String aimeowClientId,
        String phoneNumberId,
        String businessAccountId,
        Map<String, TemplateFields> templates) {

    /** The purposes in the order the page shows them. */
    static final List<String> PURPOSES = List.of(
            MessageTemplate.FOLLOW_UP,
            MessageTemplate.TEST_DRIVE_REMINDER,
            MessageTemplate.STAFF_NOTICE,
            MessageTemplate.OWNER_ALERT);

    record TemplateFields(String name, String language, String parameters) {}

    static GatewayForm of(GatewaySettings.View view) {
        Map<String, TemplateFields> templates = new LinkedHashMap<>();
        for (String purpose : PURPOSES) {
            MessageTemplate t = view.templates().get(purpose);
            templates.put(
                    purpose,
                    t == null
                            ? new TemplateFields("", "", "")
                            : new TemplateFields(t.name(), t.language(), String.join(", ", t.parameters())));
        }
        return new GatewayForm(
                view.kind(), view.aimeowClientId(), view.phoneNumberId(), view.businessAccountId(), templates);
    }

    /** The form as posted: {@code kind}, ..., and per purpose {@code follow_up.name}, {@code follow_up.language}... */
    static GatewayForm posted(Map<String, String> values) {
        Map<String, TemplateFields> templates = new LinkedHashMap<>();
        for (String purpose : PURPOSES) {
            templates.put(
                    purpose,
                    new TemplateFields(
                            value(values, purpose + ".name"),
                            value(values, purpose + ".language"),
                            value(values, purpose + ".parameters")));
        }
        return new GatewayForm(
                value(values, "kind"),
                value(values, "aimeowClientId"),
                value(values, "phoneNumberId"),
                value(values, "businessAccountId"),
                templates);
    }

    /**
     * The settings to store; the secrets come from the password inputs, blank keeping the stored ones.
     *
     * @throws InvalidFieldException naming the field, as the operator API would
     */
    GatewaySettings settings(String accessToken, String appSecret) {
        GatewayKind gatewayKind;
        try {
            gatewayKind = GatewayKind.of(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "must be aimeow or cloud");
        }
        Map<String, MessageTemplate> chosen = new LinkedHashMap<>();
        templates.forEach((purpose, t) -> {
            if (!t.name().isBlank()
                    || !t.language().isBlank()
                    || !t.parameters().isBlank()) {
                chosen.put(
                        purpose, new MessageTemplate(blankToNull(t.name()), blankToNull(t.language()), parameters(t)));
            }
        });
        return new GatewaySettings(
                gatewayKind, aimeowClientId, phoneNumberId, businessAccountId, accessToken, appSecret, chosen);
    }

    private static List<String> parameters(TemplateFields t) {
        return Arrays.stream(t.parameters().split("[,\\s]+"))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /**
     * The message key (messages*.properties) saying what is wrong with a field {@link GatewaySettings} refused; a
     * template's field names its purpose as the message's argument.
     */
    static String problem(InvalidFieldException e) {
        String field = e.field() == null ? "" : e.field();
        if (field.startsWith("templates.")) {
            if (field.endsWith(".name")) {
                return "gateway.invalid.templateName";
            }
            if (field.endsWith(".language")) {
                return "gateway.invalid.templateLanguage";
            }
            if (field.endsWith(".parameters")) {
                return "gateway.invalid.templateParameters";
            }
            return "gateway.invalid";
        }
        return switch (field) {
            case "kind", "aimeowClientId", "phoneNumberId", "businessAccountId", "accessToken", "appSecret" ->
                "gateway.invalid." + field;
            default -> "gateway.invalid";
        };
    }

    /**
     * The message key for a conflict on saving: the Aimeow client id is another showroom's; for a cloud account,
     * credentials cannot be stored without the secrets key, and with it the phone-number id is another showroom's.
     */
    String conflict(boolean canStoreCredentials) {
        if (!"cloud".equalsIgnoreCase(kind)) {
            return "operator.clientTaken";
        }
        return canStoreCredentials ? "gateway.phoneNumberTaken" : "gateway.secretsKeyMissing";
    }

    /** The purpose a template field names ({@code templates.follow_up.name}: follow_up), else null. */
    static String purpose(InvalidFieldException e) {
        String field = e.field() == null ? "" : e.field();
        String[] parts = field.split("\\.");
        return parts.length >= 2 && parts[0].equals("templates") ? parts[1] : null;
    }

    private static String value(Map<String, String> values, String name) {
        String v = values.get(name);
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
