package com.showroomassistant.sales;

import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's lead and test drives, for their data request (UU PDP): exported as stored, or forgotten. Forgetting
 * keeps the rows (the funnel and the bookings still count) and blanks the name, number and notes.
 */
@Component
public class CustomerSalesData {

    private final JdbcClient jdbc;
    private final Leads leads;
    private final TestDrives testDrives;
    private final TradeIns tradeIns;

    CustomerSalesData(JdbcClient jdbc, Leads leads, TestDrives testDrives, TradeIns tradeIns) {
        this.tradeIns = tradeIns;
        this.jdbc = jdbc;
        this.leads = leads;
        this.testDrives = testDrives;
    }

    public record Records(Optional<Lead> lead, List<TestDrive> testDrives, Optional<TradeIn> tradeIn) {}

    public Records export(TenantId tenant, String identity) {
        Optional<Lead> lead = jdbc.sql("select id from sales_lead where tenant_id = ? and customer_identity = ?")
                .params(tenant.value(), identity)
                .query(Long.class)
                .optional()
                .map(id -> leads.get(tenant, id));
        List<TestDrive> drives = jdbc
                .sql("select id from test_drive where tenant_id = ? and customer_identity = ? order by id")
                .params(tenant.value(), identity)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> testDrives.get(tenant, id))
                .toList();
        return new Records(lead, drives, tradeIns.of(tenant, identity));
    }

    /** @param photos the trade-in's photos, kept by this service, for the caller to delete */
    public record Forgotten(int leads, int testDrives, List<String> photos) {}

    /** Call inside the caller's transaction, with the pseudonym the conversations got. */
    public Forgotten forget(TenantId tenant, String identity, String pseudonym) {
        int lead = jdbc.sql("""
                update sales_lead set customer_identity = ?, customer_phone = null, name = null, notes = null,
                       preferred_date = null, updated_at = current_timestamp
                 where tenant_id = ? and customer_identity = ?""").params(pseudonym, tenant.value(), identity).update();
        int drives = jdbc.sql("""
                update test_drive set customer_identity = ?, customer_phone = null, customer_name = null, notes = null
                 where tenant_id = ? and customer_identity = ?""").params(pseudonym, tenant.value(), identity).update();
        List<String> photos = tradeIns.of(tenant, identity).map(TradeIn::photos).orElse(List.of());
        jdbc.sql("""
                update trade_in set customer_identity = ?, notes = null, photos = null where tenant_id = ? and customer_identity = ?""").params(pseudonym, tenant.value(), identity).update();
        return new Forgotten(lead, drives, photos);
    }
}
