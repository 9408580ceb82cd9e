package com.showroomassistant.gateway;

import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.media.MediaStore;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends committed outbound messages through each account's gateway ({@link Gateways}: Aimeow or the Cloud API): claimed with a lease (one sender per message across
 * instances), in order per conversation, retried with backoff and jitter, then marked sent with the
 * gateway's id or failed. Without a gateway (demo), and to the dashboard emulator's numbers, messages are only recorded.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 8;
    private static final Duration LEASE = RepliesQueued.SEND_LEASE;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Gateways gateways;
    private final GatewayAccounts accounts;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final java.util.Set<Long> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private ExecutorService senders;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    private final MediaStore media;

    private final Duration unknownWait;

    OutboxSender(
            JdbcClient jdbc,
            Gateways gateways,
            GatewayAccounts accounts,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters,
            MediaStore media,
            @Value("${showroom.outbox.unknown-wait:30s}") Duration unknownWait) {
        this.jdbc = jdbc;
        this.unknownWait = unknownWait;
        this.media = media;
        this.gateways = gateways;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @param purpose what it is for, when a template may carry it outside the Cloud API's window, else null
     * @param recipientWroteAt when the recipient last wrote, if the turn that queued it knew; else null
     */
    record Outgoing(
            long id,
            String clientId,
            String recipient,
            String type,
            String content,
            String mediaMeta,
            int attempts,
            String purpose,
            Instant recipientWroteAt) {}

    @Override
    public void start() {
        senders = Executors.newVirtualThreadPerTaskExecutor();
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox").daemon().factory());
        running = true;
        // the safety net: replies are sent at once by their turn, or by a drain their queueing or a retry schedules;
        // this poll finds what a crashed sender left once its lease runs out
        scheduler.scheduleWithFixedDelay(this::drain, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
        senders.shutdown();
        try {
            senders.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @EventListener
    void onQueued(RepliesQueued event) {
        if (!running) {
            return;
        }
        if (event.leased().isEmpty()) {
            scheduler.execute(this::drain);
            return;
        }
        // already leased to us when stored: no poll and no claim, sent in order on one virtual thread
        senders.execute(() -> {
            for (RepliesQueued.Leased m : event.leased()) {
                if (inFlight.add(m.id())) {
                    try {
                        send(new Outgoing(
                                m.id(),
                                m.clientId(),
                                m.recipient(),
                                m.type(),
                                m.content(),
                                m.mediaMeta(),
                                0,
                                m.purpose(),
                                m.recipientWroteAt()));
                    } finally {
                        inFlight.remove(m.id());
                    }
                }
            }
            if (event.others() && running) {
                scheduler.execute(this::drain);
            }
        });
    }

    /** One pass: claim what is due (the oldest unsent message of each conversation) and send it. */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                Instant now = clock.instant();
                List<Outgoing> due = jdbc.sql("""
                        select m.id, a.client_id, m.recipient, m.message_type, m.content, m.media_meta, m.attempts,
                               m.purpose
                          from message m join gateway_account a on a.id = m.account_id
                         where m.direction = 'outbound' and m.state = 'pending' and m.next_attempt_at <= ?
                           and (m.lease_until is null or m.lease_until < ?)
                           and (m.conversation_id is null -- a staff notice
                                or m.id = (select p.id from message p where p.conversation_id = m.conversation_id
                                             and p.direction = 'outbound' and p.state = 'pending' order by p.id limit 1))
                         order by m.id limit 200""")
                        .params(Timestamps.db(now), Timestamps.db(now))
                        .query((rs, n) -> new Outgoing(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getInt(7),
                                rs.getString(8),
                                null))
                        .list();
                for (Outgoing message : due) {
                    if (inFlight.add(message.id())) {
                        // claimed on the sender's own virtual thread: one slow round trip never delays the others
                        senders.execute(() -> {
                            try {
                                if (claim(message, clock.instant())) {
                                    send(message);
                                }
                            } finally {
                                inFlight.remove(message.id());
                            }
                        });
                    }
                }
            } while (again.get() && running);
        } catch (RuntimeException e) {
            log.warn("outbox pass failed: {}", e.toString());
        } finally {
            draining.set(false);
        }
    }

    /** Ours if still pending, unleased and as we read it (a send attempt in between changes attempts). */
    private boolean claim(Outgoing message, Instant now) {
        return jdbc.sql("""
                update message set lease_until = ? where id = ? and state = 'pending' and attempts = ?
                   and (lease_until is null or lease_until < ?)""")
                        .params(Timestamps.db(now.plus(LEASE)), message.id(), message.attempts(), Timestamps.db(now))
                        .update()
                == 1;
    }

    private void send(Outgoing message) {
        long id = message.id();
        // the account as the webhook caches it: which gateway it uses costs no query on the hot path
        GatewayAccount account = message.clientId() == null
                ? null
                : accounts.byClientId(message.clientId()).orElse(null);
        if (account == null || !gateways.of(account).enabled() || PhoneNumber.isEmulator(message.recipient())) {
            finish(id, "recorded", null, null);
            return;
        }
        SendResult result;
        try {
            result = deliver(gateways.of(account), account, message);
        } catch (GatewayException e) {
            if (e.ambiguous() && message.attempts() + 1 < MAX_ATTEMPTS) {
                awaitEcho(message, e.getMessage());
            } else {
                retryOrFail(message, e.retryable(), e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            // not the gateway's fault (bad stored data, a bug): counts as an attempt so it cannot block the queue
            log.warn("outbound message {} could not be sent: {}", id, e.toString());
            retryOrFail(message, true, e.toString());
            return;
        }
        meters.counter("outbox.sends", "outcome", "sent").increment();
        recordSent(id, result.messageId(), 0);
    }

    /**
     * The gateway took the message: whatever happens to the database now is not a failed send, and must not make it
     * one (that would send it again). Recording is retried while the send's lease keeps other senders off it.
     */
    private void recordSent(long id, String gatewayId, int tries) {
        try {
            finish(id, "sent", gatewayId, null);
        } catch (RuntimeException e) {
            long delayMs = 1000L << Math.min(tries, 4);
            if (tries >= 4 || !running) {
                log.error(
                        "outbound message {} was sent (gateway id {}) but could not be recorded: {}",
                        id,
                        gatewayId,
                        e.toString());
                return;
            }
            log.warn(
                    "outbound message {} was sent; recording it failed, trying again in {} ms: {}",
                    id,
                    delayMs,
                    e.toString());
            scheduler.schedule(
                    () -> senders.execute(() -> recordSent(id, gatewayId, tries + 1)), delayMs, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The gateway did not answer after it got the request, so the message may have gone out. Not sent again at once:
     * it waits {@code showroom.outbox.unknown-wait} for the gateway's word of it (Aimeow posts the account's own
     * messages back; the Cloud API posts its statuses with our id in {@code biz_opaque_callback_data}), which marks it
     * sent; only without one is it tried again. Later messages of its conversation
     * wait behind it, in order.
     */
    private void awaitEcho(Outgoing message, String error) {
        int attempts = message.attempts() + 1;
        Instant next = clock.instant().plus(unknownWait);
        jdbc.sql("""
                update message set attempts = ?, next_attempt_at = ?, lease_until = null, last_error = ?
                 where id = ? and state = 'pending'""")
                .params(attempts, Timestamps.db(next), truncate(Outbox.UNKNOWN_SEND + error), message.id())
                .update();
        meters.counter("outbox.sends", "outcome", "unknown").increment();
        log.info(
                "outbound message {}: no answer from the gateway ({}); waiting {} for its echo before trying again",
                message.id(),
                error,
                unknownWait);
        scheduler.schedule(this::drain, unknownWait.toMillis() + 5, TimeUnit.MILLISECONDS);
    }

    private void retryOrFail(Outgoing message, boolean retryable, String error) {
        long id = message.id();
        int attempts = message.attempts() + 1;
        if (!retryable || attempts >= MAX_ATTEMPTS) {
            finish(id, "failed", null, error);
            meters.counter("outbox.sends", "outcome", "failed").increment();
            log.warn("outbound message {} failed after {} attempts: {}", id, attempts, error);
            return;
        }
        long backoffMs = Math.min(30_000, 1000L << (attempts - 1));
        long jitter = ThreadLocalRandom.current().nextLong(backoffMs / 4 + 1);
        Instant next = clock.instant().plusMillis(backoffMs + jitter);
        jdbc.sql(
                        "update message set attempts = ?, next_attempt_at = ?, lease_until = null, last_error = ? where id = ?")
                .params(attempts, Timestamps.db(next), truncate(error), id)
                .update();
        meters.counter("outbox.sends", "outcome", "retry").increment();
        scheduler.schedule(this::drain, backoffMs + jitter + 5, TimeUnit.MILLISECONDS);
    }

    private SendResult deliver(WhatsAppGateway gateway, GatewayAccount account, Outgoing m) {
        if ("images".equals(m.type())) {
            // the gateway is only ever handed this service's own URLs (a photo stored elsewhere before is left out)
            List<Photo> photos = json.readValue(m.mediaMeta(), new TypeReference<List<Photo>>() {}).stream()
                    .filter(p -> media.isOwnUrl(p.url()))
                    .toList();
            if (photos.isEmpty()) {
                throw GatewayException.rejected("send images", "no photo served by this service");
            }
            List<Image> images =
                    photos.stream().map(p -> new Image(p.url(), p.caption())).toList();
            return gateway.sendImages(
                    account,
                    new WhatsAppGateway.Outbound(
                            m.id(), m.recipient(), m.content(), images, m.purpose(), m.recipientWroteAt()));
        }
        return gateway.sendText(
                account,
                new WhatsAppGateway.Outbound(
                        m.id(), m.recipient(), m.content(), List.of(), m.purpose(), m.recipientWroteAt()));
    }

    record Photo(String url, String caption) {}

    private void finish(long id, String state, String gatewayId, String error) {
        try {
            update(id, state, gatewayId, error);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the gateway reused an id we already hold: keep the delivery, drop the id rather than resend
            update(id, state, null, "gateway returned a duplicate message id " + gatewayId);
        }
    }

    private void update(long id, String state, String gatewayId, String error) {
        jdbc.sql("""
                update message set state = ?, aimeow_message_id = coalesce(?, aimeow_message_id),
                       aimeow_status = case when ? = 'sent' then coalesce(aimeow_status, 'sent') else aimeow_status end,
                       attempts = attempts + 1, lease_until = null, last_error = ? where id = ?""").params(state, gatewayId, state, truncate(error), id).update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 480 ? s : s.substring(0, 480);
    }
}
