package com.showroomassistant.gateway;

import com.showroomassistant.shared.PooledHttp;
import com.showroomassistant.tenant.CloudCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to Meta's Graph API for the WhatsApp Cloud API, each with the account's bearer token and tried once (the
 * outbox retries): {@code POST /{phone-number-id}/messages}, {@code GET /{media-id}} then its URL, and
 * {@code GET /{phone-number-id}}. Errors are mapped by {@link GatewayException#cloud}; tokens are never logged.
 */
@Component
class CloudApiClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CloudApiClient.class);
    private static final int MAX_CONNECTIONS = 200;

    private final CloudApiProperties properties;
    private final HttpComponentsClientHttpRequestFactory requestFactory;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    CloudApiClient(CloudApiProperties properties) {
        this.properties = properties;
        this.requestFactory = new HttpComponentsClientHttpRequestFactory(
                PooledHttp.client(MAX_CONNECTIONS, properties.connectTimeout(), properties.readTimeout()));
        requestFactory.setReadTimeout(properties.readTimeout());
        requestFactory.setConnectionRequestTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requestFactory).build();
    }

    @Override
    public void close() {
        try {
            requestFactory.destroy();
        } catch (Exception e) {
            log.debug("closing the Cloud API client: {}", e.toString());
        }
    }

    /** Posts a message object ({@code messaging_product} is added) and answers the {@code wamid} WhatsApp gave it. */
    String sendMessage(CloudCredentials account, JsonNode message) {
        String operation = "cloud send";
        var body = json.createObjectNode().put("messaging_product", "whatsapp");
        body.setAll((tools.jackson.databind.node.ObjectNode) message);
        JsonNode answer = call(
                operation,
                account,
                http.post()
                        .uri(URI.create(properties.baseUrl() + "/" + account.phoneNumberId() + "/messages"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json.writeValueAsString(body)));
        JsonNode id = answer.path("messages").path(0).path("id");
        if (!id.isString() || id.stringValue().isBlank()) {
            // accepted, but no id to match statuses to: not an error worth sending twice
            log.warn("{} answered without a message id", operation);
            return null;
        }
        return id.stringValue();
    }

    /** A media object's bytes: its URL from {@code GET /{media-id}}, then that URL with the same token. */
    byte[] download(CloudCredentials account, String mediaId, long maxBytes) {
        if (!mediaId.matches("[0-9A-Za-z_.-]{1,128}")) {
            throw GatewayException.rejected("cloud media", "not a media id");
        }
        JsonNode media = call("cloud media", account, http.get().uri(URI.create(properties.baseUrl() + "/" + mediaId)));
        if (media.path("file_size").asLong(0) > maxBytes) {
            throw GatewayException.rejected("cloud media", "larger than " + maxBytes + " bytes");
        }
        String url = media.path("url").asString("");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw GatewayException.rejected("cloud media", "no media URL");
        }
        if (!mediaUrlAllowed(uri, properties.baseUrl())) {
            throw GatewayException.rejected("cloud media", "the media URL is not https");
        }
        String operation = "cloud media download";
        try {
            return http.get()
                    .uri(uri)
                    .header("Authorization", "Bearer " + account.accessToken())
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw GatewayException.cloud(operation, status, null, null);
                        }
                        try (InputStream in = response.getBody()) {
                            byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 9) + 1);
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

    /**
     * Whether the bearer token may go to this media URL: only over https, unless the Graph API itself is configured
     * over plain http (a local stand-in), and then only to that same host and port.
     */
    static boolean mediaUrlAllowed(URI media, String baseUrl) {
        if (media.getHost() == null) {
            return false;
        }
        if ("https".equalsIgnoreCase(media.getScheme())) {
            return true;
        }
        URI base = URI.create(baseUrl);
        return "http".equalsIgnoreCase(media.getScheme())
                && "http".equalsIgnoreCase(base.getScheme())
                && media.getHost().equalsIgnoreCase(base.getHost())
                && media.getPort() == base.getPort();
    }

    /** The phone number as WhatsApp knows it: {@code display_phone_number}, {@code verified_name}. */
    JsonNode phoneNumber(CloudCredentials account) {
        return call(
                "cloud phone number",
                account,
                http.get()
                        .uri(URI.create(properties.baseUrl() + "/" + account.phoneNumberId()
                                + "?fields=display_phone_number,verified_name,quality_rating")));
    }

    private JsonNode call(String operation, CloudCredentials account, RestClient.RequestHeadersSpec<?> request) {
        try {
            return request.header("Authorization", "Bearer " + account.accessToken())
                    .exchange((req, response) -> {
                        int status = response.getStatusCode().value();
                        byte[] body;
                        try (InputStream in = response.getBody()) {
                            body = in.readAllBytes();
                        }
                        JsonNode parsed = parse(body);
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            JsonNode error = parsed.path("error");
                            Integer code = error.path("code").isNumber()
                                    ? error.path("code").intValue()
                                    : null;
                            String detail =
                                    error.path("error_data").path("details").asString(null);
                            if (detail == null) {
                                detail = error.path("message").asString(null);
                            }
                            log.debug("{} answered HTTP {} code {}", operation, status, code);
                            throw GatewayException.cloud(operation, status, code, detail);
                        }
                        return parsed;
                    });
        } catch (RestClientException | UncheckedIOException e) {
            throw failure(operation, e);
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    private static GatewayException failure(String operation, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return GatewayException.io(operation, cause);
            }
        }
        return new GatewayException(operation + " failed: " + e.getClass().getSimpleName(), false, null, e);
    }
}
