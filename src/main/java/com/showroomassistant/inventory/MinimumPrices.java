package com.showroomassistant.inventory;

import com.showroomassistant.shared.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only reader of a car's minimum price: the lowest offer the assistant may hand to staff. It is internal, so
 * it is not part of {@link Vehicle}, and the few callers of this class are the whole list of places that see it:
 * judging an offer, and the showroom owner's management API, CSV export and dashboard form. It is written with the
 * vehicle ({@link VehicleDraft#minimumPrice()}).
 */
@Component
public class MinimumPrices {

    private final JdbcClient jdbc;

    MinimumPrices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The car's minimum price, if the showroom set one. */
    public Optional<Long> of(TenantId tenant, long vehicleId) {
        return jdbc.sql(
                        "select minimum_price from vehicle where tenant_id = ? and id = ? and minimum_price is not null")
                .params(tenant.value(), vehicleId)
                .query(Long.class)
                .optional();
    }

    /** Every minimum price the showroom set, by vehicle id. */
    Map<Long, Long> all(TenantId tenant) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select id, minimum_price from vehicle where tenant_id = ? and minimum_price is not null")
                .param(tenant.value())
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }
}
