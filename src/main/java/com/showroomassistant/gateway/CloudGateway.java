package com.showroomassistant.gateway;

import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.CloudCredentials;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayKind;
import com.showroomassistant.tenant.MessageTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's WhatsApp Cloud API behind the seam. A message the service sends on its own initiative (a follow-up, a
 * reminder) goes free-form only within 24 hours of the customer's last message; after that, as the approved template
 * the account configured for its purpose, or not at all (the message fails with the reason, for the dashboard).
 * A token the Graph API refuses marks the account's connection broken, so the owner is told.
 */
@Component
class CloudGateway implements WhatsAppGateway {

    /** How an inbound message stores media the Cloud API announced: this prefix and the media id. */
    static final String MEDIA_PREFIX = "cloud-media:";
    /** The customer-service window: free-form messages only this long after the customer's last message. */
    static final Duration WINDOW = Duration.ofHours(24);
    /** The start of the reason a message outside the window was not sent; the dashboard shows it. */
    static final String OUTSIDE_WINDOW = "outside the 24-hour customer-service window";

    private final CloudApiClient client;
    private final GatewayAccounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CloudGateway(CloudApiClient client, GatewayAccounts accounts, JdbcClient jdbc, Clock clock) {
        this.client = client;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public GatewayKind kind() {
        return GatewayKind.CLOUD;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public SendResult sendText(GatewayAccount account, Outbound message) {
        CloudCredentials credentials = credentials(account);
        String to = recipient(message.recipient());
        ObjectNode payload;
        if (message.purpose() != null) {
            Context context = context(message.id());
            boolean open = context.lastInbound() != null
                    && context.lastInbound().plus(WINDOW).isAfter(clock.instant());
            if (open) {
                payload = text(to, message.text());
            } else {
                MessageTemplate template = credentials
                        .template(message.purpose())
                        .orElseThrow(() -> GatewayException.rejected(
                                "cloud send",
                                OUTSIDE_WINDOW + " and no template is configured for " + message.purpose()));
                payload = template(to, template, context, message.text());
            }
        } else {
            payload = text(to, message.text());
        }
        return new SendResult(guarded(account, () -> client.sendMessage(credentials, payload)));
    }

    @Override
    public SendResult sendImages(GatewayAccount account, Outbound message) {
        CloudCredentials credentials = credentials(account);
        String to = recipient(message.recipient());
        // one Cloud API message per photo; the last one's id is the message's, for its delivery ticks
        String last = null;
        for (Image image : message.images()) {
            ObjectNode payload = json.createObjectNode()
                    .put("recipient_type", "individual")
                    .put("to", to)
                    .put("type", "image");
            ObjectNode body = payload.putObject("image").put("link", image.imageUrl());
            if (image.caption() != null && !image.caption().isBlank()) {
                body.put("caption", image.caption());
            }
            last = guarded(account, () -> client.sendMessage(credentials, payload));
        }
        return new SendResult(last);
    }

    @Override
    public byte[] download(GatewayAccount account, String mediaRef, long maxBytes) {
        if (mediaRef == null || !mediaRef.startsWith(MEDIA_PREFIX)) {
            throw GatewayException.rejected("cloud media", "not a Cloud API media reference");
        }
        CloudCredentials credentials = credentials(account);
        return guarded(
                account, () -> client.download(credentials, mediaRef.substring(MEDIA_PREFIX.length()), maxBytes));
    }

    @Override
    public LinkState linkState(GatewayAccount account) {
        CloudCredentials credentials = credentials(account);
        JsonNode phone = guarded(account, () -> client.phoneNumber(credentials));
        String digits = phone.path("display_phone_number").asString("").replaceAll("[^0-9]", "");
        return new LinkState("connected", digits.isEmpty() ? null : digits, null, null);
    }

    /** Runs a Graph API call; a refused token is recorded on the account before the failure goes on. */
    private <T> T guarded(GatewayAccount account, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (GatewayException e) {
            if (e.credentialsRejected()) {
                accounts.recordCredentialsRejected(
                        account.id(), "WhatsApp Cloud API refused the access token: " + e.getMessage());
            }
            throw e;
        }
    }

    private CloudCredentials credentials(GatewayAccount account) {
        return accounts.cloudCredentials(account.id())
                .orElseThrow(() -> GatewayException.rejected("cloud", "the account has no Cloud API credentials"));
    }

    /** The Cloud API takes the recipient's number as digits; a WhatsApp LID cannot be addressed through it. */
    private static String recipient(String identity) {
        String to = AimeowClient.recipient(identity);
        if (!to.matches("[0-9]{6,20}")) {
            throw GatewayException.rejected("cloud send", "the recipient is not a phone number");
        }
        return to;
    }

    private ObjectNode text(String to, String body) {
        ObjectNode payload = json.createObjectNode()
                .put("recipient_type", "individual")
                .put("to", to)
                .put("type", "text");
        payload.putObject("text").put("preview_url", false).put("body", body);
        return payload;
    }

    private ObjectNode template(String to, MessageTemplate template, Context context, String text) {
        ObjectNode payload = json.createObjectNode()
                .put("recipient_type", "individual")
                .put("to", to)
                .put("type", "template");
        ObjectNode t = payload.putObject("template").put("name", template.name());
        t.putObject("language").put("code", template.language());
        if (!template.parameters().isEmpty()) {
            var parameters =
                    t.putArray("components").addObject().put("type", "body").putArray("parameters");
            for (String name : template.parameters()) {
                String value = switch (name) {
                    case "customerName" -> context.customerName() == null ? "Kak" : context.customerName();
                    case "showroomName" -> context.showroomName();
                    default -> text;
                };
                parameters.addObject().put("type", "text").put("text", parameter(value));
            }
        }
        return payload;
    }

    /** Template parameters may hold no new lines, tabs or runs of more than four spaces (Meta refuses them). */
    static String parameter(String value) {
        String flat = value == null
                ? "-"
                : value.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip();
        return flat.isEmpty() ? "-" : flat;
    }

    /** What a proactive message needs to know of its customer: when they last wrote, their name, the showroom's. */
    private record Context(Instant lastInbound, String customerName, String showroomName) {}

    private Context context(long messageId) {
        Optional<Context> found = jdbc.sql("""
                select (select max(i.created_at) from message i join conversation p on p.id = i.conversation_id
                         where p.account_id = c.account_id and p.customer_identity = c.customer_identity
                           and i.direction = 'inbound' and i.sender_type = 'customer') as last_inbound,
                       c.customer_name, t.name as showroom
                  from message o join conversation c on c.id = o.conversation_id join tenant t on t.id = o.tenant_id
                 where o.id = ?""")
                .param(messageId)
                .query((rs, n) -> new Context(
                        Timestamps.read(rs, "last_inbound"), rs.getString("customer_name"), rs.getString("showroom")))
                .optional();
        return found.orElse(new Context(null, null, null));
    }
}
