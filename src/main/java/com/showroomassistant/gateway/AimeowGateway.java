package com.showroomassistant.gateway;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/** The Aimeow gateway behind the seam: a regular WhatsApp account driven through its device session (CONTRACT 4). */
@Component
class AimeowGateway implements WhatsAppGateway {

    private final AimeowClient aimeow;

    AimeowGateway(AimeowClient aimeow) {
        this.aimeow = aimeow;
    }

    @Override
    public GatewayKind kind() {
        return GatewayKind.AIMEOW;
    }

    @Override
    public boolean enabled() {
        return aimeow.enabled();
    }

    @Override
    public SendResult sendText(GatewayAccount account, Outbound message) {
        return aimeow.sendMessage(account.clientId(), AimeowClient.recipient(message.recipient()), message.text());
    }

    @Override
    public SendResult sendImages(GatewayAccount account, Outbound message) {
        String to = AimeowClient.recipient(message.recipient());
        if (message.images().size() == 1) {
            Image only = message.images().getFirst();
            return aimeow.sendImage(account.clientId(), to, only.imageUrl(), only.caption());
        }
        return aimeow.sendImages(account.clientId(), to, message.images());
    }

    @Override
    public byte[] download(GatewayAccount account, String mediaRef, long maxBytes) {
        return aimeow.download(mediaRef, maxBytes);
    }

    @Override
    public LinkState linkState(GatewayAccount account) {
        ClientState client = aimeow.getClient(account.clientId());
        if (client.connected()) {
            String phone = PhoneNumber.parse(client.phone())
                    .flatMap(PhoneNumber::digits)
                    .orElse(null);
            return new LinkState("connected", phone, null, parse(client.connectedAt()));
        }
        return new LinkState("disconnected", null, client.hasQrCode() ? client.qrCode() : null, null);
    }

    private static Instant parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
