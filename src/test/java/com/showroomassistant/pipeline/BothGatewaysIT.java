package com.showroomassistant.pipeline;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.cloudSendsTo;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.CloudPayloads;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The same customer journey through either gateway: the pipeline, the outbox and the API cannot tell Aimeow from
 * the WhatsApp Cloud API. And one instance serving a showroom on each at once.
 */
class BothGatewaysIT extends IntegrationTest {

    static final String CUSTOMER = "6281355502001";

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.graphAcceptsAll(GRAPH);
        StandIns.llmDefault(LLM);
    }

    /** A showroom on one gateway, as its customers reach it. */
    record Line(Showroom showroom, boolean cloud) {}

    Line line(String kind) {
        Showroom s = "cloud".equals(kind) ? newCloudShowroom() : newShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        var r = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Toyota","model":"Avanza","year":2019,"price":150000000,"color":"hitam","transmission":"automatic"}""");
        assertThat(r.status()).isEqualTo(201);
        r = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Honda","model":"Brio","year":2020,"price":140000000,"color":"merah"}""");
        assertThat(r.status()).isEqualTo(201);
        return new Line(s, "cloud".equals(kind));
    }

    void customerWrites(Line line, String text) {
        String id = UUID.randomUUID().toString();
        var r = line.cloud()
                ? cloudWebhook(CloudPayloads.text(line.showroom().clientId(), "wamid." + id, CUSTOMER, text))
                : http.post(
                        "/api/v1/webhooks/aimeow",
                        null,
                        aimeowText(line.showroom().clientId(), id, CUSTOMER, text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    List<String> replies(Line line) {
        String client = line.showroom().clientId();
        return line.cloud()
                ? cloudSendsTo(GRAPH, client, CUSTOMER).stream()
                        .map(m -> m.get("text").get("body").asString())
                        .toList()
                : sendsTo(GATEWAY, client, CUSTOMER).stream()
                        .map(m -> m.get("message").asString())
                        .toList();
    }

    @ParameterizedTest(name = "through {0}")
    @ValueSource(strings = {"aimeow", "cloud"})
    void aCustomerQuestionIsAnsweredFromStock(String kind) {
        Line line = line(kind);
        llmAnswers(LLM, line.showroom().name(), "Ada kak, Toyota Avanza 2019 hitam harganya Rp 150.000.000.");

        customerWrites(line, "avanza 2019 masih ada?");

        await().atMost(Duration.ofSeconds(20)).until(() -> replies(line).size() == 1);
        assertThat(replies(line).getFirst()).contains("Rp 150.000.000");
        String system = llmRequests(LLM, line.showroom().name())
                .getFirst()
                .get("messages")
                .get(0)
                .get("content")
                .asString();
        assertThat(system).contains("Toyota Avanza 2019").doesNotContain("Brio");
        JsonNode stored = customerMessages(line.showroom(), CUSTOMER);
        assertThat(stored.get(0).get("content").asString()).isEqualTo("avanza 2019 masih ada?");
        assertThat(stored.get(1).get("senderType").asString()).isEqualTo("ai");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "sent"
                        .equals(customerMessages(line.showroom(), CUSTOMER)
                                .get(1)
                                .get("state")
                                .asString()));
    }

    @Test
    void oneInstanceAnswersAnAimeowAndACloudShowroomAndTicksTheCloudReply() {
        Line aimeow = line("aimeow");
        Line cloud = line("cloud");
        llmAnswers(LLM, aimeow.showroom().name(), "Halo kak, dari showroom Aimeow.");
        llmAnswers(LLM, cloud.showroom().name(), "Halo kak, dari showroom Cloud.");

        customerWrites(aimeow, "halo");
        customerWrites(cloud, "halo");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> replies(aimeow).size() == 1 && replies(cloud).size() == 1);
        assertThat(replies(aimeow)).containsExactly("Halo kak, dari showroom Aimeow.");
        assertThat(replies(cloud)).containsExactly("Halo kak, dari showroom Cloud.");
        // neither gateway was asked to send the other's reply
        assertThat(cloudSendsTo(GRAPH, aimeow.showroom().clientId(), CUSTOMER)).isEmpty();
        assertThat(sendsTo(GATEWAY, cloud.showroom().clientId(), CUSTOMER)).isEmpty();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> customerMessages(cloud.showroom(), CUSTOMER)
                        .get(1)
                        .get("aimeowMessageId")
                        .isString());
        String wamid = customerMessages(cloud.showroom(), CUSTOMER)
                .get(1)
                .get("aimeowMessageId")
                .asString();
        cloudWebhook(CloudPayloads.status(cloud.showroom().clientId(), wamid, CUSTOMER, "delivered"));
        assertThat(customerMessages(cloud.showroom(), CUSTOMER)
                        .get(1)
                        .get("aimeowStatus")
                        .asString())
                .isEqualTo("delivered");
        cloudWebhook(CloudPayloads.status(cloud.showroom().clientId(), wamid, CUSTOMER, "read"));
        assertThat(customerMessages(cloud.showroom(), CUSTOMER)
                        .get(1)
                        .get("aimeowStatus")
                        .asString())
                .isEqualTo("read");
        // an Aimeow call naming the cloud number finds no Aimeow account
        assertThat(http.post(
                                "/api/v1/webhooks/aimeow",
                                null,
                                aimeowText(cloud.showroom().clientId(), "X1", CUSTOMER, "halo"))
                        .status())
                .isEqualTo(404);
    }
}
