package com.showroomassistant.management;

import com.showroomassistant.gateway.AimeowClient;
import com.showroomassistant.gateway.GatewayException;
import com.showroomassistant.gateway.Gateways;
import com.showroomassistant.gateway.NewClient;
import com.showroomassistant.gateway.WhatsAppGateway;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayKind;
import com.showroomassistant.webhook.WebhookSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A showroom's WhatsApp connection: creating the gateway client, reading its state, deleting it. Neither gateway
 * pushes connection events, so the stored state is refreshed on request and by a periodic poll. A Cloud API number
 * is paired in Meta's WhatsApp Manager: initialize only checks its credentials.
 */
@Component
class Connections {

    private static final Logger log = LoggerFactory.getLogger(Connections.class);
    private final AimeowClient aimeow;
    private final Gateways gateways;
    private final GatewayAccounts accounts;
    private final CallbackUrl callback;

    Connections(
            AimeowClient aimeow,
            Gateways gateways,
            GatewayAccounts accounts,
            WebhookSecret webhookSecret,
            @Value("${showroom.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.aimeow = aimeow;
        this.gateways = gateways;
        this.accounts = accounts;
        this.callback = CallbackUrl.of(publicBaseUrl, webhookSecret.value().orElse(null));
    }

    /** Creates the gateway client when the account has none (or the gateway lost it) and registers our callback. */
    ConnectionStatus initialize(TenantId tenant) {
        GatewayAccount cloud = accounts.ofTenant(tenant);
        if (cloud.kind() == GatewayKind.CLOUD) {
            try {
                refresh(cloud);
            } catch (GatewayException e) {
                if (!e.credentialsRejected()) {
                    throw e;
                }
            }
            return status(tenant, true);
        }
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
        if (account.clientId() == null || !gateways.of(account).enabled()) {
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
        GatewayAccount account = accounts.ofTenant(tenant);
        if (account.kind() == GatewayKind.CLOUD) {
            throw new ConflictException("a WhatsApp Cloud API number is removed in WhatsApp Manager,"
                    + " or moved back to Aimeow by the operator (PUT /api/v1/admin/tenants/{id}/gateway)");
        }
        requireGateway();
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
        for (GatewayAccount account : accounts.connectable()) {
            if (!gateways.of(account).enabled()) {
                continue;
            }
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
        WhatsAppGateway.LinkState link;
        try {
            link = gateways.linkState(account);
        } catch (GatewayException e) {
            if (isGone(e)) {
                accounts.recordGatewayState(account.id(), "disconnected", null, null, null);
            }
            throw e;
        }
        if ("connected".equals(link.state())) {
            accounts.recordGatewayState(account.id(), "connected", null, link.phoneDigits(), link.connectedAt());
        } else {
            // Not connected: pairing is possible as long as the client exists, through its QR page or code.
            String qr = link.qrCode();
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
}
