package com.showroomassistant.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /v3/api-docs and Swagger UI: tenant endpoints take a tenant key, /api/v1/admin/** the operator key. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

    static {
        // filled from the API key, never sent by the caller
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TenantId.class);
    }

    @Bean
    OpenAPI showroomApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Showroom Assistant management API")
                        .version("v1")
                        .description("Multi-tenant WhatsApp assistant for used-car showrooms. Tenant endpoints take"
                                + " `Authorization: Bearer <apiKey>` and act on the key's showroom only; another"
                                + " showroom's ids answer 404. Errors are application/problem+json; validation errors"
                                + " name the fields in `errors`."))
                .components(new Components()
                        .addSecuritySchemes("tenantKey", bearer("A showroom's API key (sk_...)"))
                        .addSecuritySchemes("operatorKey", bearer("The platform operator's ADMIN_API_KEY"))
                        .addSchemas(
                                "Problem",
                                new Schema<>()
                                        .type("object")
                                        .addProperty("type", new Schema<>().type("string"))
                                        .addProperty("title", new Schema<>().type("string"))
                                        .addProperty("status", new Schema<>().type("integer"))
                                        .addProperty("detail", new Schema<>().type("string"))
                                        .addProperty(
                                                "errors",
                                                new Schema<>().type("object").description("field -> message"))))
                .addSecurityItem(new SecurityRequirement().addList("tenantKey"));
    }

    private static SecurityScheme bearer(String description) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description(description);
    }

    /** The failures every keyed endpoint shares, so each operation need not repeat them. */
    @Bean
    OpenApiCustomizer commonProblems() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")
                    || path.startsWith("/api/v1/webhooks/")
                    || path.startsWith("/api/v1/aimeow/")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                operation.getResponses().putIfAbsent("401", problem("missing, invalid or revoked key"));
                if (path.contains("{")) {
                    operation.getResponses().putIfAbsent("404", problem("no such resource for this key's showroom"));
                }
            });
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
