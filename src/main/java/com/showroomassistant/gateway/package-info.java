/**
 * The WhatsApp gateways, as seen from this service: one seam ({@link com.showroomassistant.gateway.WhatsAppGateway})
 * with Aimeow and Meta's Cloud API behind it, the durable outbox that sends through them, media download.
 */
package com.showroomassistant.gateway;
