package com.showroomassistant.assistant;

import com.showroomassistant.intent.Classification;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.Tenants;
import java.util.List;

/** Everything the assistant may use to answer one customer turn. */
public record CustomerTurn(
        TenantId tenantId,
        Tenants.Tenant tenant,
        AiConfig config,
        Classification classification,
        String text,
        String customerName,
        List<HistoryTurn> history) {}
