// The LLM and gateway stand-ins the bench and the fault suite share: JDK-only HTTP servers on 127.0.0.1, each
// request handed to the caller's observer so each program counts what it measures. `java bench/Bench.java` finds
// this file by itself (multi-file source programs, JDK 22 and later).
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

final class StandIns {

    private StandIns() {}

    /** What a stand-in received: method, path, body, the client's address and port, and when (System.nanoTime). */
    record Request(String method, String path, String body, String peer, long receivedNanos) {
        boolean isSend() {
            return "POST".equals(method) && path.contains("/send-");
        }
    }

    /**
     * An OpenAI-compatible LLM that answers {@code content.apply(n)} (n counts the answers) after {@code delayMs}, or a
     * 503 with probability {@code failureRate}; {@code seen} gets each request and whether it was failed.
     */
    static HttpServer llm(
            int delayMs, double failureRate, LongFunction<String> content, BiConsumer<Request, Boolean> seen)
            throws IOException {
        AtomicLong answers = new AtomicLong();
        return serve((request, exchange) -> {
            boolean fail = failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate;
            seen.accept(request, fail);
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail) {
                return new Response(503, "{}");
            }
            String text = content.apply(answers.incrementAndGet()).replace("\"", "\\\"");
            return new Response(
                    200,
                    "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + text
                            + "\"}}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}");
        });
    }

    /** The Aimeow gateway: every call succeeds, or a send fails with probability {@code failureRate}. */
    static HttpServer gateway(double failureRate, BiConsumer<Request, Boolean> seen) throws IOException {
        return serve((request, exchange) -> {
            boolean fail = request.isSend()
                    && failureRate > 0
                    && ThreadLocalRandom.current().nextDouble() < failureRate;
            seen.accept(request, fail);
            return fail
                    ? new Response(500, "{\"success\":false}")
                    : new Response(200, "{\"success\":true,\"messageId\":\"" + UUID.randomUUID() + "\"}");
        });
    }

    private record Response(int status, String body) {}

    private interface Handler {
        Response handle(Request request, com.sun.net.httpserver.HttpExchange exchange) throws IOException;
    }

    private static HttpServer serve(Handler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
        s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        s.createContext("/", ex -> {
            long at = System.nanoTime();
            String body;
            try (var in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Response r = handler.handle(
                    new Request(
                            ex.getRequestMethod(),
                            ex.getRequestURI().getPath(),
                            body,
                            ex.getRemoteAddress().toString(),
                            at),
                    ex);
            byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(r.status(), out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        s.start();
        return s;
    }
}
