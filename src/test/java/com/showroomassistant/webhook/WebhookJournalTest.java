package com.showroomassistant.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookJournalTest {

    @TempDir
    Path directory;

    @Test
    void bodiesComeBackInArrivalOrderAndTheJournalEmptiesWhenAllAreHandedOn() {
        var journal = new WebhookJournal(directory, 1 << 20);
        assertThat(journal.pending()).isFalse();
        assertThat(journal.append(bytes("m1"))).isTrue();
        assertThat(journal.append(bytes("m2"))).isTrue();
        assertThat(journal.pending()).isTrue();

        assertThat(texts(journal.next(1))).containsExactly("m1");
        journal.handedOn(1);
        assertThat(journal.append(bytes("m3"))).isTrue(); // arrives during the replay: queued behind m2
        assertThat(texts(journal.next(10))).containsExactly("m2", "m3");
        journal.handedOn(1);
        assertThat(journal.pending()).isTrue();
        journal.handedOn(1);
        assertThat(journal.pending()).isFalse();
        assertThat(journal.next(10)).isEmpty();
        journal.close();
    }

    @Test
    void aKilledInstancesJournalIsReplayedByTheNextOneFromItsFirstRecord() {
        var killed = new WebhookJournal(directory, 1 << 20);
        killed.append(bytes("a"));
        killed.append(bytes("b"));
        killed.next(1);
        killed.handedOn(1); // "a" reached the database; the record of that is lost with the process
        killed.close();

        var restarted = new WebhookJournal(directory, 1 << 20);
        assertThat(restarted.pending()).isTrue();
        assertThat(texts(restarted.next(10))).containsExactly("a", "b"); // "a" again: the inbox's key catches it
        restarted.close();
    }

    @Test
    void aRecordTornByACrashIsCutOffAndWasNeverAcknowledged() throws IOException {
        var journal = new WebhookJournal(directory, 1 << 20);
        journal.append(bytes("whole"));
        journal.close();
        // half a record: a length and a checksum, then fewer bytes than the length says
        Files.write(
                directory.resolve("webhooks.journal"),
                new byte[] {0, 0, 0, 50, 1, 2, 3, 4, 'x'},
                StandardOpenOption.APPEND);

        var reopened = new WebhookJournal(directory, 1 << 20);
        assertThat(texts(reopened.next(10))).containsExactly("whole");
        reopened.append(bytes("after"));
        assertThat(texts(reopened.next(10))).containsExactly("whole", "after");
        reopened.close();
    }

    @Test
    void aFullJournalRefusesRatherThanGrowing() {
        var journal = new WebhookJournal(directory, 30);
        assertThat(journal.append(bytes("0123456789"))).isTrue(); // 18 bytes with its header
        assertThat(journal.append(bytes("0123456789"))).isFalse();
        assertThat(texts(journal.next(10))).containsExactly("0123456789");
        journal.close();
    }

    @Test
    void oneJournalFileServesOneInstance() {
        var first = new WebhookJournal(directory, 1 << 20);
        assertThatThrownBy(() -> new WebhookJournal(directory, 1 << 20)).isInstanceOf(IllegalStateException.class);
        first.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<String> texts(List<byte[]> bodies) {
        return bodies.stream().map(b -> new String(b, UTF_8)).toList();
    }
}
