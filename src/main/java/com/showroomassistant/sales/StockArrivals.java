package com.showroomassistant.sales;

import com.showroomassistant.inventory.VehicleAvailable;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notes each car that became available, for {@link FollowUps} to match against leads in business hours. Heard in
 * the inventory's own transaction: the note commits with the car, or neither does, with no event store needed.
 */
@Component
class StockArrivals {

    private final JdbcClient jdbc;
    private final Clock clock;

    StockArrivals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onAvailable(VehicleAvailable event) {
        jdbc.sql("insert into stock_arrival (tenant_id, vehicle_id, arrived_at) values (?, ?, ?)")
                .params(event.tenant().value(), event.vehicleId(), Timestamps.db(clock.instant()))
                .update();
    }
}
