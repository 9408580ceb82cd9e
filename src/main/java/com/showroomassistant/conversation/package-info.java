/** Conversations and their messages: the durable inbox the webhook writes and the workers drain. */
package com.showroomassistant.conversation;
