package com.showroomassistant.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Group commit for one statement of the inbox: the customer messages that arrive while a commit is under way are
 * stored together, as one JDBC batch (one round trip) in one transaction, and each caller returns only once that
 * transaction committed. Each message keeps its own statement, so a duplicate or a customer without an open
 * conversation is answered for that message alone.
 *
 * <p>A batch's statements lock their conversations in (account, customer) order, so two writers, here or in another
 * instance, wait for each other but never deadlock; a sort that keeps arrival order keeps one customer's messages in
 * order. When a batch fails for any reason (a deadlock with other work, a lost connection), nothing of it was
 * written, and each caller stores its message by itself as before, with that path's handling of an unreachable
 * database.
 */
final class InboxGroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxGroupCommit.class);

    /** The batch failed and wrote nothing: the caller stores its message on its own. */
    static final class NotBatched extends Exception {
        NotBatched(Throwable cause) {
            super(cause);
        }
    }

    private record Item(String lockOrder, Map<String, Object> params, CompletableFuture<Optional<Long>> result) {}

    private final DataSource dataSource;
    private final ParsedSql parsed;
    private final String sql;
    private final int maxBatch;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param statement one message's statement with named parameters; returns one row (the conversation's id) when
     *     it wrote the message, none when it wrote nothing
     * @param writers how many batches may be under way at once (each holds one pooled connection meanwhile)
     */
    InboxGroupCommit(DataSource dataSource, String statement, int writers, int maxBatch) {
        this.dataSource = dataSource;
        this.parsed = NamedParameterUtils.parseSqlStatement(statement);
        this.sql = NamedParameterUtils.substituteNamedParameters(parsed, null);
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            this.writers.add(
                    Thread.ofPlatform().name("inbox-group-commit-" + i).daemon().start(this::write));
        }
    }

    /**
     * Runs the statement with these parameters in the next batch and waits for its commit.
     *
     * @param lockOrder the conversation the statement locks, as a key that orders batches' locks the same way
     * @return the conversation's id when the message was written, empty when nothing was
     */
    Optional<Long> store(String lockOrder, Map<String, Object> params) throws NotBatched {
        if (closed) {
            throw new NotBatched(new IllegalStateException("closed"));
        }
        var item = new Item(lockOrder, params, new CompletableFuture<>());
        queue.add(item);
        if (closed && queue.remove(item)) {
            // closed meanwhile, and no writer took it: the writers may have stopped already
            throw new NotBatched(new IllegalStateException("closed"));
        }
        try {
            return item.result().get();
        } catch (ExecutionException e) {
            throw new NotBatched(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // the batch may still commit it: the caller's own attempt then finds it stored and answers duplicate
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
                var stored = execute(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(stored.get(i));
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.debug("inbox batch of {} not written, each stored on its own: {}", batch.size(), e.toString());
                batch.forEach(item -> item.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes the batch in one transaction: per item, the conversation's id when written, else empty. */
    private List<Optional<Long>> execute(List<Item> batch) throws SQLException {
        batch.sort(Comparator.comparing(Item::lockOrder)); // stable: arrival order within one conversation
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (Item item : batch) {
                    Object[] values =
                            NamedParameterUtils.buildValueArray(parsed, new MapSqlParameterSource(item.params()), null);
                    for (int i = 0; i < values.length; i++) {
                        StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
                    }
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                List<Optional<Long>> stored = new ArrayList<>(batch.size());
                try (ResultSet ids = statement.getGeneratedKeys()) {
                    for (int count : counts) {
                        if (count == 1 && ids.next()) {
                            stored.add(Optional.of(ids.getLong(1)));
                        } else if (count == 0) {
                            stored.add(Optional.empty());
                        } else {
                            throw new SQLException("unexpected batch outcome: " + count);
                        }
                    }
                    if (ids.next()) {
                        throw new SQLException("more rows than statements that wrote");
                    }
                }
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    // a broken connection: the pool discards it; a batch that committed is still reported stored
                }
            }
        }
    }

    /** New messages are stored one by one from now on; the writers finish what was queued, then stop. */
    @Override
    public void close() {
        closed = true;
    }
}
