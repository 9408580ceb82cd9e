package com.showroomassistant.demo;

import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.tenant.AdminKey;
import com.showroomassistant.webhook.WebhookSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Seeds the demo showroom when asked to and prints what a newcomer needs, once, at start. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    static final String DEMO_OWNER = "owner@demo.showroom";
    private final DemoShowroom demo;
    private final DashboardUsers dashboardUsers;
    private final AdminKey admin;
    private final WebhookSecret webhookSecret;
    private final String gatewayBaseUrl;
    private final String datasourceUrl;
    private final String demoData;
    private final String publicUrl;

    StartupBanner(
            DemoShowroom demo,
            DashboardUsers dashboardUsers,
            AdminKey admin,
            WebhookSecret webhookSecret,
            @Value("${aimeow.base-url:}") String gatewayBaseUrl,
            @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${showroom.demo-data:}") String demoData,
            @Value("${showroom.public-base-url}") String publicUrl) {
        this.demo = demo;
        this.dashboardUsers = dashboardUsers;
        this.admin = admin;
        this.webhookSecret = webhookSecret;
        this.gatewayBaseUrl = gatewayBaseUrl;
        this.datasourceUrl = datasourceUrl;
        this.demoData = demoData;
        this.publicUrl = publicUrl;
    }

    /** Never beside a real gateway: the demo's staff number is published, so its commands would be anyone's. */
    boolean demoEnabled() {
        if (gatewayConfigured()) {
            return false;
        }
        if (demoData != null && !demoData.isBlank()) {
            return Boolean.parseBoolean(demoData.strip());
        }
        return datasourceUrl.startsWith("jdbc:h2:");
    }

    private boolean gatewayConfigured() {
        return gatewayBaseUrl != null && !gatewayBaseUrl.isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        StringBuilder banner = new StringBuilder("\n==== Showroom Assistant is up ====\n");
        banner.append("  URL:          ").append(publicUrl).append('\n');
        banner.append("  API docs:     ").append(publicUrl).append("/swagger-ui.html\n");
        String adminKey = admin.generatedKeyOrNull();
        banner.append("  Operator key: ")
                .append(
                        adminKey != null
                                ? adminKey + "  (generated; set ADMIN_API_KEY to fix it)"
                                : "from ADMIN_API_KEY")
                .append('\n');
        banner.append("  Webhook:      ")
                .append(
                        switch (webhookSecret.source()) {
                            case CONFIGURED -> "secret from AIMEOW_WEBHOOK_SECRET";
                            case GENERATED ->
                                "secret generated and stored; read it with GET " + WebhookSecret.ADMIN_PATH
                                        + " (operator key)";
                            case NONE -> "UNAUTHENTICATED (no gateway configured: demo and emulator only)";
                        })
                .append('\n');
        if (gatewayConfigured() && Boolean.parseBoolean(demoData == null ? "" : demoData.strip())) {
            log.warn(
                    "DEMO_DATA=true is ignored: the demo showroom is never seeded while a gateway (AIMEOW_BASE_URL) is configured");
        }
        // a demo key printed at an earlier start (a log, a screenshot) is no key to a showroom that may be real now
        demo.existing().ifPresent(demo::revokeKeys);
        if (demoEnabled()) {
            var tenant = demo.seedIfEmpty();
            if (tenant != null) {
                banner.append(
                        "  Demo showroom: \"Showroom Demo\", gateway clientId \"demo\", staff +6281200000001 (Budi)\n");
                banner.append("  Demo API key: ").append(demo.freshKey(tenant)).append("  (new key each start)\n");
                String password = DashboardUsers.generatePassword();
                dashboardUsers.resetOwner(tenant, DEMO_OWNER, password);
                banner.append("  Dashboard:    ")
                        .append(publicUrl)
                        .append("/login  ")
                        .append(DEMO_OWNER)
                        .append(" / ")
                        .append(password)
                        .append("  (new password each start)\n");
            }
        }
        log.info(banner.toString());
    }
}
