/** Staff phones of a showroom: who may run commands on WhatsApp; and the replies staff keep at hand. */
package com.showroomassistant.staff;
