/**
 * The owner hears about problems without looking: WhatsApp disconnected, the AI failing or out of its token budget,
 * customers waiting for staff, each told once per incident by WhatsApp and e-mail; and the opt-in daily summary.
 */
package com.showroomassistant.alerts;
