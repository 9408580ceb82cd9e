package com.showroomassistant.gateway;

import com.showroomassistant.shared.DisplayName;
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
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's WhatsApp Cloud API behind the seam. Every message goes free-form only within 24 hours (less a margin,
 * {@link #WINDOW}) of its own recipient's last message to the number, customer, staff or owner alike; after that, as
 * the approved template the account configured for its purpose (a follow-up, a reminder, a staff notice, an owner
 * alert), or not at all: it fails at once with the reason, for the dashboard, without a call to Meta.
 * A token the Graph API refuses marks the account's connection broken, so the owner is told.
 */
@Component
class CloudGateway implements WhatsAppGateway {

    /** How an inbound message stores media the Cloud API announced: this prefix and the media id. */
    static final String MEDIA_PREFIX = "cloud-media:";
    /**
     * The customer-service window: free-form messages only within 24 hours of the recipient's last message, measured
     * from when they sent it (the webhook's timestamp). Ten minutes short of that: a send may wait in the outbox or
     * be retried for minutes, and a message that reaches Meta a second late is refused (131047).
     */
    static final Duration WINDOW = Duration.ofHours(23).plusMinutes(50);
    /** The start of the reason a message outside the window was not sent; the dashboard shows it. */
    static final String OUTSIDE_WINDOW = GatewayException.OUTSIDE_WINDOW;

    /**
     * How a send names our message id in {@code biz_opaque_callback_data}, which Meta echoes in the message's status
     * webhooks: a send whose answer timed out is then recognised as sent, not sent again.
     */
    static final String CALLBACK_PREFIX = "outbox:";

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
        Window window = window(message);
        ObjectNode payload;
        if (window.open()) {
            payload = text(to, message.text());
        } else {
            MessageTemplate template = credentials
                    .template(message.purpose())
                    .orElseThrow(() -> GatewayException.rejected("cloud send", outsideWindow(message.purpose())));
            payload = template(to, template, window.context(), message.text());
        }
        payload.put("biz_opaque_callback_data", CALLBACK_PREFIX + message.id());
        return new SendResult(guarded(account, () -> client.sendMessage(credentials, payload)));
    }

    @Override
    public SendResult sendImages(GatewayAccount account, Outbound message) {
        CloudCredentials credentials = credentials(account);
        String to = recipient(message.recipient());
        if (!window(message).open()) {
            throw GatewayException.rejected("cloud send", OUTSIDE_WINDOW + " and photos cannot go as a template");
        }
        // one Cloud API message per photo; the last one's id is the message's, for its delivery ticks. Only the last
        // carries our id: its status proves every photo went out (each is sent only after the one before was taken)
        String last = null;
        for (int i = 0; i < message.images().size(); i++) {
            Image image = message.images().get(i);
            ObjectNode payload = json.createObjectNode()
                    .put("recipient_type", "individual")
                    .put("to", to)
                    .put("type", "image");
            ObjectNode body = payload.putObject("image").put("link", image.imageUrl());
            if (image.caption() != null && !image.caption().isBlank()) {
                body.put("caption", image.caption());
            }
            if (i == message.images().size() - 1) {
                payload.put("biz_opaque_callback_data", CALLBACK_PREFIX + message.id());
            }
            last = guarded(account, () -> client.sendMessage(credentials, payload));
        }
        return new SendResult(last);
    }

    /**
     * Whether the recipient's customer-service window is open: what the outbox already knows (a turn's reply to the
     * customer who just wrote), else their last message to the account, found once.
     */
    private Window window(Outbound message) {
        if (message.recipientWroteAt() != null && isOpen(message.recipientWroteAt())) {
            return new Window(true, null);
        }
        Context context = context(message.id());
        return new Window(isOpen(context.lastInbound()), context);
    }

    private boolean isOpen(Instant lastInbound) {
        return lastInbound != null && lastInbound.plus(WINDOW).isAfter(clock.instant());
    }

    /** @param context what a template needs; null when the window was known to be open without a query */
    private record Window(boolean open, Context context) {}

    static String outsideWindow(String purpose) {
        return purpose == null
                ? OUTSIDE_WINDOW + ": the recipient has not written to this number within it"
                : OUTSIDE_WINDOW + " and no template is configured for " + purpose;
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

    /** Our message id from a status's callback data, when it is ours. */
    static OptionalLong ourMessageId(String callbackData) {
        if (callbackData == null
                || !callbackData.startsWith(CALLBACK_PREFIX)
                || !callbackData.substring(CALLBACK_PREFIX.length()).matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(callbackData.substring(CALLBACK_PREFIX.length())));
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

    /**
     * The longest text parameter every template takes: 1,024 characters (32,768 only when the body is the template's
     * only component, which the service cannot see).
     */
    static final int PARAMETER_MAX = 1024;

    /**
     * Template parameters may hold no new lines, tabs or runs of more than four spaces (Meta refuses them), nor more
     * than {@link #PARAMETER_MAX} characters: quoted on one line as every notice quotes a text, and cut with an ellipsis.
     */
    static String parameter(String value) {
        String line = DisplayName.oneLine(value);
        if (line == null || line.isEmpty()) {
            return "-";
        }
        return line.length() <= PARAMETER_MAX ? line : DisplayName.excerpt(line, PARAMETER_MAX - 1);
    }

    /**
     * What a message outside the window needs: when its recipient last wrote to the account (by the time they sent it,
     * in whichever conversation), their name when they are the conversation's customer, the showroom's name.
     */
    private record Context(Instant lastInbound, String customerName, String showroomName) {}

    private Context context(long messageId) {
        Optional<Context> found = jdbc.sql("""
                select (select max(p.customer_wrote_at) from conversation p
                         where p.account_id = o.account_id and p.customer_identity = o.recipient) as last_inbound,
                       case when c.customer_identity = o.recipient then c.customer_name end as customer_name,
                       t.name as showroom
                  from message o left join conversation c on c.id = o.conversation_id join tenant t on t.id = o.tenant_id
                 where o.id = ?""")
                .param(messageId)
                .query((rs, n) -> new Context(
                        Timestamps.read(rs, "last_inbound"), rs.getString("customer_name"), rs.getString("showroom")))
                .optional();
        return found.orElse(new Context(null, null, null));
    }
}
