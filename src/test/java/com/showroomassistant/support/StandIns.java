package com.showroomassistant.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Programs the stand-in gateway and LLM, and reads back what they received. */
public final class StandIns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StandIns() {}

    /** A gateway that accepts every send and answers a fresh message id. */
    public static void gatewayAcceptsAll(WireMockServer gateway) {
        gateway.stubFor(post(urlPathMatching("/api/v1/clients/.*/send-(message|image|images)"))
                .atPriority(10)
                .willReturn(okJson("{\"success\":true,\"messageId\":\"{{randomValue type='UUID'}}\"}")
                        .withTransformers("response-template")));
    }

    /** An LLM that answers every request for this showroom with the given text. */
    public static void llmAnswers(WireMockServer llm, String showroomName, String content) {
        llm.stubFor(post(anyUrl())
                .withRequestBody(containing(showroomName))
                .atPriority(5)
                .willReturn(okJson(completion(content))));
    }

    /** A tool-capable LLM: it answers this showroom with the text (may be empty) and asks for one tool. */
    public static void llmCallsTool(
            WireMockServer llm, String showroomName, String content, String tool, String arguments) {
        var call = JSON.createObjectNode().put("id", "call_1").put("type", "function");
        call.putObject("function").put("name", tool).put("arguments", arguments);
        var message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        message.putArray("tool_calls").add(call);
        llm.stubFor(post(anyUrl())
                .withRequestBody(containing(showroomName))
                .atPriority(5)
                .willReturn(okJson(JSON.writeValueAsString(JSON.createObjectNode()
                        .put("id", "chatcmpl-2")
                        .put("model", "glm-4.6")
                        .set(
                                "choices",
                                JSON.createArrayNode()
                                        .add(JSON.createObjectNode()
                                                .put("index", 0)
                                                .put("finish_reason", "tool_calls")
                                                .set("message", message)))))));
    }

    public static String completion(String content) {
        return JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("model", "glm-4.6")
                .set(
                        "choices",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode()
                                        .put("index", 0)
                                        .put("finish_reason", "stop")
                                        .set(
                                                "message",
                                                JSON.createObjectNode()
                                                        .put("role", "assistant")
                                                        .put("content", content)))));
    }

    public static void llmDefault(WireMockServer llm) {
        llm.stubFor(post(anyUrl())
                .atPriority(100)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(completion("Halo kak, ada yang bisa dibantu?"))));
    }

    /** The texts the gateway was asked to send for this client, in arrival order. */
    public static List<JsonNode> sends(WireMockServer gateway, String clientId) {
        return gateway
                .findAll(postRequestedFor(urlPathEqualTo("/api/v1/clients/" + clientId + "/send-message")))
                .stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> JSON.readTree(r.getBodyAsString()))
                .toList();
    }

    /** A text the gateway was asked to send, and when the request reached it. */
    public record Sent(String phone, String message, java.time.Instant at) {}

    /** The texts the gateway was asked to send for this client, with when each request arrived, in arrival order. */
    public static List<Sent> sentWithTimes(WireMockServer gateway, String clientId) {
        return gateway
                .findAll(postRequestedFor(urlPathEqualTo("/api/v1/clients/" + clientId + "/send-message")))
                .stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> {
                    JsonNode body = JSON.readTree(r.getBodyAsString());
                    return new Sent(
                            body.get("phone").asString(),
                            body.get("message").asString(),
                            r.getLoggedDate().toInstant());
                })
                .toList();
    }

    public static List<JsonNode> sendsTo(WireMockServer gateway, String clientId, String phone) {
        return sends(gateway, clientId).stream()
                .filter(s -> s.get("phone").asString().equals(phone))
                .toList();
    }

    /** The chat requests the LLM received that concern this showroom. */
    public static List<JsonNode> llmRequests(WireMockServer llm, String showroomName) {
        return llm.findAll(postRequestedFor(urlPathEqualTo("/api/paas/v4/chat/completions"))).stream()
                .filter(r -> r.getBodyAsString().contains(showroomName))
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> JSON.readTree(r.getBodyAsString()))
                .toList();
    }

    /**
     * A Graph API that accepts every WhatsApp Cloud API send and answers a fresh wamid, shaped as Meta documents it
     * ({@code {"messaging_product","contacts":[{"input","wa_id"}],"messages":[{"id"}]}}).
     */
    public static void graphAcceptsAll(WireMockServer graph) {
        graph.stubFor(post(urlPathMatching("/v21.0/[0-9]+/messages"))
                .atPriority(10)
                .willReturn(okJson(
                                "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"{{jsonPath request.body '$.to'}}\","
                                        + "\"wa_id\":\"{{jsonPath request.body '$.to'}}\"}],"
                                        + "\"messages\":[{\"id\":\"wamid.{{randomValue length=24 type='ALPHANUMERIC'}}\"}]}")
                        .withTransformers("response-template")));
    }

    /** The message objects the Graph API was asked to send from this phone-number id to this number, in order. */
    public static List<JsonNode> cloudSendsTo(WireMockServer graph, String phoneNumberId, String to) {
        return graph.findAll(postRequestedFor(urlPathEqualTo("/v21.0/" + phoneNumberId + "/messages"))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> JSON.readTree(r.getBodyAsString()))
                .filter(b -> b.path("to").asString("").equals(to))
                .toList();
    }
}
