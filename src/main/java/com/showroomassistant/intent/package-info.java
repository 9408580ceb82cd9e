/**
 * Intent classification of incoming WhatsApp messages (rules and normalisation, no LLM call) with entity
 * extraction, plus the vehicle catalogue and rupiah price parsing used by other modules.
 */
package com.showroomassistant.intent;
