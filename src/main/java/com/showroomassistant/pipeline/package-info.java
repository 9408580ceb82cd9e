/** Drains the durable inbox: claims conversations with a lease, answers each turn once, in order. */
package com.showroomassistant.pipeline;
