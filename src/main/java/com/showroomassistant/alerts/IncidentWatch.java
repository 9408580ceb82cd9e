package com.showroomassistant.alerts;

import com.showroomassistant.alerts.Incidents.Kind;
import com.showroomassistant.assistant.TokenBudget;
import com.showroomassistant.assistant.llm.LlmClient;
import com.showroomassistant.conversation.WaitingForStaff;
import com.showroomassistant.gateway.Gateways;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at every showroom's conditions every {@code showroom.alerts.interval} and opens or closes its incidents,
 * telling the owner once per incident:
 * <ul>
 *   <li>WhatsApp disconnected: the state the connection poll stored is not "connected" for a number that was connected
 *       since its gateway client was bound. The alert goes by e-mail at once; by WhatsApp, which is what is down, it
 *       would fail its retries, so the WhatsApp message is sent when the connection is back, saying how long it was
 *       down;</li>
 *   <li>the AI failing: a circuit breaker of the tenant's LLM calls opened and no call succeeded since, on any instance
 *       ({@link AiHealth}); once it cleared, not told again for {@code showroom.alerts.ai-quiet-period} (10 minutes),
 *       so an AI failing on and off is one message, not one per flap;</li>
 *   <li>the token budget spent for the day, in the showroom's time zone;</li>
 *   <li>customers waiting for staff longer than the owner's threshold.</li>
 * </ul>
 */
@Component
class IncidentWatch {

    private static final Logger log = LoggerFactory.getLogger(IncidentWatch.class);
    private static final int LISTED_WAITING = 5;

    private final Tenants tenants;
    private final AiConfigs configs;
    private final GatewayAccounts accounts;
    private final Gateways gateways;
    private final LlmClient llm;
    private final TokenBudget budget;
    private final WaitingForStaff waiting;
    private final Incidents incidents;
    private final Owner owner;
    private final OwnerChannels channels;
    private final Clock clock;
    private final AiHealth aiHealth;
    private final Duration quietAfterClose;

    IncidentWatch(
            Tenants tenants,
            AiConfigs configs,
            GatewayAccounts accounts,
            Gateways gateways,
            LlmClient llm,
            TokenBudget budget,
            WaitingForStaff waiting,
            Incidents incidents,
            Owner owner,
            OwnerChannels channels,
            Clock clock,
            AiHealth aiHealth,
            @Value("${showroom.alerts.ai-quiet-period:10m}") Duration quietAfterClose) {
        this.aiHealth = aiHealth;
        this.quietAfterClose = quietAfterClose;
        this.tenants = tenants;
        this.configs = configs;
        this.accounts = accounts;
        this.gateways = gateways;
        this.llm = llm;
        this.budget = budget;
        this.waiting = waiting;
        this.incidents = incidents;
        this.owner = owner;
        this.channels = channels;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${showroom.alerts.interval:20s}",
            initialDelayString = "${showroom.alerts.interval:20s}")
    void scheduled() {
        check(clock.instant());
    }

    /** One pass over every showroom, as of {@code now}. */
    void check(Instant now) {
        for (var t : tenants.list()) {
            TenantId tenant = new TenantId(t.id());
            try {
                check(tenant, t.name(), now);
            } catch (RuntimeException e) {
                log.warn("owner alert check of tenant {} failed: {}", tenant.value(), e.toString());
            }
        }
    }

    private void check(TenantId tenant, String showroom, Instant now) {
        AiConfig config = configs.of(tenant);
        AiConfig.OwnerAlerts choice = config.ownerAlertsOrDefaults();
        if (!choice.on()) {
            return;
        }
        var texts = AlertTexts.in(config.zone(), showroom);
        Owner.Contact to = owner.of(tenant, choice);

        whatsApp(tenant, to, texts, now);

        if (aiHealth.failing(tenant, llm.seen(tenant))) {
            // a recovery does not end the quiet period: an AI failing on and off is told once per period, not per flap
            openUnlessQuiet(tenant, to, Kind.LLM_FAILING, now, texts.llmFailing(now));
        } else {
            incidents.close(tenant, Kind.LLM_FAILING, now);
        }

        LocalDate today = LocalDate.ofInstant(now, config.zone());
        if (budget.exceeded(tenant, today)) {
            open(tenant, to, Kind.TOKEN_BUDGET, today.toString(), now, texts.tokenBudgetSpent(now));
        } else {
            incidents.close(tenant, Kind.TOKEN_BUDGET, now);
        }

        int minutes = choice.staffWait();
        var waitingLong = waiting.since(tenant, now.minus(Duration.ofMinutes(minutes)), LISTED_WAITING);
        if (waitingLong.isEmpty()) {
            incidents.close(tenant, Kind.STAFF_WAITING, now);
        } else {
            open(tenant, to, Kind.STAFF_WAITING, null, now, texts.staffWaiting(waitingLong, minutes));
        }
    }

    private void whatsApp(TenantId tenant, Owner.Contact to, AlertTexts.ZoneAware texts, Instant now) {
        GatewayAccount account = accounts.ofTenant(tenant);
        if (!gateways.of(account).enabled() || account.clientId() == null) {
            // the account's gateway (Aimeow or the Cloud API) not configured, or disconnected on purpose: nothing to
            // watch until a client is bound again
            incidents.close(tenant, Kind.WHATSAPP_DISCONNECTED, now);
            incidents.forgetWhatsApp(tenant);
            return;
        }
        if ("connected".equals(account.connectionState())) {
            incidents.sawWhatsAppConnected(tenant, now);
            channels.tellIf(
                    tenant,
                    to,
                    () -> incidents
                            .close(tenant, Kind.WHATSAPP_DISCONNECTED, now)
                            .map(since -> texts.whatsAppBack(since, now)));
        } else if (incidents.wasWhatsAppConnected(tenant)) {
            open(
                    tenant,
                    to,
                    Kind.WHATSAPP_DISCONNECTED,
                    account.connectionState(),
                    now,
                    texts.whatsAppDisconnected(now));
        }
    }

    private void openUnlessQuiet(
            TenantId tenant, Owner.Contact to, Kind kind, Instant now, OwnerChannels.Message message) {
        tell(
                tenant,
                to,
                kind,
                () -> incidents.openUnlessClosedSince(tenant, kind, now.minus(quietAfterClose), now),
                message);
    }

    private void open(
            TenantId tenant, Owner.Contact to, Kind kind, String detail, Instant now, OwnerChannels.Message message) {
        tell(tenant, to, kind, () -> incidents.open(tenant, kind, detail, now), message);
    }

    private void tell(
            TenantId tenant,
            Owner.Contact to,
            Kind kind,
            java.util.function.BooleanSupplier opened,
            OwnerChannels.Message message) {
        boolean told = channels.tellIf(
                tenant, to, () -> opened.getAsBoolean() ? java.util.Optional.of(message) : java.util.Optional.empty());
        if (told) {
            log.info("owner of tenant {} told: {}", tenant.value(), kind.key());
        }
    }
}
