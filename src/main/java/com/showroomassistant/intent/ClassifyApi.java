package com.showroomassistant.intent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The classifier the pipeline uses, for the dashboard's emulator and for measuring it (CONTRACT 6). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Assistant configuration")
class ClassifyApi {

    private final IntentClassifier classifier;

    ClassifyApi(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    record ClassifyRequest(
            @NotNull @Size(max = 4000) String text,

            @Pattern(regexp = "(?i)customer|staff", message = "must be customer or staff")
            String role) {}

    record ClassifyResponse(String intent, double confidence, Map<String, Object> entities) {}

    @PostMapping("/api/v1/whatsapp-ai/classify")
    @io.swagger.v3.oas.annotations.Operation(
            summary = "Classify a message as the pipeline does",
            description = "Intent, confidence and entities (labels of eval/README.md); role customer or staff.")
    ClassifyResponse classify(com.showroomassistant.shared.TenantId tenant, @Valid @RequestBody ClassifyRequest body) {
        Role role = body.role() != null && body.role().toLowerCase(Locale.ROOT).equals("staff")
                ? Role.STAFF
                : Role.CUSTOMER;
        Classification c = classifier.classify(body.text(), role);
        return new ClassifyResponse(c.label(), c.confidence(), c.entities().toMap());
    }
}
