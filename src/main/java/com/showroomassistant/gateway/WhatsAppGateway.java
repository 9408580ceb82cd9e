package com.showroomassistant.gateway;

import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayKind;
import java.time.Instant;
import java.util.List;

/**
 * What the product needs from a WhatsApp gateway, whichever one an account uses ({@link GatewayKind}): Aimeow or
 * Meta's Cloud API. The outbox, the pipeline, staff commands and the dashboard talk to this, through
 * {@link Gateways}, never to a gateway's own client.
 *
 * <p>Inbound, each gateway has its own webhook in the {@code webhook} module, which turns its payloads into the same
 * stored messages, delivery statuses and connection states ({@code conversation.Inbox}, {@code
 * conversation.DeliveryStatuses}, {@code tenant.GatewayAccounts}); media they announce is fetched here
 * ({@link #download}).
 */
public interface WhatsAppGateway {

    GatewayKind kind();

    /** False when this gateway is not configured: messages are then only recorded (the demo, the emulator). */
    boolean enabled();

    /** Sends one text message. Failures are {@link GatewayException}s that say whether a retry can help. */
    SendResult sendText(GatewayAccount account, Outbound message);

    /** Sends the message's photos (this service's own URLs), each with its caption. */
    SendResult sendImages(GatewayAccount account, Outbound message);

    /**
     * The bytes of media a webhook announced, at most {@code maxBytes}.
     *
     * @param mediaRef what the inbound message stored as its media URL
     */
    byte[] download(GatewayAccount account, String mediaRef, long maxBytes);

    /** Asks the gateway for the account's connection now; throws when it cannot be reached. */
    LinkState linkState(GatewayAccount account);

    /**
     * An outbound message as the outbox holds it.
     *
     * @param id our message id
     * @param recipient the customer's or staff member's identity (E.164 with or without '+', or a LID)
     * @param purpose what it is for, when a template may carry it outside the Cloud API's 24-hour window
     *     ({@code tenant.MessageTemplate#PURPOSES}: follow_up, test_drive_reminder, staff_notice, owner_alert), else null
     * @param recipientWroteAt when the recipient last wrote to the account, if the sender already knows (a turn's reply
     *     to the customer who just wrote); null: the gateway looks it up when it needs it
     */
    record Outbound(
            long id, String recipient, String text, List<Image> images, String purpose, Instant recipientWroteAt) {

        public Outbound {
            images = images == null ? List.of() : List.copyOf(images);
        }
    }

    /**
     * The connection as the gateway sees it.
     *
     * @param state disconnected, qr_ready or connected
     * @param phoneDigits the connected number, E.164 digits, when known
     * @param qrCode the pairing code to scan, when the gateway has one
     */
    record LinkState(String state, String phoneDigits, String qrCode, java.time.Instant connectedAt) {}
}
