/**
 * The showroom's web dashboard: sign-in for owners and staff, inbox, conversations, settings, staff phones,
 * inventory, leads, analytics, connection and the emulator, rendered on the server with htmx.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenant",
            "conversation",
            "staff",
            "inventory",
            "intent",
            "sales",
            "management",
            "alerts"
        })
package com.showroomassistant.dashboard;
