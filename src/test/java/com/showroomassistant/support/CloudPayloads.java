package com.showroomassistant.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** WhatsApp Cloud API webhook bodies as Meta's documentation shows them, and their signature. */
public final class CloudPayloads {

    private CloudPayloads() {}

    /** One change of field "messages" for the phone-number id, carrying {@code value} (contacts, messages, statuses). */
    public static String envelope(String phoneNumberId, String valueBody) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp",
                  "metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},%s}}]}]}""".formatted(phoneNumberId, valueBody);
    }

    public static String text(String phoneNumberId, String wamid, String from, String text) {
        return envelope(phoneNumberId, """
                "contacts":[{"profile":{"name":"Rina"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"1750000000","type":"text","text":{"body":%s}}]""".formatted(from, from, wamid, Payloads.quote(text)));
    }

    public static String image(String phoneNumberId, String wamid, String from, String mediaId, String caption) {
        return envelope(phoneNumberId, """
                "contacts":[{"profile":{"name":"Rina"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"1750000000","type":"image",
                  "image":{"caption":%s,"mime_type":"image/jpeg","sha256":"abc","id":"%s"}}]""".formatted(from, from, wamid, Payloads.quote(caption), mediaId));
    }

    public static String status(String phoneNumberId, String wamid, String recipient, String status) {
        return envelope(phoneNumberId, """
                "statuses":[{"id":"%s","status":"%s","timestamp":"1750000100","recipient_id":"%s",
                  "pricing":{"billable":true,"pricing_model":"PMP","category":"service"}}]""".formatted(wamid, status, recipient));
    }

    public static String sign(String appSecret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
