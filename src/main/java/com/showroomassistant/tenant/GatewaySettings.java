package com.showroomassistant.tenant;

import com.showroomassistant.shared.InvalidFieldException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which gateway a tenant's account uses and, for the Cloud API, how to reach it; validated here, so the operator
 * API and the dashboard refuse the same things.
 *
 * @param accessToken the Cloud API access token (a system user's), null to keep the stored one
 * @param appSecret the Meta app's secret, which signs its webhooks; null to keep the stored one
 * @param templates per purpose ({@link MessageTemplate#PURPOSES}) the approved template used outside the 24-hour
 *     window
 */
public record GatewaySettings(
        GatewayKind kind,
        String aimeowClientId,
        String phoneNumberId,
        String businessAccountId,
        String accessToken,
        String appSecret,
        Map<String, MessageTemplate> templates) {

    private static final Pattern GRAPH_ID = Pattern.compile("[0-9]{1,32}");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Za-z]{2,4})?");

    public GatewaySettings {
        kind = kind == null ? GatewayKind.AIMEOW : kind;
        aimeowClientId = blankToNull(aimeowClientId);
        phoneNumberId = blankToNull(phoneNumberId);
        businessAccountId = blankToNull(businessAccountId);
        accessToken = blankToNull(accessToken);
        appSecret = blankToNull(appSecret);
        templates = templates == null ? Map.of() : copyOf(templates);
        if (kind == GatewayKind.CLOUD) {
            require(
                    phoneNumberId != null && GRAPH_ID.matcher(phoneNumberId).matches(),
                    "phoneNumberId",
                    "the digits of the phone-number id from WhatsApp Manager");
            require(
                    businessAccountId == null
                            || GRAPH_ID.matcher(businessAccountId).matches(),
                    "businessAccountId",
                    "the digits of the WhatsApp Business Account id");
            require(accessToken == null || accessToken.length() <= 1000, "accessToken", "at most 1000 characters");
            require(appSecret == null || appSecret.length() <= 200, "appSecret", "at most 200 characters");
            templates.forEach(GatewaySettings::validate);
        } else {
            require(
                    aimeowClientId == null || aimeowClientId.length() <= 100,
                    "aimeowClientId",
                    "at most 100 characters");
        }
    }

    /** Map.copyOf refuses null values with an exception (a 500): a purpose without a template is bad input. */
    private static Map<String, MessageTemplate> copyOf(Map<String, MessageTemplate> templates) {
        templates.forEach((purpose, t) -> require(
                purpose != null && t != null, "templates." + purpose, "a template: name, language and parameters"));
        return Map.copyOf(templates);
    }

    private static void validate(String purpose, MessageTemplate t) {
        String field = "templates." + purpose;
        require(
                MessageTemplate.PURPOSES.contains(purpose),
                field,
                "purpose must be one of " + MessageTemplate.PURPOSES);
        require(
                t.name() != null && TEMPLATE_NAME.matcher(t.name()).matches(),
                field + ".name",
                "the template's name: lower-case letters, digits and _");
        require(
                t.language() != null && LANGUAGE.matcher(t.language()).matches(),
                field + ".language",
                "a language code such as id or en_US");
        require(t.parameters().size() <= 10, field + ".parameters", "at most 10 parameters");
        for (String p : t.parameters()) {
            require(
                    MessageTemplate.PARAMETERS.contains(p),
                    field + ".parameters",
                    "each one of " + MessageTemplate.PARAMETERS);
        }
        require(
                !MessageTemplate.TEXT_ONLY.contains(purpose) || t.parameters().equals(List.of("text")),
                field + ".parameters",
                "[\"text\"]: a notice to staff or the owner fills one parameter with its text");
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidFieldException(field, message);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Leaves the secrets out: settings may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "GatewaySettings[kind=" + kind + ", aimeowClientId=" + aimeowClientId + ", phoneNumberId="
                + phoneNumberId + ", businessAccountId=" + businessAccountId + ", accessTokenSet="
                + (accessToken != null) + ", appSecretSet=" + (appSecret != null) + ", templates=" + templates + "]";
    }

    /** The settings as the operator API answers them: whether a secret is stored, never the secret. */
    public record View(
            String kind,
            String aimeowClientId,
            String phoneNumberId,
            String businessAccountId,
            boolean accessTokenSet,
            boolean appSecretSet,
            Map<String, MessageTemplate> templates) {}
}
