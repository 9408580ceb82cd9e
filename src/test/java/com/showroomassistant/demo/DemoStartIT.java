package com.showroomassistant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.Instance;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each start prints a new demo key; the keys printed at earlier starts stop working. */
@ExtendWith(OutputCaptureExtension.class)
class DemoStartIT {

    private static final Pattern DEMO_KEY = Pattern.compile("Demo API key: (sk_[0-9a-f]+)");

    @Test
    void aRestartRevokesTheDemoKeysOfEarlierStarts(CapturedOutput output) {
        Map<String, Object> database = Instance.freshDatabase();
        Map<String, Object> demo = Map.of("showroom.demo-data", "true");
        String first;
        try (Instance app = Instance.start(database, demo)) {
            first = lastKey(output);
            assertThat(app.http()
                            .get("/api/v1/vehicles", first)
                            .json()
                            .get("total")
                            .asInt())
                    .isEqualTo(12);
        }
        try (Instance app = Instance.start(database, demo)) {
            String second = lastKey(output);
            assertThat(second).isNotEqualTo(first);
            assertThat(app.http().get("/api/v1/vehicles", first).status()).isEqualTo(401);
            assertThat(app.http().get("/api/v1/vehicles", second).status()).isEqualTo(200);
        }
    }

    private static String lastKey(CapturedOutput output) {
        Matcher m = DEMO_KEY.matcher(output.getAll());
        String key = null;
        while (m.find()) {
            key = m.group(1);
        }
        assertThat(key).as("a demo key printed at start").isNotNull();
        return key;
    }
}
