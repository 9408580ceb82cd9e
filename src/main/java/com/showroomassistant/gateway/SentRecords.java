package com.showroomassistant.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of the outbox's "sent" records: the sends the gateway took while a batch is being written go into the
 * next one, one JDBC batch in one transaction, and each sender returns once its batch committed, as it returned after
 * its own statement before. At 500 msg/s this record was one of a message's three transactions that wait for the WAL
 * flush. A batch that fails wrote nothing (one transaction): its senders then record one by one as before, with that
 * path's handling of a gateway id already held and of an unreachable database.
 */
final class SentRecords implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentRecords.class);

    /** The same update as a sender's own record of a sent message. */
    static final String SENT = """
            update message set state = 'sent', aimeow_message_id = coalesce(?, aimeow_message_id),
                   aimeow_status = coalesce(aimeow_status, 'sent'), attempts = attempts + 1, lease_until = null,
                   last_error = null where id = ?""";

    /** The batch failed and wrote nothing: the caller records its send on its own. */
    static final class NotBatched extends Exception {
        NotBatched(Throwable cause) {
            super(cause);
        }
    }

    private record Item(long id, String gatewayId, CompletableFuture<Void> done) {}

    private final DataSource dataSource;
    private final int maxBatch;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    SentRecords(DataSource dataSource, int maxBatch) {
        this.dataSource = dataSource;
        this.maxBatch = maxBatch;
        this.writer = Thread.ofPlatform().name("outbox-sent-records").daemon().start(this::write);
    }

    /** Records the message as sent in the next batch and waits for its commit. */
    void record(long id, String gatewayId) throws NotBatched {
        if (closed) {
            throw new NotBatched(new IllegalStateException("closed"));
        }
        var item = new Item(id, gatewayId, new CompletableFuture<>());
        queue.add(item);
        if (closed && queue.remove(item)) {
            throw new NotBatched(new IllegalStateException("closed"));
        }
        try {
            item.done().get();
        } catch (ExecutionException e) {
            throw new NotBatched(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // the batch may still commit it: the caller's own record then writes the same state again
            throw new NotBatched(e);
        }
    }

    private void write() {
        List<Item> batch = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) { // what was queued before the close is still written
            try {
                Item first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                execute(batch);
                batch.forEach(item -> item.done().complete(null));
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.debug(
                        "batch of {} sent records not written, each recorded on its own: {}",
                        batch.size(),
                        e.toString());
                batch.forEach(item -> item.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction; rows locked in id order, so two batches (here or in another instance) never deadlock. */
    private void execute(List<Item> batch) throws SQLException {
        batch.sort(Comparator.comparingLong(Item::id));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SENT)) {
                for (Item item : batch) {
                    statement.setString(1, item.gatewayId());
                    statement.setLong(2, item.id());
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    // a broken connection: the pool discards it
                }
            }
        }
    }

    /** Sends are recorded one by one from now on; the writer finishes what was queued, then stops. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
