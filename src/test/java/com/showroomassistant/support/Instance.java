package com.showroomassistant.support;

import com.showroomassistant.ShowroomAssistantApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One start of the whole application on a database of the test's own, for what only a start decides (seeding,
 * generated secrets, keys revoked at start) and for two instances sharing one database. {@link IntegrationTest}
 * shares one started application between tests instead.
 */
public final class Instance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Instance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * A new, empty database (H2 in memory, or a fresh PostgreSQL schema named like {@link IntegrationTest}'s, so
     * .ci/run drops it with theirs), as properties any number of starts share.
     */
    public static Map<String, Object> freshDatabase() {
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = new HashMap<>();
        if (IntegrationTest.onPostgres()) {
            String url = System.getenv("TEST_POSTGRES_URL");
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            properties.put("spring.datasource.username", env("TEST_POSTGRES_USER", "postgres"));
            properties.put("spring.datasource.password", env("TEST_POSTGRES_PASSWORD", ""));
            properties.put("spring.flyway.schemas", name);
            properties.put("spring.flyway.default-schema", name);
        } else {
            properties.put(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return properties;
    }

    /** Starts the application on a random port with the operator key {@link IntegrationTest#ADMIN_KEY}. */
    public static Instance start(Map<String, Object> database, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("showroom.admin-api-key", IntegrationTest.ADMIN_KEY);
        properties.put("showroom.connection.poll-interval", "1h");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5"); // beside the cached test contexts' pools
        try {
            var media = Files.createTempDirectory("showroom-media-");
            properties.put("showroom.media.directory", media.toString());
            // each instance its own webhook journal, as in production (the file is locked per process)
            properties.put(
                    "showroom.webhook.journal-directory",
                    media.resolve("journal").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.putAll(settings);
        // as command-line arguments: they take precedence over application.yml, as environment variables would
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new Instance(new SpringApplicationBuilder(ShowroomAssistantApplication.class).run(arguments));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The separate management port, when the start set {@code management.server.port}. */
    public int managementPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
    }

    /** A client that adds no webhook token: each test says what it presents. */
    public Http http() {
        return new Http("http://localhost:" + port());
    }

    @Override
    public void close() {
        context.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
