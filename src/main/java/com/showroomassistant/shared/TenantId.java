package com.showroomassistant.shared;

/** The tenant a request acts for; always derived from the API key, never from the request itself. */
public record TenantId(long value) {}
