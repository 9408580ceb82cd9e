package com.showroomassistant.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.showroomassistant.shared.PooledHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to the Aimeow gateway (CONTRACT 4). Each call is tried once: retries belong to the durable outbox, which
 * uses {@link GatewayException#retryable()}.
 */
@Component
public class AimeowClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AimeowClient.class);
    private static final String CLIENTS = "/api/v1/clients";

    private static final int MAX_CONNECTIONS = 500;
    private final AimeowProperties properties;
    private final RestClient http;
    private final HttpComponentsClientHttpRequestFactory requestFactory;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public AimeowClient(AimeowProperties properties) {
        this.properties = properties;
        // a send is retried by the outbox, which knows whether it is safe, never by the HTTP client
        this.requestFactory = new HttpComponentsClientHttpRequestFactory(
                PooledHttp.client(MAX_CONNECTIONS, properties.connectTimeout(), properties.readTimeout()));
        requestFactory.setReadTimeout(properties.readTimeout());
        requestFactory.setConnectionRequestTimeout(properties.readTimeout());
        RestClient.Builder builder = RestClient.builder().requestFactory(requestFactory);
        if (properties.enabled()) {
            builder.baseUrl(properties.baseUrl());
        }
        this.http = builder.build();
    }

    @Override
    public void close() throws Exception {
        requestFactory.destroy();
    }

    /** The gateway's recipient for an identity: E.164 digits without '+', or {@code <digits>@lid} kept as is. */
    public static String recipient(String identity) {
        String trimmed = identity.strip();
        return trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    public SendResult sendMessage(String clientId, String phone, String message) {
        return send("send-message", clientId, Map.of("phone", phone, "message", message));
    }

    public SendResult sendImage(String clientId, String phone, String imageUrl, String caption) {
        return send(
                "send-image", clientId, Map.of("phone", phone, "imageUrl", imageUrl, "caption", nullToEmpty(caption)));
    }

    public SendResult sendImages(String clientId, String phone, List<Image> images) {
        List<Map<String, String>> body = images.stream()
                .map(image -> Map.of("imageUrl", image.imageUrl(), "caption", nullToEmpty(image.caption())))
                .toList();
        return send("send-images", clientId, Map.of("phone", phone, "images", body));
    }

    public NewClient createClient() {
        return call("create client", http.post().uri(CLIENTS + "/new"), NewClient.class);
    }

    public ClientState getClient(String id) {
        return call("get client", http.get().uri(CLIENTS + "/{id}", id), ClientState.class);
    }

    public void deleteClient(String id) {
        call("delete client", http.delete().uri(CLIENTS + "/{id}", id), Void.class);
    }

    public void registerCallback(String callbackUrl) {
        call(
                "register callback",
                http.post()
                        .uri("/api/v1/config")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json.writeValueAsString(Map.of("callbackUrl", callbackUrl))),
                Void.class);
    }

    /** Media the gateway announced in a webhook; a relative URL is taken as relative to the gateway. */
    public byte[] download(String fileUrl, long maxBytes) {
        String operation = "download media";
        URI uri = mediaUri(fileUrl);
        try {
            return http.get().uri(uri).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (!response.getStatusCode().is2xxSuccessful()) {
                    throw GatewayException.status(operation, status);
                }
                if (response.getHeaders().getContentLength() > maxBytes) {
                    throw GatewayException.rejected(operation, "larger than " + maxBytes + " bytes");
                }
                try (InputStream body = response.getBody()) {
                    byte[] bytes = body.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 9) + 1);
                    if (bytes.length > maxBytes) {
                        throw GatewayException.rejected(operation, "larger than " + maxBytes + " bytes");
                    }
                    return bytes;
                }
            });
        } catch (RestClientException | UncheckedIOException e) {
            throw failure(operation, e);
        }
    }

    private SendResult send(String action, String clientId, Map<String, ?> payload) {
        var request = http.post()
                .uri(CLIENTS + "/{clientId}/" + action, clientId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(payload));
        SendResponse response = call(action, request, SendResponse.class);
        if (response == null || !Boolean.TRUE.equals(response.success())) {
            // The gateway says success:false while the device is briefly disconnected, so a later try may succeed.
            throw new GatewayException(action + " failed: gateway answered success=false", true, 200, null);
        }
        log.debug("{} accepted for client {} as {}", action, clientId, response.messageId());
        return new SendResult(response.messageId());
    }

    private <T> T call(String operation, RestClient.RequestHeadersSpec<?> request, Class<T> type) {
        requireEnabled(operation);
        try {
            return request.exchange((req, response) -> {
                int status = response.getStatusCode().value();
                byte[] body;
                try (InputStream in = response.getBody()) {
                    body = in.readAllBytes();
                }
                if (!response.getStatusCode().is2xxSuccessful()) {
                    log.debug("{} answered HTTP {}", operation, status);
                    throw GatewayException.status(operation, status);
                }
                if (type == Void.class || body.length == 0) {
                    return null;
                }
                try {
                    return json.readValue(body, type);
                } catch (JacksonException e) {
                    // The request may well have taken effect, so trying again could send it twice.
                    throw new GatewayException(operation + " failed: unreadable response", false, status, e);
                }
            });
        } catch (RestClientException | UncheckedIOException e) {
            throw failure(operation, e);
        }
    }

    private GatewayException failure(String operation, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                log.debug("{} failed: {}", operation, cause.toString());
                return GatewayException.io(operation, cause);
            }
        }
        return new GatewayException(operation + " failed: " + e.getClass().getSimpleName(), false, null, e);
    }

    /**
     * Only the gateway's own origin (scheme, host and port of AIMEOW_BASE_URL): a webhook names the URL, so any other
     * would let whoever can post one make this service fetch what they choose. Nothing at all without a gateway.
     */
    private URI mediaUri(String fileUrl) {
        requireEnabled("download media");
        URI base = URI.create(properties.baseUrl() + "/");
        URI uri;
        try {
            uri = base.resolve(new URI(fileUrl.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw GatewayException.rejected("download media", "not a URL");
        }
        if (uri.getRawUserInfo() != null || !sameOrigin(base, uri)) {
            throw GatewayException.rejected("download media", "not on the gateway's origin");
        }
        return uri;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private void requireEnabled(String operation) {
        if (!properties.enabled()) {
            throw GatewayException.rejected(operation, "gateway base URL is not configured");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SendResponse(Boolean success, String messageId) {}
}
