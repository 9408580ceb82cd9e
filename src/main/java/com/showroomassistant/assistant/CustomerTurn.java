package com.showroomassistant.assistant;

import com.showroomassistant.intent.Classification;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.Tenants;
import java.util.List;

/**
 * Everything the assistant may use to answer one customer turn.
 *
 * @param interestModel the model the conversation is about from earlier turns, or null
 */
public record CustomerTurn(
        TenantId tenantId,
        Tenants.Tenant tenant,
        AiConfig config,
        Classification classification,
        String text,
        String customerName,
        List<HistoryTurn> history,
        String interestModel) {}
