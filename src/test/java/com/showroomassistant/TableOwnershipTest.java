package com.showroomassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A conversation's life has one owner: only the conversation module writes its table, so every move of its status
 * goes through that module's methods. Other modules read it freely. The SQL is plain text in the sources, so the
 * sources are what is checked.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/com/showroomassistant");

    @Test
    void onlyTheConversationModuleWritesTheConversationTable() {
        Path owner = SOURCES.resolve("conversation");

        var writers = writersOf("conversation");

        assertThat(writers).as("the owner's own writes are found").anyMatch(file -> file.startsWith(owner));
        assertThat(writers)
                .as("files outside %s that write its table", owner)
                .filteredOn(file -> !file.startsWith(owner))
                .isEmpty();
    }

    /** Working the inbox: notes and labels are the conversation module's, saved replies the staff module's. */
    @Test
    void notesLabelsAndSavedRepliesAreWrittenOnlyByTheirOwners() {
        var owners = java.util.Map.of(
                "conversation_note", "conversation",
                "label", "conversation",
                "conversation_label", "conversation",
                "saved_reply", "staff");
        owners.forEach((table, module) -> {
            Path owner = SOURCES.resolve(module);
            assertThat(writersOf(table))
                    .as("files outside %s that write %s", owner, table)
                    .isNotEmpty()
                    .allMatch(file -> file.startsWith(owner));
        });
    }

    @Test
    void onlyTheConversationModuleMovesTheRoundRobinCursor() {
        Path owner = SOURCES.resolve("conversation");

        assertThat(writersOf("assignment_cursor")).isNotEmpty().allMatch(file -> file.startsWith(owner));
    }

    /** The owner's incidents and the AI's health as all instances saw it are the alerts module's. */
    @Test
    void onlyTheAlertsModuleWritesIncidentsAndTheSharedAiHealth() {
        Path owner = SOURCES.resolve("alerts");

        for (String table : List.of("owner_incident", "llm_health")) {
            assertThat(writersOf(table)).as(table).isNotEmpty().allMatch(file -> file.startsWith(owner));
        }
    }

    /** Source files with a statement that inserts into, updates, deletes from or merges into the table. */
    private static List<Path> writersOf(String table) {
        var write = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+" + table + "\\b");
        try (var files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> write.matcher(read(f)).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
