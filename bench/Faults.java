// Fault suite: `java bench/Faults.java [instances=1|3] [messages=5000] [customers=300]` after
// `./mvnw -DskipTests package`. Sends messages with 30% duplicate deliveries (some concurrent) while the
// stand-in LLM fails 10% of calls and the stand-in gateway 10% of sends, SIGKILLs an app instance twice
// and restarts it, then checks the database and the gateway's log: nothing lost, nothing answered twice,
// order kept per conversation, nothing stuck. `dbRestart=20` also stops PostgreSQL for 20 s from 2/5 of the way
// (pg_ctlcluster, so run it as root on a machine whose database nothing else is using) while messages keep coming.
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.regex.*;

public class Faults {

    static final Map<String, String> opt = new HashMap<>(Map.of(
            "instances",
            "1",
            "messages",
            "5000",
            "customers",
            "300",
            "rate",
            "100",
            "pg",
            "jdbc:postgresql://127.0.0.1:5432/test",
            "pgUser",
            "postgres"));
    static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    static final Random random = new Random(7);
    static final AtomicLong gatewayOk = new AtomicLong(),
            gatewayFailed = new AtomicLong(),
            gatewayOther = new AtomicLong(),
            llmFailed = new AtomicLong(),
            llmOk = new AtomicLong();
    static final Map<String, Integer> deliveredReplies = new ConcurrentHashMap<>();
    static final java.util.regex.Pattern REPLY_NUMBER = java.util.regex.Pattern.compile("#(\\d+)");
    static String schema;

    public static void main(String[] args) throws Exception {
        for (String a : args)
            if (a.contains("=")) opt.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        int instances = Integer.parseInt(opt.get("instances"));
        int messages = Integer.parseInt(opt.get("messages"));
        int customers = Integer.parseInt(opt.get("customers"));
        HttpServer llm = llm();
        HttpServer gateway = gateway();
        schema = "faults_" + Long.toHexString(System.nanoTime());
        List<Process> apps = new ArrayList<>();
        for (int i = 0; i < instances; i++) apps.add(start(i, llm, gateway));
        for (int i = 0; i < instances; i++) waitHealthy(port(i));
        String clientId = onboard(port(0));
        System.out.printf(
                "schema %s, %d instance(s), %d messages from %d customers%n", schema, instances, messages, customers);

        Map<String, Integer> sentPerCustomer = new ConcurrentHashMap<>();
        AtomicInteger webhookErrors = new AtomicInteger(),
                duplicates = new AtomicInteger(),
                kills = new AtomicInteger();
        int rate = Integer.parseInt(opt.get("rate"));
        long start = System.nanoTime();
        try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < messages; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                boolean dbRestart = opt.containsKey("dbRestart");
                if (dbRestart && i == messages * 2 / 5) {
                    int seconds = Integer.parseInt(opt.get("dbRestart"));
                    Thread.ofVirtual().start(() -> restartDatabase(seconds));
                }
                // with a database restart, the kills fall outside it: an instance cannot start without its database
                int firstKill = dbRestart ? messages / 5 : messages / 3;
                int secondKill = dbRestart ? messages * 9 / 10 : 2 * messages / 3;
                if (!"false".equals(opt.get("kill")) && (i == firstKill || i == secondKill)) {
                    int victim = instances == 1 ? 0 : instances - 1;
                    apps.get(victim).destroyForcibly(); // SIGKILL
                    apps.get(victim).waitFor();
                    kills.incrementAndGet();
                    System.out.printf("killed instance %d at message %d%n", victim, i);
                    apps.set(victim, start(victim, llm, gateway));
                    if (instances == 1)
                        waitHealthy(port(0)); // the gateway would lose these; a real one retries nothing
                }
                String phone = "62813" + String.format("%07d", random.nextInt(customers));
                String body = message(clientId, "F" + i, phone, "pesan " + i + " avanza ada?");
                int copies = random.nextInt(10) < 3 ? 2 + random.nextInt(2) : 1;
                duplicates.addAndGet(copies - 1);
                sentPerCustomer.merge(phone, 1, Integer::sum);
                AtomicBoolean delivered = new AtomicBoolean();
                AtomicInteger copiesLeft = new AtomicInteger(copies);
                for (int c = 0; c < copies; c++) {
                    int target = instances == 1 ? 0 : random.nextInt(instances);
                    exec.execute(() -> {
                        if (deliver(target, instances, body)) delivered.set(true);
                        if (copiesLeft.decrementAndGet() == 0 && !delivered.get()) webhookErrors.incrementAndGet();
                    });
                }
            }
        }
        System.out.println("all sent; waiting for the pipeline to settle");
        settle();
        for (Process p : apps) p.destroy();
        for (Process p : apps) p.waitFor(20, TimeUnit.SECONDS);
        llm.stop(0);
        gateway.stop(0);
        check(messages, duplicates.get(), webhookErrors.get(), kills.get());
    }

    static final AtomicInteger databaseRestarts = new AtomicInteger();

    /** PostgreSQL stopped (fast shutdown: every connection cut) for a while, then started again. */
    static void restartDatabase(int seconds) {
        try {
            String cluster;
            try (var versions = Files.list(Path.of("/etc/postgresql"))) {
                cluster = versions.map(v -> v.getFileName().toString())
                        .sorted()
                        .findFirst()
                        .orElseThrow();
            }
            System.out.printf("stopping PostgreSQL %s for %d s%n", cluster, seconds);
            run("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "stop", "-m", "fast");
            Thread.sleep(seconds * 1000L);
            run("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start");
            databaseRestarts.incrementAndGet();
            System.out.println("PostgreSQL started again");
        } catch (Exception e) {
            throw new IllegalStateException("database restart failed", e);
        }
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed");
    }

    /** Like a load balancer in front of the instances: a refused or failed call goes to the next one. */
    static boolean deliver(int first, int instances, String body) {
        for (int attempt = 0; attempt < 60; attempt++) {
            int port = port((first + attempt) % instances);
            try {
                var r = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/webhooks/aimeow?token=faults-secret"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return true;
            } catch (Exception e) {
                /* instance down: a message our service never acknowledged is retried here */
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }

    static void settle() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            String pending = sql(
                    "select count(*) from message where (direction = 'inbound' and state = 'pending') or (direction = 'outbound' and state = 'pending')");
            if (pending.equals("0")) {
                Thread.sleep(3000);
                if (sql("select count(*) from message where state = 'pending'").equals("0")) return;
            }
            Thread.sleep(1000);
        }
        System.out.println("WARNING: still pending after 4 minutes");
    }

    static void check(int messages, int duplicates, int webhookErrors, int kills) throws Exception {
        String inbound = sql("select count(*) from message where direction = 'inbound'");
        String stuck = sql("select count(*) from message where state = 'pending'");
        String failedIn = sql("select count(*) from message where direction = 'inbound' and state = 'failed'");
        // every turn (the last inbound message it covered) got exactly one customer reply
        String turns = sql(
                "select count(distinct reply_to_id) from message where direction = 'outbound' and conversation_id is not null and sender_type in ('ai','system')");
        String doubleAnswered = sql(
                "select count(*) from (select reply_to_id from message where direction = 'outbound' and conversation_id is not null and sender_type = 'ai' group by reply_to_id having count(*) > 1) d");
        String noReply =
                "select count(*) from message i join conversation c on c.id = i.conversation_id where i.direction = 'inbound' and i.state = 'done' and c.status %s 'escalated' and not exists (select 1 from message o where o.conversation_id = i.conversation_id and o.direction = 'outbound' and o.reply_to_id >= i.id)";
        String unanswered = sql(noReply.formatted("<>"));
        // an escalated conversation stays silent until staff hand it back (CONTRACT 7): expected, counted apart
        String silenced = sql(noReply.formatted("="));
        String escalated = sql("select count(*) from conversation where status = 'escalated'");
        String outOfOrder = sql(
                "select count(*) from message a join message b on a.conversation_id = b.conversation_id and a.direction = 'outbound' and b.direction = 'outbound' and a.sender_type = 'ai' and b.sender_type = 'ai' and a.id < b.id and a.reply_to_id > b.reply_to_id");
        String sent = sql("select count(*) from message where direction = 'outbound' and state = 'sent'");
        String failedOut = sql("select count(*) from message where direction = 'outbound' and state = 'failed'");
        long gatewayDuplicates = deliveredReplies.values().stream()
                .filter(n -> n > 1)
                .mapToLong(n -> n - 1)
                .sum();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("instances", opt.get("instances"));
        r.put("messages_offered", messages);
        r.put("duplicate_deliveries", duplicates);
        r.put("sigkills", kills);
        r.put("database_restarts", databaseRestarts.get());
        r.put("webhook_undeliverable", webhookErrors);
        r.put("inbound_stored", inbound);
        r.put("inbound_lost", messages - Integer.parseInt(inbound) - webhookErrors);
        r.put("stuck_pending", stuck);
        r.put("inbound_failed_escalated", failedIn);
        r.put("turns_answered", turns);
        r.put("turns_answered_twice", doubleAnswered);
        r.put("inbound_without_reply", unanswered);
        r.put("conversations_escalated", escalated);
        r.put("inbound_silent_while_escalated", silenced);
        r.put("replies_out_of_order", outOfOrder);
        r.put("outbound_sent", sent);
        r.put("outbound_failed_after_retries", failedOut);
        r.put("gateway_accepted_sends", gatewayOk.get());
        r.put("gateway_injected_failures", gatewayFailed.get());
        r.put("gateway_other_calls", gatewayOther.get());
        r.put("gateway_duplicate_deliveries", gatewayDuplicates);
        r.put("llm_injected_failures", llmFailed.get());
        System.out.println("\n=== fault suite ===");
        r.forEach((k, v) -> System.out.printf("%-32s %s%n", k, v));
        Files.createDirectories(Path.of("target"));
        StringBuilder json = new StringBuilder("{");
        r.forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
        json.setLength(json.length() - 1);
        Files.writeString(
                Path.of("target/faults-" + opt.get("instances") + ".json"),
                json.append('}').toString());
    }

    static String sql(String query) throws Exception {
        Process p = new ProcessBuilder(
                        "psql",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        opt.get("pgUser"),
                        "-d",
                        "test",
                        "-tAc",
                        "set search_path to " + schema + "; " + query)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        String[] lines = out.split("\n");
        return lines[lines.length - 1].strip();
    }

    static int port(int i) {
        return 18190 + i;
    }

    static Process start(int i, HttpServer llm, HttpServer gateway) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var pb = new ProcessBuilder(
                java,
                "-Xmx384m",
                "-jar",
                "target/showroom-assistant.jar",
                "--server.port=" + port(i),
                "--spring.datasource.url=" + opt.get("pg") + "?currentSchema=" + schema,
                "--spring.datasource.username=" + opt.get("pgUser"),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--showroom.admin-api-key=faults-admin",
                "--showroom.demo-data=false",
                "--showroom.webhook.secret=faults-secret",
                // each instance its own journal, kept across its SIGKILL and restart
                "--showroom.webhook.journal-directory=target/faults-journal-" + i,
                // its customers write ~20 messages a minute; the suite checks failure handling, not the turn limit
                "--showroom.pipeline.max-turns=100000",
                "--showroom.pipeline.lease=20s",
                "--aimeow.base-url=http://127.0.0.1:" + gateway.getAddress().getPort(),
                "--zai.base-url=http://127.0.0.1:" + llm.getAddress().getPort() + "/v4",
                "--zai.api-key=faults",
                "--zai.initial-backoff=100ms",
                "--zai.breaker-minimum-calls=1000",
                "--logging.level.root=WARN");
        pb.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target/faults-app-" + i + ".log").toFile()));
        return pb.start();
    }

    static void waitHealthy(int port) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try {
                var r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                /* starting */
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("instance on " + port + " not healthy");
    }

    static String onboard(int port) throws Exception {
        String clientId = "faults-" + UUID.randomUUID();
        var r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/tenants"))
                        .header("Authorization", "Bearer faults-admin")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Fault Motor\",\"aimeowClientId\":\"" + clientId + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"apiKey\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) throw new IllegalStateException(r.body());
        String key = m.group(1);
        var config = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/whatsapp-ai/config"))
                                .header("Authorization", "Bearer " + key)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/whatsapp-ai/config"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                config.replaceAll("\"debounceSeconds\":\\d+", "\"debounceSeconds\":1")
                                        .replaceAll("\"welcomeMessage\":\"[^\"]*\"", "\"welcomeMessage\":\"\"")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/vehicles"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return clientId;
    }

    static String message(String clientId, String id, String phone, String text) {
        return "{\"clientId\":\"" + clientId + "\",\"message\":{\"id\":\"" + id + "\",\"from\":\"" + phone
                + "\",\"rawChat\":\"" + phone + "@s.whatsapp.net\",\"rawSender\":\"" + phone
                + "@s.whatsapp.net\",\"type\":\"text\",\"text\":\"" + text + "\"}}";
    }

    static HttpServer llm() throws IOException {
        // LLM replies carry a unique number, so the gateway's log can tell a resent reply from another one
        return StandIns.llm(
                200,
                0.1,
                n -> "Ada kak, Avanza 2019 siap. #" + n,
                (request, failed) -> (failed ? llmFailed : llmOk).incrementAndGet());
    }

    static HttpServer gateway() throws IOException {
        return StandIns.gateway(0.1, (request, failed) -> {
            // only sends count as sends: the connection-state poll (every 30 s, CONTRACT 4) reaches this server too
            if (!request.isSend()) {
                gatewayOther.incrementAndGet();
            } else if (failed) {
                gatewayFailed.incrementAndGet();
            } else {
                gatewayOk.incrementAndGet();
                // keyed by the reply's number, since the JSON's field order may differ between instances
                var number = REPLY_NUMBER.matcher(request.body());
                if (number.find()) deliveredReplies.merge(number.group(1), 1, Integer::sum);
            }
        });
    }
}
