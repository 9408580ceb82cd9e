/** Running a showroom's assistant: its WhatsApp connection lifecycle, statistics and analytics. */
package com.showroomassistant.management;
