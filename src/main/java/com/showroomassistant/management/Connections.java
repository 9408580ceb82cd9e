package com.showroomassistant.management;

import com.showroomassistant.gateway.AimeowClient;
import com.showroomassistant.gateway.ClientState;
import com.showroomassistant.gateway.GatewayException;
import com.showroomassistant.gateway.NewClient;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.webhook.WebhookSecret;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A showroom's WhatsApp connection: creating the gateway client, reading its state, deleting it. The real
 * gateway pushes no connection events, so the stored state is refreshed on request and by a periodic poll.
 */
@Component
class Connections {

    private static final Logger log = LoggerFactory.getLogger(Connections.class);
    private final AimeowClient aimeow;
    private final GatewayAccounts accounts;
    private final CallbackUrl callback;

    Connections(
            AimeowClient aimeow,
            GatewayAccounts accounts,
            WebhookSecret webhookSecret,
            @Value("${showroom.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.aimeow = aimeow;
        this.accounts = accounts;
        this.callback = CallbackUrl.of(publicBaseUrl, webhookSecret.value().orElse(null));
    }

    /** Creates the gateway client when the account has none (or the gateway lost it) and registers our callback. */
    ConnectionStatus initialize(TenantId tenant) {
        requireGateway();
        // Every initialize re-registers: the callback is global to the gateway and lost when it is reset.
        aimeow.registerCallback(callback.value());
        GatewayAccount account = accounts.ofTenant(tenant);
        if (account.clientId() != null) {
            try {
                refresh(account);
                return status(tenant, true);
            } catch (GatewayException e) {
                if (!isGone(e)) {
                    throw e;
                }
                log.info(
                        "gateway client {} of tenant {} is gone; creating a new one",
                        account.clientId(),
                        tenant.value());
            }
        }
        NewClient created = aimeow.createClient();
        if (!accounts.bindClient(tenant, account.clientId(), created.id(), created.qrUrl())) {
            // another initialize won the race: keep its client, drop ours
            deleteQuietly(created.id());
        }
        return status(tenant, true);
    }

    /** The stored state, refreshed from the gateway when there is a client to ask about. */
    ConnectionStatus status(TenantId tenant) {
        GatewayAccount account = accounts.ofTenant(tenant);
        if (account.clientId() == null || !aimeow.enabled()) {
            return status(tenant, null);
        }
        try {
            refresh(account);
            return status(tenant, true);
        } catch (GatewayException e) {
            log.debug("status of tenant {} not refreshed: {}", tenant.value(), e.getMessage());
            return status(tenant, false);
        }
    }

    ConnectionStatus disconnect(TenantId tenant) {
        requireGateway();
        GatewayAccount account = accounts.ofTenant(tenant);
        if (account.clientId() != null) {
            try {
                aimeow.deleteClient(account.clientId());
            } catch (GatewayException e) {
                if (!isGone(e)) {
                    throw e;
                }
            }
        }
        accounts.unbindClient(tenant);
        return status(tenant, account.clientId() == null ? null : true);
    }

    @Scheduled(
            fixedDelayString = "${showroom.connection.poll-interval:30s}",
            initialDelayString = "${showroom.connection.poll-interval:30s}")
    void pollAll() {
        if (!aimeow.enabled()) {
            return;
        }
        for (GatewayAccount account : accounts.connectable()) {
            try {
                refresh(account);
            } catch (GatewayException e) {
                log.debug("connection poll of client {} failed: {}", account.clientId(), e.getMessage());
            } catch (RuntimeException e) {
                log.warn("connection poll of client {} failed", account.clientId(), e);
            }
        }
    }

    private void refresh(GatewayAccount account) {
        ClientState client;
        try {
            client = aimeow.getClient(account.clientId());
        } catch (GatewayException e) {
            if (isGone(e)) {
                accounts.recordGatewayState(account.id(), "disconnected", null, null, null);
            }
            throw e;
        }
        if (client.connected()) {
            String phone = PhoneNumber.parse(client.phone())
                    .flatMap(PhoneNumber::digits)
                    .orElse(null);
            accounts.recordGatewayState(account.id(), "connected", null, phone, parse(client.connectedAt()));
        } else {
            // Not connected: pairing is possible as long as the client exists, through its QR page or code.
            String qr = client.hasQrCode() ? client.qrCode() : null;
            boolean pairable =
                    qr != null || accounts.connection(account.tenantId()).qrUrl() != null;
            accounts.recordGatewayState(account.id(), pairable ? "qr_ready" : "disconnected", qr, null, null);
        }
    }

    private ConnectionStatus status(TenantId tenant, Boolean reachable) {
        return ConnectionStatus.of(accounts.connection(tenant), reachable);
    }

    private void requireGateway() {
        if (!aimeow.enabled()) {
            throw new ConflictException("no WhatsApp gateway is configured (AIMEOW_BASE_URL)");
        }
    }

    private void deleteQuietly(String clientId) {
        try {
            aimeow.deleteClient(clientId);
        } catch (GatewayException e) {
            log.warn("could not delete surplus gateway client {}: {}", clientId, e.getMessage());
        }
    }

    private static boolean isGone(GatewayException e) {
        return e.status() != null && e.status() == 404;
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
