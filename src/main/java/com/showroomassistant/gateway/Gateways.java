package com.showroomassistant.gateway;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The gateway of each account, chosen by its {@link GatewayKind}: the one entry to {@link WhatsAppGateway}s. */
@Component
public class Gateways {

    /** How a stored inbound message names media the Cloud API announced: this prefix, then the media id. */
    public static final String CLOUD_MEDIA_PREFIX = CloudGateway.MEDIA_PREFIX;

    /**
     * Why Meta reports an accepted message as failed ({@code statuses[].errors[0]}), worded as a refused send is, so
     * a 131047 reads as outside the 24-hour window in the API and the dashboard.
     *
     * @param code the error's code, null when none came
     * @param detail its {@code error_data.details}, else its message or title
     */
    public static String cloudDeliveryFailure(Integer code, String detail) {
        return GatewayException.cloudDelivery(code, detail);
    }

    /** Our message id from a status's {@code biz_opaque_callback_data}, when we sent the message with it. */
    public static java.util.OptionalLong cloudCallbackMessageId(String callbackData) {
        return CloudGateway.ourMessageId(callbackData);
    }

    private final Map<GatewayKind, WhatsAppGateway> byKind = new EnumMap<>(GatewayKind.class);
    private final GatewayAccounts accounts;

    Gateways(List<WhatsAppGateway> gateways, GatewayAccounts accounts) {
        this.accounts = accounts;
        gateways.forEach(g -> byKind.put(g.kind(), g));
        for (GatewayKind kind : GatewayKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalStateException("no gateway for kind " + kind);
            }
        }
    }

    public WhatsAppGateway of(GatewayKind kind) {
        return byKind.get(kind);
    }

    public WhatsAppGateway of(GatewayAccount account) {
        return of(account.kind());
    }

    /**
     * The bytes of media an inbound message of the tenant announced (its stored media URL), from whichever gateway
     * announced it. An Aimeow file URL needs no look-up of the account.
     */
    public byte[] download(TenantId tenant, String mediaRef, long maxBytes) {
        if (mediaRef != null && mediaRef.startsWith(CloudGateway.MEDIA_PREFIX)) {
            GatewayAccount account = accounts.ofTenant(tenant);
            return of(account).download(account, mediaRef, maxBytes);
        }
        return of(GatewayKind.AIMEOW).download(null, mediaRef, maxBytes);
    }

    /** The connection of the account as its gateway reports it now. */
    public WhatsAppGateway.LinkState linkState(GatewayAccount account) {
        return of(account).linkState(account);
    }
}
