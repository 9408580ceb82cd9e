package bench.bare;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stack's ceiling for the webhook: Spring Boot, Tomcat, Hikari and one autocommitted insert per request, the
 * body stored as JSON under the message id as unique key (the same table shape as the bench's pgbench reference).
 * No authentication, no parsing beyond finding the id, no conversation.
 */
@SpringBootApplication
@RestController
public class BareIngest {

    private final JdbcClient jdbc;

    BareIngest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static void main(String[] args) {
        SpringApplication.run(BareIngest.class, args);
    }

    @PostMapping(path = "/ingest", produces = MediaType.APPLICATION_JSON_VALUE)
    String ingest(@RequestBody byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        int at = json.indexOf("\"id\":\"") + 6;
        String key = json.substring(at, json.indexOf('"', at));
        int stored = jdbc.sql("insert into bare_ingest (key, payload) values (?, ?::json) on conflict do nothing")
                .params(key, json)
                .update();
        return stored == 1 ? "{\"status\":\"accepted\"}" : "{\"status\":\"duplicate\"}";
    }
}
