package com.showroomassistant.inventory;

import com.showroomassistant.shared.TenantId;

/**
 * A car became available: added to the stock as available, or moved back to available from booked or sold. Published
 * in the transaction that changed it (where there is one), so a listener's own write commits or rolls back with it.
 */
public record VehicleAvailable(TenantId tenant, long vehicleId) {}
