package com.showroomassistant.pipeline;

import com.showroomassistant.conversation.Inbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.conversation.Turn;
import com.showroomassistant.conversation.Turns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drains the inbox. Every instance polls for due conversations and claims each with a lease, so one
 * conversation is handled by one worker at a time across instances; a crashed holder's lease expires
 * and another instance takes the work. Work runs on virtual threads, bounded by maxInFlight.
 */
@Component
class ConversationWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConversationWorker.class);
    private final Turns turns;
    private final TurnHandler handler;
    private final PipelineProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String instance = UUID.randomUUID().toString();
    /** Makes each lease's owner unique without a secure random per claim (that reads the kernel's entropy). */
    private final java.util.concurrent.atomic.AtomicLong leases = new java.util.concurrent.atomic.AtomicLong();

    private final Semaphore slots;
    private final Set<Long> local = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean requeueing = new AtomicBoolean();
    private final Timer turnTimer;
    /** From when a stored message's conversation was due to be looked at to when the scheduler got to it. */
    private final Timer wakeLag;

    private final Timer claims;
    private final Timer completions;
    private final TurnLimit turnLimit;
    /** Turns put off because their conversation had its turns for the window. */
    private final io.micrometer.core.instrument.Counter postponed;

    private ExecutorService workers;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    ConversationWorker(
            Turns turns,
            TurnHandler handler,
            PipelineProperties properties,
            Clock clock,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            TurnLimit turnLimit) {
        this.turns = turns;
        this.turnLimit = turnLimit;
        this.postponed = meters.counter("pipeline.turns.postponed");
        this.handler = handler;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.slots = new Semaphore(properties.maxInFlight());
        this.turnTimer = Timer.builder("pipeline.turns")
                .description("time to decide and store a turn")
                .register(meters);
        this.wakeLag = Timer.builder("pipeline.wake.lag")
                .description("how late a stored message's conversation was looked at")
                .register(meters);
        this.claims = Timer.builder("pipeline.claims")
                .description("time to claim a conversation and read its turn")
                .register(meters);
        this.completions = Timer.builder("pipeline.completions")
                .description("time to store a turn's outcome")
                .register(meters);
        Gauge.builder("inbox.depth", turns, Turns::inboxDepth)
                .description("pending inbound messages")
                .register(meters);
        Gauge.builder("pipeline.in.flight", slots, s -> properties.maxInFlight() - s.availablePermits())
                .description("conversations being processed by this instance")
                .register(meters);
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        workers = Executors.newVirtualThreadPerTaskExecutor();
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("inbox-poller").daemon().factory());
        running = true;
        long every = properties.pollInterval().toMillis();
        // the database work runs on a worker thread: on the scheduler it would wait for a pooled connection and delay
        // every stored message's wake-up queued behind it (seen: 20-85 ms late at 300 msg/s)
        scheduler.scheduleWithFixedDelay(() -> offScheduler(polling, this::poll), every, every, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> offScheduler(requeueing, this::requeue), 30, 30, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * A message stored here: look at its conversation when due instead of waiting for the next poll. Stored in a
     * transaction, once it commits; stored by a statement of its own (already committed), at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onStored(Inbox.MessageStored event) {
        if (running && event.dueAt() != null) {
            long delay = Math.max(0, event.dueAt().toEpochMilli() - clock.millis()) + 5;
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
            scheduler.schedule(
                    () -> {
                        wakeLag.record(Math.max(0, System.nanoTime() - due), TimeUnit.NANOSECONDS);
                        claimAsync(event.conversationId());
                    },
                    delay,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Runs a periodic database task on a worker thread, skipped while its previous run is still going. */
    private void offScheduler(AtomicBoolean busy, Runnable task) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } finally {
                    busy.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            busy.set(false);
        }
    }

    private void poll() {
        try {
            int free = slots.availablePermits();
            if (free == 0) {
                return;
            }
            for (long id : turns.due(clock.instant(), Math.min(free, 100))) {
                claimAsync(id);
            }
        } catch (RuntimeException e) {
            log.warn("inbox poll failed: {}", e.toString());
        }
    }

    private void requeue() {
        try {
            int n = turns.requeueStranded(clock.instant());
            if (n > 0) {
                log.warn("requeued {} conversations with pending messages but no due time", n);
            }
        } catch (RuntimeException e) {
            log.warn("requeue failed: {}", e.toString());
        }
    }

    /**
     * Claims and processes on a virtual thread: the poller and the scheduler only decide what to look at, so
     * one slow database round trip never holds up the claims of other conversations.
     */
    private void claimAsync(long conversationId) {
        if (!running || !slots.tryAcquire()) {
            return;
        }
        if (!local.add(conversationId)) {
            slots.release();
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    var lease = new Turns.Lease(conversationId, instance + ":" + leases.incrementAndGet());
                    var claimed = claims.record(
                            () -> turns.claim(lease, clock.instant(), properties.lease(), properties.historyTurns()));
                    if (claimed.isPresent()) {
                        processHoldingLease(lease, claimed.get());
                    }
                } catch (RuntimeException e) {
                    log.warn("could not claim conversation {}: {}", conversationId, e.toString());
                } finally {
                    local.remove(conversationId);
                    slots.release();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            local.remove(conversationId);
            slots.release();
        }
    }

    private void processHoldingLease(Turns.Lease lease, Turn claimed) {
        // keep the lease while the turn runs (a slow LLM, a staff album download), so no other instance redoes it
        long every = Math.max(1000, properties.lease().toMillis() / 3);
        var renewal = scheduler.scheduleAtFixedRate(
                () -> workers.execute(() -> renew(lease)), every, every, TimeUnit.MILLISECONDS);
        try {
            process(lease, claimed);
        } finally {
            renewal.cancel(false);
        }
    }

    private void renew(Turns.Lease lease) {
        try {
            turns.renew(lease, clock.instant(), properties.lease());
        } catch (RuntimeException e) {
            log.warn("could not renew the lease on conversation {}: {}", lease.conversationId(), e.toString());
        }
    }

    private void process(Turns.Lease lease, Turn claimed) {
        Turn turn = claimed.capped(properties.messageChars(), properties.turnChars());
        if (turn.messages().isEmpty()) {
            turns.release(lease, turn.inboxSeq(), clock.instant());
            return;
        }
        if (!turn.isStaff()) {
            Duration wait = turnLimit.take(lease.conversationId());
            if (!wait.isZero()) {
                turns.postpone(lease, clock.instant().plus(wait));
                postponed.increment();
                return;
            }
        }
        long started = System.nanoTime();
        try {
            TurnResult result = handler.handle(turn, clock.instant());
            result.processingMs = (int) ((System.nanoTime() - started) / 1_000_000);
            var queued = completions.record(() -> turns.complete(lease, turn, result.outcome(), clock.instant()));
            if (queued.isPresent()) {
                if (!queued.get().leased().isEmpty() || queued.get().others()) {
                    events.publishEvent(queued.get());
                }
            } else {
                log.warn(
                        "lease on conversation {} was lost; its turn will be redone by the new holder",
                        lease.conversationId());
            }
        } catch (RuntimeException e) {
            log.warn("turn of conversation {} failed: {}", lease.conversationId(), e.toString());
            try {
                turns.fail(lease, turn, e.toString(), properties.maxAttempts(), clock.instant(), handler.giveUp(turn));
                events.publishEvent(new RepliesQueued());
            } catch (RuntimeException again) {
                log.error("could not record failure of conversation {}: {}", lease.conversationId(), again.toString());
            }
        } finally {
            turnTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** Visible for the emulator and tests: process whatever is due now, on this thread's schedule. */
    @EventListener
    void onWake(WakeInbox event) {
        poll();
    }

    record WakeInbox() {}

    Instant now() {
        return clock.instant();
    }
}
