package com.showroomassistant.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the gateway's POSTs before the security filters and Spring MVC: the webhook authenticates itself
 * (token or signature) and is the one request every message makes, so it skips the session, CSRF, header,
 * observation and handler-mapping work the dashboard and API need (measured: see the commit that added it).
 * Other methods go on to MVC as before (405).
 */
class WebhookFastPath implements Filter {

    static final String PATH = "/api/v1/webhooks/aimeow";
    static final String LEGACY_PATH = "/api/v1/aimeow/webhook";
    private static final Logger log = LoggerFactory.getLogger(WebhookFastPath.class);

    private final WebhookReceiver receiver;
    private final JsonMapper json;
    private final Timer timer;

    WebhookFastPath(WebhookReceiver receiver, JsonMapper json, MeterRegistry meters) {
        this.receiver = receiver;
        this.json = json;
        this.timer = Timer.builder("webhook.handling")
                .description("webhook requests answered by the fast path")
                .register(meters);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        long started = System.nanoTime();
        WebhookReceiver.Reply reply;
        try {
            reply = receiver.receive(request);
        } catch (RuntimeException e) {
            // as the API's problem handler answers: the gateway retries, nothing was acknowledged
            log.error("webhook failed: {}", e.toString());
            reply = receiver.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal error", "error");
        }
        if (reply.problem()) {
            reply.body().put("instance", request.getRequestURI());
        }
        byte[] body = json.writeValueAsBytes(reply.body());
        response.setStatus(reply.status().value());
        response.setContentType(reply.problem() ? "application/problem+json" : "application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        timer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
