/** The showroom's sales pipeline as the API shows it: leads and their stages, test drives. */
package com.showroomassistant.sales;
