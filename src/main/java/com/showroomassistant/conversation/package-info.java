/**
 * Conversations and their messages: the durable inbox the webhook writes, the turns the workers claim from it and
 * complete, human takeover, and the conversation's status, which no other module writes.
 */
package com.showroomassistant.conversation;
