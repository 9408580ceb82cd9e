package com.showroomassistant.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
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

    /** A text message the customer sent just now. */
    public static String text(String phoneNumberId, String wamid, String from, String text) {
        return text(phoneNumberId, wamid, from, text, Instant.now());
    }

    /** A text message the customer sent at {@code sentAt} (Meta redelivers late after an outage). */
    public static String text(String phoneNumberId, String wamid, String from, String text, Instant sentAt) {
        return envelope(phoneNumberId, """
                "contacts":[{"profile":{"name":"Rina"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":%s}}]""".formatted(from, from, wamid, sentAt.getEpochSecond(), Payloads.quote(text)));
    }

    public static String image(String phoneNumberId, String wamid, String from, String mediaId, String caption) {
        return envelope(phoneNumberId, """
                "contacts":[{"profile":{"name":"Rina"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"image",
                  "image":{"caption":%s,"mime_type":"image/jpeg","sha256":"abc","id":"%s"}}]""".formatted(
                        from, from, wamid, Instant.now().getEpochSecond(), Payloads.quote(caption), mediaId));
    }

    public static String status(String phoneNumberId, String wamid, String recipient, String status) {
        return envelope(phoneNumberId, """
                "statuses":[{"id":"%s","status":"%s","timestamp":"1750000100","recipient_id":"%s",
                  "pricing":{"billable":true,"pricing_model":"PMP","category":"service"}}]""".formatted(wamid, status, recipient));
    }

    /**
     * A failed status as Meta posts it when it accepted a send but could not deliver it: {@code errors[0]} with its
     * code, title and details, and the callback data the send carried.
     */
    public static String failed(String phoneNumberId, String wamid, String recipient, int code, String details) {
        return envelope(phoneNumberId, """
                "statuses":[{"id":"%s","status":"failed","timestamp":"1750000100","recipient_id":"%s",
                  "errors":[{"code":%d,"title":"Message failed to send","message":"Message failed to send",
                             "error_data":{"details":%s},"href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}]""".formatted(wamid, recipient, code, Payloads.quote(details)));
    }

    /** A status of a message we sent with {@code biz_opaque_callback_data}, which Meta echoes. */
    public static String status(String phoneNumberId, String wamid, String recipient, String status, String callback) {
        return envelope(phoneNumberId, """
                "statuses":[{"id":"%s","status":"%s","timestamp":"1750000100","recipient_id":"%s",
                  "biz_opaque_callback_data":%s}]""".formatted(wamid, status, recipient, Payloads.quote(callback)));
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
