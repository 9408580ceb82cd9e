/** Selling: leads moved forward by observed facts (won/lost only by staff), test-drive bookings, and their API. */
package com.showroomassistant.sales;
