package com.showroomassistant.webhook;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Webhook bodies kept on local disk while the database cannot take them: appended and forced to disk before the
 * gateway gets its 200, replayed in arrival order once the database answers. One file per instance, records of
 * {@code length, crc32, bytes}; a record torn by a crash (short or failing its checksum) ends the journal, and was
 * never acknowledged. Replaying twice is harmless: the inbox's unique key catches a message already stored.
 */
final class WebhookJournal {

    private final Path file;
    private final long maxBytes;
    private FileChannel channel;
    /** How far the replay has handed records on; the file is emptied only when it reaches the end. */
    private long replayed;
    /** Read on every webhook: kept in memory rather than asked of the file system each time. */
    private volatile boolean pending;

    WebhookJournal(Path directory, long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(directory);
            this.file = directory.resolve("webhooks.journal");
            this.channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                throw new IllegalStateException("webhook journal " + file + " is in use by another process");
            }
            channel.truncate(validEnd()); // a torn tail from a crash is cut off before anything follows it
            pending = channel.size() > 0; // a killed instance's bodies, replayed from the first
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException("webhook journal in " + directory + " is already open", e);
        } catch (IOException e) {
            throw new UncheckedIOException("webhook journal at " + directory + " cannot be opened", e);
        }
    }

    Path file() {
        return file;
    }

    /** Whether bodies are waiting: while they are, new ones queue behind them to keep each conversation's order. */
    boolean pending() {
        return pending;
    }

    /** Appends and forces one body to disk; false when the journal is full or cannot be written. */
    synchronized boolean append(byte[] body) {
        try {
            if (channel.size() + body.length + 8 > maxBytes) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(body);
            ByteBuffer record = ByteBuffer.allocate(body.length + 8);
            record.putInt(body.length).putInt((int) crc.getValue()).put(body).flip();
            long at = channel.size();
            while (record.hasRemaining()) {
                channel.write(record, at + record.position());
            }
            channel.force(false);
            pending = true;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next records after what was handed on, at most {@code limit} of them. */
    synchronized List<byte[]> next(int limit) {
        try {
            return read(replayed, limit).bodies();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code count} records last returned by {@link #next} are stored in the database; when nothing follows
     * them, the journal is emptied.
     */
    synchronized void handedOn(int count) {
        try {
            replayed = read(replayed, count).end();
            if (replayed >= channel.size()) {
                channel.truncate(0);
                channel.force(true);
                replayed = 0;
                pending = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was pending on a close
        }
    }

    private record Batch(List<byte[]> bodies, long end) {}

    private Batch read(long from, int limit) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        long position = from;
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(8);
        while (bodies.size() < limit && position + 8 <= size) {
            header.clear();
            readFully(header, position);
            int length = header.getInt(0);
            int crc = header.getInt(4);
            if (length < 0 || position + 8 + length > size) {
                break; // torn: the record was never acknowledged
            }
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(body, position + 8);
            CRC32 check = new CRC32();
            check.update(body.array());
            if ((int) check.getValue() != crc) {
                break;
            }
            bodies.add(body.array());
            position += 8 + length;
        }
        return new Batch(bodies, position);
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
    }

    /** Where the last whole record ends. */
    private long validEnd() throws IOException {
        return read(0, Integer.MAX_VALUE).end();
    }
}
