/** The demo showroom seeded on an empty embedded database, and the start-up banner. */
package com.showroomassistant.demo;
