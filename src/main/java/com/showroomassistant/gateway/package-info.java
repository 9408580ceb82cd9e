/** The Aimeow WhatsApp gateway, as seen from this service: sending messages and media, managing device clients. */
package com.showroomassistant.gateway;
