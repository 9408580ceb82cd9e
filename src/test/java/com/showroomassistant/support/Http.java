package com.showroomassistant.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests: what a real caller would send, nothing mocked. Calls to the webhook carry the
 * webhook secret as the {@code token} query parameter, as the gateway's calls to the registered callback URL do,
 * unless the path names a token itself or the client was made without one.
 */
public class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final String webhookToken;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Http(String base) {
        this(base, null);
    }

    public Http(String base, String webhookToken) {
        this.base = base;
        this.webhookToken = webhookToken;
    }

    /** The same client as a stranger calling the webhook: no token added. */
    public Http withoutWebhookToken() {
        return new Http(base, null);
    }

    private URI uri(String path) {
        boolean webhook = path.startsWith("/api/v1/webhooks/") || path.startsWith("/api/v1/aimeow/");
        if (webhookToken == null || !webhook || path.contains("token=")) {
            return URI.create(base + path);
        }
        return URI.create(base + path + (path.contains("?") ? "&" : "?") + "token="
                + java.net.URLEncoder.encode(webhookToken, java.nio.charset.StandardCharsets.UTF_8));
    }

    public record Response(int status, String body, String contentType) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path, String bearer) {
        var builder = HttpRequest.newBuilder(uri(path)).GET();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return send(builder);
    }

    public Response post(String path, String bearer, String json) {
        return send("POST", path, bearer, json);
    }

    public Response put(String path, String bearer, String json) {
        return send("PUT", path, bearer, json);
    }

    public Response delete(String path, String bearer) {
        return send("DELETE", path, bearer, null);
    }

    public Response send(String method, String path, String bearer, String json) {
        var builder = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return send(builder);
    }

    /** A multipart/form-data POST with one file part per image, each named {@code part}. */
    public Response postFiles(String path, String bearer, String part, byte[]... files) {
        String boundary = "----showroom" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        int i = 0;
        for (byte[] file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                            + "\"; filename=\"photo" + i++ + ".jpg\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var builder = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return send(builder);
    }

    public Response getBytes(String path) {
        try {
            HttpResponse<byte[]> r = client.send(
                    HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    r.statusCode(),
                    java.util.HexFormat.of().formatHex(r.body()),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response postRaw(String path, byte[] body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r =
                    client.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
