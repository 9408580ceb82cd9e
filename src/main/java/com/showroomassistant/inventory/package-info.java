/** The showroom's vehicles: stock, prices, status and photos. */
package com.showroomassistant.inventory;
