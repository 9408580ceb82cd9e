package com.showroomassistant.staff;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sends;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A showroom with several salespeople: each escalation reaches one of them (round-robin, away staff skipped), claims
 * and reassignments move ownership, and an unanswered escalation is told to the others once. Asserted on what the
 * gateway was asked to send.
 */
@TestPropertySource(
        properties = {"showroom.assignment.unanswered-after=3s", "showroom.assignment.check-interval=300ms"})
class AssignmentIT extends IntegrationTest {

    static final String ANDI = "6281200000101";
    static final String BUDI = "6281200000102";
    static final String CITRA = "6281200000103";
    static final String ESCALATION = "Percakapan perlu staff";
    static final String UNANSWERED = "Belum dibalas";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnansweredEscalations unanswered;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    @Test
    void eachEscalationReachesOneSalespersonInTurnSkippingThoseAway() {
        Showroom s = team();
        long citra = staffId(s, CITRA);
        assertThat(http.put("/api/v1/whatsapp-ai/staff/" + citra, s.apiKey(), """
                        {"phoneNumber":"+%s","name":"Citra","isAway":true}""".formatted(CITRA))
                        .json()
                        .get("isAway")
                        .asBoolean())
                .isTrue();

        List<String> customers = List.of("6281300000201", "6281300000202", "6281300000203", "6281300000204");
        for (String customer : customers) {
            say(s, customer, "saya mau bicara dengan sales");
            await().until(() -> escalationNotices(s, customer).size() == 1);
        }

        Map<String, Long> byStaff = customers.stream()
                .map(c -> escalationNotices(s, c).getFirst().get("phone").asString())
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(byStaff).containsOnly(Map.entry(ANDI, 2L), Map.entry(BUDI, 2L));
        assertThat(escalationNotices(s, customers.getFirst())
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("Untuk Anda. Alihkan: /alihkan " + customers.getFirst());

        // the owner keeps a conversation that escalates again, and is told again
        String first = customers.getFirst();
        String owner = escalationNotices(s, first).getFirst().get("phone").asString();
        String view = http.get("/api/v1/whatsapp-ai/conversations/" + conversationId(s, first), s.apiKey())
                .body();
        assertThat(view).contains("\"assigneeName\":\"" + (owner.equals(ANDI) ? "Andi" : "Budi") + "\"");
        jdbc.sql("update conversation set status = 'active', escalated_at = null where tenant_id = ?")
                .param(s.tenantId())
                .update();
        say(s, first, "tolong sambungkan ke sales lagi ya, saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, first).size() == 2);
        assertThat(escalationNotices(s, first))
                .allMatch(n -> n.get("phone").asString().equals(owner));
    }

    /** An owner who is away keeps the conversation, but the colleagues on duty are the ones told it escalated. */
    @Test
    void anAwayOwnersEscalationReachesTheColleaguesOnDuty() {
        Showroom s = team();
        String customer = "6281300000211";
        say(s, customer, "saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, customer).size() == 1);
        long owner = ownerId(s, customer);
        String ownerPhone = phoneOf(s, owner);
        assertThat(http.put("/api/v1/whatsapp-ai/staff/" + owner, s.apiKey(), """
                        {"phoneNumber":"+%s","isAway":true}""".formatted(ownerPhone))
                        .status())
                .isEqualTo(200);

        jdbc.sql("update conversation set status = 'active', escalated_at = null where tenant_id = ?")
                .param(s.tenantId())
                .update();
        say(s, customer, "halo? saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, customer).size() == 3);

        assertThat(escalationNotices(s, customer).stream()
                        .skip(1)
                        .map(n -> n.get("phone").asString()))
                .as("everyone on duty, not the owner who is away")
                .containsExactlyInAnyOrderElementsOf(List.of(ANDI, BUDI, CITRA).stream()
                        .filter(p -> !p.equals(ownerPhone))
                        .toList());
        assertThat(escalationNotices(s, customer).getLast().get("message").asString())
                .as("standing in, not theirs")
                .doesNotContain("Untuk Anda");
        assertThat(ownerId(s, customer)).as("the owner keeps it").isEqualTo(owner);

        // a blank name reads as the phone, in the API as on WhatsApp (one definition of a staff member's label)
        jdbc.sql("update staff_phone set name = '  ' where id = ?").param(owner).update();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + conversationId(s, customer), s.apiKey())
                        .json()
                        .get("assigneeName")
                        .asString())
                .isEqualTo("+" + ownerPhone);
    }

    @Test
    void concurrentEscalationsGetOneOwnerEachAndAFairShare() throws Exception {
        Showroom s = team();
        int n = 24;
        List<String> customers = IntStream.range(0, n)
                .mapToObj(i -> "62813000003" + String.format("%02d", i))
                .toList();
        parallel(customers.stream()
                .<Callable<Object>>map(c -> () -> {
                    say(s, c, "saya mau bicara dengan sales");
                    return null;
                })
                .toList());

        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        customers.stream().allMatch(c -> escalationNotices(s, c).size() == 1));
        Map<String, Long> byStaff = customers.stream()
                .map(c -> escalationNotices(s, c).getFirst().get("phone").asString())
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(byStaff.values()).containsOnly((long) n / 3);
        List<Long> owners = jdbc.sql("select assignee_staff_id from conversation where tenant_id = ? and not is_staff")
                .param(s.tenantId())
                .query(Long.class)
                .list();
        assertThat(owners).hasSize(n).doesNotContainNull();
        // every notice went to the conversation's recorded owner
        for (String c : customers) {
            assertThat(escalationNotices(s, c).getFirst().get("phone").asString())
                    .isEqualTo(phoneOf(s, ownerId(s, c)));
        }
    }

    @Test
    void twoStaffClaimingAtOnceOneOwnsItTheOtherIsToldWho() throws Exception {
        Showroom s = team();
        String customer = "6281300000401";
        say(s, customer, "halo");
        await().until(() -> !sendsTo(GATEWAY, s.clientId(), customer).isEmpty());
        assertThat(ownerId(s, customer)).isNull();

        parallel(List.of(
                () -> {
                    say(s, ANDI, "/ambil " + customer);
                    return null;
                },
                () -> {
                    say(s, BUDI, "/ambil " + customer);
                    return null;
                }));

        await().until(() -> !sendsTo(GATEWAY, s.clientId(), ANDI).isEmpty()
                && !sendsTo(GATEWAY, s.clientId(), BUDI).isEmpty());
        String andi =
                sendsTo(GATEWAY, s.clientId(), ANDI).getLast().get("message").asString();
        String budi =
                sendsTo(GATEWAY, s.clientId(), BUDI).getLast().get("message").asString();
        boolean andiWon = andi.contains("sekarang milik Anda");
        assertThat(andiWon ? budi : andi).contains("sudah diambil oleh " + (andiWon ? "Andi" : "Budi"));
        assertThat(andiWon ? andi : budi).contains("sekarang milik Anda");
        assertThat(ownerId(s, customer)).isEqualTo(staffId(s, andiWon ? ANDI : BUDI));
    }

    @Test
    void anUnansweredEscalationIsToldToTheOthersOnce() {
        Showroom s = team();
        String customer = "6281300000501";
        say(s, customer, "saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, customer).size() == 1);
        String owner = escalationNotices(s, customer).getFirst().get("phone").asString();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> unansweredNotices(s, customer).size() == 2);
        unanswered.tellOthers(); // another check, as a second instance would run it
        assertThat(unansweredNotices(s, customer))
                .extracting(n -> n.get("phone").asString())
                .containsExactlyInAnyOrderElementsOf(List.of(ANDI, BUDI, CITRA).stream()
                        .filter(p -> !p.equals(owner))
                        .toList())
                .doesNotContain(owner);
        assertThat(unansweredNotices(s, customer).getFirst().get("message").asString())
                .contains("/ambil " + customer);

        // the others may now take it over; the first to claim owns it
        String other = List.of(ANDI, BUDI, CITRA).stream()
                .filter(p -> !p.equals(owner))
                .findFirst()
                .orElseThrow();
        say(s, other, "/ambil " + customer);
        await().until(() -> sendsTo(GATEWAY, s.clientId(), other).stream()
                .anyMatch(m -> m.get("message").asString().contains("sekarang milik Anda")));
        assertThat(ownerId(s, customer)).isEqualTo(staffId(s, other));
    }

    @Test
    void anAnsweredEscalationIsNotToldToTheOthers() {
        Showroom s = team();
        String customer = "6281300000601";
        say(s, customer, "saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, customer).size() == 1);
        String owner = escalationNotices(s, customer).getFirst().get("phone").asString();
        say(s, owner, "/reply " + customer + " Halo kak, saya bantu ya");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), customer).stream()
                .anyMatch(m -> m.get("message").asString().contains("saya bantu")));
        Long replier = jdbc.sql("select staff_id from message where tenant_id = ? and sender_type = 'human'")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        assertThat(replier).isEqualTo(staffId(s, owner));

        jdbc.sql("update conversation set escalated_at = escalated_at - interval '1' hour,"
                        + " assigned_at = assigned_at - interval '1' hour where tenant_id = ?")
                .param(s.tenantId())
                .update();
        unanswered.tellOthers();
        assertThat(unansweredNotices(s, customer)).isEmpty();
    }

    @Test
    void staffAndTheApiReassignAndTheNewOwnerIsTold() {
        Showroom s = team();
        String customer = "6281300000701";
        say(s, customer, "saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, customer).size() == 1);
        String owner = escalationNotices(s, customer).getFirst().get("phone").asString();
        String to = owner.equals(CITRA) ? ANDI : CITRA;
        String toName = to.equals(CITRA) ? "citra" : "andi";

        say(s, owner, "/alihkan " + customer + " " + toName);
        await().until(() -> sendsTo(GATEWAY, s.clientId(), to).stream()
                .anyMatch(m -> m.get("message").asString().contains("dialihkan ke Anda")));
        assertThat(ownerId(s, customer)).isEqualTo(staffId(s, to));
        await().until(() -> sendsTo(GATEWAY, s.clientId(), owner).stream()
                .anyMatch(m -> m.get("message").asString().contains("dialihkan ke")));

        long id = conversationId(s, customer);
        var put = http.put(
                "/api/v1/whatsapp-ai/conversations/" + id + "/assignee",
                s.apiKey(),
                "{\"staffId\":" + staffId(s, BUDI) + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("assigneeName").asString()).isEqualTo("Budi");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), BUDI).stream()
                .anyMatch(m -> m.get("message").asString().contains("dialihkan ke Anda")));

        assertThat(http.put("/api/v1/whatsapp-ai/conversations/" + id + "/assignee", s.apiKey(), "{}")
                        .status())
                .isEqualTo(400);
        Showroom other = team();
        assertThat(http.put(
                                "/api/v1/whatsapp-ai/conversations/" + id + "/assignee",
                                s.apiKey(),
                                "{\"staffId\":" + staffId(other, ANDI) + "}")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?assignee=" + staffId(s, BUDI), s.apiKey())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?assignee=none", s.apiKey())
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?assignee=x", s.apiKey())
                        .status())
                .isEqualTo(400);
        // waiting for staff: escalated, no human reply since; the /alihkan chat of the old owner is no escalation
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?waitingMinutes=0", s.apiKey())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?waitingMinutes=60", s.apiKey())
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?waitingMinutes=-1", s.apiKey())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aShowroomWithOneStaffMemberSeesNoChange() {
        Showroom s = showroomWithStaff("+" + ANDI, config -> {});
        String customer = "6281300000801";
        say(s, customer, "saya mau bicara dengan sales");
        await().until(() -> escalationNotices(s, customer).size() == 1);
        String notice = escalationNotices(s, customer).getFirst().get("message").asString();
        assertThat(notice).endsWith("Selesai: /done " + customer).doesNotContain("/alihkan");

        jdbc.sql("update conversation set escalated_at = escalated_at - interval '1' hour,"
                        + " assigned_at = assigned_at - interval '1' hour where tenant_id = ?")
                .param(s.tenantId())
                .update();
        unanswered.tellOthers();
        assertThat(sends(GATEWAY, s.clientId()))
                .noneMatch(m -> m.get("message").asString().contains(UNANSWERED));
    }

    @Test
    void staffMarkThemselvesAwayAndBack() {
        Showroom s = team();
        say(s, CITRA, "/away");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), CITRA).stream()
                .anyMatch(m -> m.get("message").asString().contains("away")));
        assertThat(http.get("/api/v1/whatsapp-ai/staff/" + staffId(s, CITRA), s.apiKey())
                        .json()
                        .get("isAway")
                        .asBoolean())
                .isTrue();
        say(s, CITRA, "/aktif");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), CITRA).stream()
                .anyMatch(m -> m.get("message").asString().contains("Status Anda: aktif")));
        assertThat(http.get("/api/v1/whatsapp-ai/staff/" + staffId(s, CITRA), s.apiKey())
                        .json()
                        .get("isAway")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aNewLeadGoesToOneSalespersonAndTheFiguresCountTheirWork() {
        Showroom s = team();
        String customer = "6281300000901";
        var car = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Toyota","model":"Avanza","year":2019,"price":150000000,"color":"hitam","plateNumber":"B1234XYZ"}""");
        assertThat(car.status()).as(car.body()).isEqualTo(201);
        say(s, customer, "avanza 2019 masih ada?");
        await().until(() ->
                http.get("/api/v1/leads", s.apiKey()).json().get("total").asLong() == 1);
        JsonNode lead =
                http.get("/api/v1/leads", s.apiKey()).json().get("items").get(0);
        Long owner = ownerId(s, customer);
        assertThat(owner).isNotNull();
        assertThat(lead.get("ownerId").asLong()).isEqualTo(owner);
        String ownerPhone = phoneOf(s, owner);
        String ownerName = Map.of(ANDI, "Andi", BUDI, "Budi", CITRA, "Citra").get(ownerPhone);
        assertThat(lead.get("ownerName").asString()).isEqualTo(ownerName);
        // nobody is told of a new lead: only an escalation notifies
        assertThat(escalationNotices(s, customer)).isEmpty();

        say(s, ownerPhone, "/reply " + customer + " Masih ada kak, mau lihat unitnya?");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), customer).stream()
                .anyMatch(m -> m.get("message").asString().contains("mau lihat unitnya")));
        say(s, ownerPhone, "/stats");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), ownerPhone).stream()
                .anyMatch(m -> m.get("message").asString().contains("Per sales")));
        String stats = sendsTo(GATEWAY, s.clientId(), ownerPhone).stream()
                .map(m -> m.get("message").asString())
                .filter(m -> m.contains("Per sales"))
                .findFirst()
                .orElseThrow();
        assertThat(stats).contains(ownerName + ": 1 · 1 · 0 · 0");
    }

    /** A showroom answering at once, with three salespeople: Andi, Budi and Citra. */
    Showroom team() {
        Showroom s = showroomWithStaff("+" + ANDI, config -> {});
        jdbc.sql("update staff_phone set name = 'Andi' where tenant_id = ?")
                .param(s.tenantId())
                .update();
        for (var m : Map.of(BUDI, "Budi", CITRA, "Citra").entrySet()) {
            var r = http.post(
                    "/api/v1/whatsapp-ai/staff",
                    s.apiKey(),
                    "{\"phoneNumber\":\"+" + m.getKey() + "\",\"name\":\"" + m.getValue() + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return s;
    }

    void say(Showroom s, String from, String text) {
        var r = http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), from, text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static List<JsonNode> escalationNotices(Showroom s, String customer) {
        return notices(s, customer, ESCALATION);
    }

    static List<JsonNode> unansweredNotices(Showroom s, String customer) {
        return notices(s, customer, UNANSWERED);
    }

    private static List<JsonNode> notices(Showroom s, String customer, String kind) {
        return sends(GATEWAY, s.clientId()).stream()
                .filter(m -> m.get("message").asString().contains(kind)
                        && m.get("message").asString().contains("(" + customer + ")"))
                .toList();
    }

    long staffId(Showroom s, String phone) {
        return jdbc.sql("select id from staff_phone where tenant_id = ? and phone_number = ?")
                .params(s.tenantId(), phone)
                .query(Long.class)
                .single();
    }

    String phoneOf(Showroom s, Long staffId) {
        return jdbc.sql("select phone_number from staff_phone where tenant_id = ? and id = ?")
                .params(s.tenantId(), staffId)
                .query(String.class)
                .single();
    }

    Long ownerId(Showroom s, String customer) {
        long id = jdbc.sql("select coalesce(assignee_staff_id, -1) from conversation"
                        + " where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), customer)
                .query(Long.class)
                .single();
        return id < 0 ? null : id;
    }

    /** Runs the tasks at once, each on its own thread, released together. */
    static void parallel(List<Callable<Object>> tasks) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(Math.min(tasks.size(), 12))) {
            List<java.util.concurrent.Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> t : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get();
            }
        }
    }
}
