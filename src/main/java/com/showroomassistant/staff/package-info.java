/** Staff phones of a showroom: who may run commands on WhatsApp. */
package com.showroomassistant.staff;
