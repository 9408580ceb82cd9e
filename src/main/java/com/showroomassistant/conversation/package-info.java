/**
 * Conversations and their messages: the durable inbox the webhook writes, the turns the workers claim from it and
 * complete, human takeover, and the conversation's status, which no other module writes; and what staff keep on a
 * conversation for themselves, its internal notes and labels.
 */
package com.showroomassistant.conversation;
