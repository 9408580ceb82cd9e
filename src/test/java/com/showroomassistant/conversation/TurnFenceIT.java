package com.showroomassistant.conversation;

import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A turn's completion is fenced: it writes nothing once another holder has the conversation, and it drops its
 * customer replies when a human took over while it was deciding. No worker runs here; the test holds the lease.
 */
@TestPropertySource(properties = "showroom.pipeline.enabled=false")
class TurnFenceIT extends IntegrationTest {

    @Autowired
    Turns turns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTurnWhoseLeaseWasTakenOverWritesNothing() {
        Showroom s = newShowroom();
        Turn turn = claimedTurn(s, "F1", "6281250000001", "owner-a");
        // the lease ran out and another instance claimed the conversation
        jdbc.sql("update conversation set lease_owner = 'owner-b' where id = ?")
                .param(turn.conversationId())
                .update();

        var queued = completeAsOwnerA(turn);

        assertThat(queued).isEmpty();
        assertThat(states(turn.conversationId())).containsExactly("inbound:pending");
        assertThat(owner(turn.conversationId())).isEqualTo("owner-b");
    }

    @Test
    void aHumanTakeoverDuringTheTurnKeepsTheMessagesDoneAndDropsTheReply() {
        Showroom s = newShowroom();
        Turn turn = claimedTurn(s, "F2", "6281250000002", "owner-a");
        jdbc.sql("update conversation set human_active_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), turn.conversationId())
                .update();

        var queued = completeAsOwnerA(turn);

        assertThat(queued).isPresent();
        assertThat(queued.get().leased()).isEmpty();
        assertThat(states(turn.conversationId())).containsExactly("inbound:done");
        assertThat(owner(turn.conversationId())).isEqualTo("released");
    }

    @Test
    void anUndisturbedTurnStoresItsReplyLeasedForSending() {
        Showroom s = newShowroom();
        Turn turn = claimedTurn(s, "F3", "6281250000003", "owner-a");

        var queued = completeAsOwnerA(turn);

        assertThat(queued).isPresent();
        assertThat(queued.get().leased())
                .singleElement()
                .satisfies(m -> assertThat(m.content()).isEqualTo("Ada kak"));
        assertThat(states(turn.conversationId())).containsExactly("inbound:done", "outbound:pending");
        assertThat(owner(turn.conversationId())).isEqualTo("released");
    }

    @Test
    void aBurstKeepsEachMessagesClassification() {
        Showroom s = newShowroom();
        Turn turn = claimedTurn(s, "F4", "6281250000004", "owner-a", "halo", "avanza 2019 ada?");
        var outcome = answered(
                turn,
                null,
                7,
                new TurnOutcome.Classified(turn.messages().get(0).id(), "greeting", 0.8, null),
                new TurnOutcome.Classified(
                        turn.messages().get(1).id(), "customer_vehicle_inquiry", 0.9, "{\"model\":\"Avanza\"}"));

        var queued = completeAsOwnerA(turn, outcome);

        assertThat(queued).isPresent();
        assertThat(queued.get().leased()).hasSize(1);
        assertThat(jdbc.sql("""
                select intent || '|' || confidence || '|' || coalesce(entities, '-') || '|' || turn_size || '|' || processing_ms
                  from message where conversation_id = ? and direction = 'inbound' order by id""")
                        .param(turn.conversationId())
                        .query(String.class)
                        .list())
                .containsExactly("greeting|0.8|-|2|7", "customer_vehicle_inquiry|0.9|{\"model\":\"Avanza\"}|2|7");
    }

    @Test
    void aReplyWaitsBehindAnEarlierUnsentMessageOfTheConversation() {
        Showroom s = newShowroom();
        Turn turn = claimedTurn(s, "F5", "6281250000005", "owner-a");
        // a reminder queued for the customer, not sent yet
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state, recipient)
                select tenant_id, account_id, id, 'outbound', 'system', 'Pengingat', 'pending', customer_identity
                  from conversation where id = ?""").param(turn.conversationId()).update();

        var queued = completeAsOwnerA(turn);

        assertThat(queued).isPresent();
        assertThat(queued.get().leased()).isEmpty();
        assertThat(queued.get().others()).isTrue();
        assertThat(states(turn.conversationId()))
                .containsExactly("inbound:done", "outbound:pending", "outbound:pending");
        assertThat(jdbc.sql("select count(*) from message where conversation_id = ? and lease_until is not null")
                        .param(turn.conversationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Turn claimedTurn(Showroom s, String messageId, String phone, String owner) {
        return claimedTurn(s, messageId, phone, owner, "avanza ada?");
    }

    private Turn claimedTurn(Showroom s, String messageId, String phone, String owner, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), messageId + "-" + i, phone, texts[i]));
        }
        long conversation = jdbc.sql("select id from conversation where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), phone)
                .query(Long.class)
                .single();
        // due now, whatever the showroom's debounce
        jdbc.sql("update conversation set work_due_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), conversation)
                .update();
        Turn turn = turns.claim(new Turns.Lease(conversation, owner), Instant.now(), Duration.ofSeconds(55), 10)
                .orElseThrow();
        assertThat(turn.messages()).hasSize(texts.length);
        return turn;
    }

    /** The holder's completion of the turn, with a classified message and one reply. */
    private Optional<RepliesQueued> completeAsOwnerA(Turn turn) {
        return completeAsOwnerA(turn, answered(turn));
    }

    private Optional<RepliesQueued> completeAsOwnerA(Turn turn, TurnOutcome outcome) {
        return turns.complete(new Turns.Lease(turn.conversationId(), "owner-a"), turn, outcome, Instant.now());
    }

    private static TurnOutcome answered(Turn turn) {
        var message = turn.messages().getFirst();
        return answered(
                turn,
                "customer_vehicle_inquiry",
                0,
                new TurnOutcome.Classified(message.id(), "customer_vehicle_inquiry", 0.9, "{}"));
    }

    /** The messages classified and one reply, "Ada kak"; nothing else of the conversation changes. */
    private static TurnOutcome answered(
            Turn turn, String lastIntent, int processingMs, TurnOutcome.Classified... classified) {
        var reply = new TurnOutcome.Reply(turn.customer(), turn.conversationId(), "ai", "Ada kak", List.of());
        return new TurnOutcome(
                List.of(classified),
                List.of(reply),
                lastIntent,
                null,
                null,
                null,
                null,
                false,
                false,
                processingMs,
                List.of());
    }

    private List<String> states(long conversation) {
        return jdbc.sql("select direction || ':' || state from message where conversation_id = ? order by id")
                .param(conversation)
                .query(String.class)
                .list();
    }

    /** The lease's holder, or "released". */
    private String owner(long conversation) {
        return jdbc.sql("select coalesce(lease_owner, 'released') from conversation where id = ?")
                .param(conversation)
                .query(String.class)
                .single();
    }
}
