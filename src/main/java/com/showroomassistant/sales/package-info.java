/** Selling: one lead per customer moved forward by observed facts, and test-drive / viewing bookings. */
package com.showroomassistant.sales;
