package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that landed is never edited: databases in production ran it as it was, and Flyway refuses to start
 * against an edited one. Each file's SHA-256 is held in db-migrations.sha256; a new migration adds a line there
 * (the failure message prints it), an edited one fails the build.
 */
class LandedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db");
    private static final Path LANDED = Path.of("src/test/resources/db-migrations.sha256");

    @Test
    void everyLandedMigrationIsUnchangedAndEveryMigrationIsListed() throws IOException {
        Map<String, String> actual = checksums();
        Map<String, String> landed = new TreeMap<>();
        for (String line : Files.readAllLines(LANDED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.strip().split("\\s+", 2);
                landed.put(parts[1], parts[0]);
            }
        }
        StringBuilder expected = new StringBuilder();
        actual.forEach(
                (file, sum) -> expected.append(sum).append("  ").append(file).append('\n'));
        landed.forEach((file, sum) -> assertThat(actual.get(file))
                .as("%s landed with checksum %s and must not change; add a new migration instead", file, sum)
                .isEqualTo(sum));
        assertThat(landed.keySet())
                .as("every migration is listed in %s; its lines should read:%n%s", LANDED, expected)
                .containsExactlyInAnyOrderElementsOf(actual.keySet());
    }

    private static Map<String, String> checksums() throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                sums.put(MIGRATIONS.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
