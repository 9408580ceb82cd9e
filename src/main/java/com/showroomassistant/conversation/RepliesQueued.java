package com.showroomassistant.conversation;

/** Published when outbound messages were committed, so the outbox sends them without waiting to poll. */
public record RepliesQueued() {}
