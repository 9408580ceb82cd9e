package com.showroomassistant.support;

/** Webhook bodies in the two gateway formats of CONTRACT 3. */
public final class Payloads {

    private Payloads() {}

    /** Format A: what the real Aimeow gateway posts. */
    public static String aimeowText(String clientId, String messageId, String from, String text) {
        return """
                {"clientId":"%s","timestamp":1764130000,"message":{"id":"%s","from":"%s",
                 "timestamp":"2026-11-26T09:15:02+07:00","pushName":"Rina","rawChat":"%s@s.whatsapp.net",
                 "rawSender":"%s@s.whatsapp.net","rawSenderAlt":"","isLID":false,"type":"text","text":%s}}""".formatted(clientId, messageId, from, from, from, quote(text));
    }

    /** Format A, an image (one photo of an album): the gateway downloaded it and serves it at fileUrl. */
    public static String aimeowImage(String clientId, String messageId, String from, String fileUrl, String caption) {
        return """
                {"clientId":"%s","timestamp":1764130000,"message":{"id":"%s","from":"%s",
                 "timestamp":"2026-11-26T09:15:02+07:00","pushName":"Budi","rawChat":"%s@s.whatsapp.net",
                 "rawSender":"%s@s.whatsapp.net","rawSenderAlt":"","isLID":false,"type":"image","caption":%s,
                 "mimeType":"image/jpeg","width":1280,"height":960,"fileSize":20480,"fileUrl":"%s"}}""".formatted(clientId, messageId, from, from, from, quote(caption), fileUrl);
    }

    /** Format B: the documented envelope. */
    public static String envelopeText(String clientId, String messageId, String from, String text) {
        return """
                {"clientId":"%s","event":"message","timestamp":"2026-11-26T02:15:02Z",
                 "data":{"from":"+%s","message":%s,"messageId":"%s"}}""".formatted(clientId, from, quote(text), messageId);
    }

    public static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
