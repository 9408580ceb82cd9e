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
 * @param attachment a photo or other media the customer sent with (or instead of) text, or null
 */
public record CustomerTurn(
        TenantId tenantId,
        Tenants.Tenant tenant,
        AiConfig config,
        Classification classification,
        String text,
        String customerName,
        List<HistoryTurn> history,
        String interestModel,
        Attachment attachment) {

    /** What came with the turn besides text: a photo (described by the vision model when it could be), other media. */
    public record Attachment(boolean photo, String description) {

        public static Attachment photo(String description) {
            return new Attachment(true, description);
        }

        public static Attachment otherMedia() {
            return new Attachment(false, null);
        }
    }

    public CustomerTurn(
            TenantId tenantId,
            Tenants.Tenant tenant,
            AiConfig config,
            Classification classification,
            String text,
            String customerName,
            List<HistoryTurn> history,
            String interestModel) {
        this(tenantId, tenant, config, classification, text, customerName, history, interestModel, null);
    }
}
