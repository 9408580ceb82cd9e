package com.showroomassistant.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("showroom.webhook")
record WebhookProperties(
        String secret, String userAgent, Integer maxBodyBytes, String journalDirectory, Long journalMaxBytes) {

    WebhookProperties {
        maxBodyBytes = maxBodyBytes == null ? 1024 * 1024 : maxBodyBytes;
        journalDirectory = journalDirectory == null || journalDirectory.isBlank() ? "./data/journal" : journalDirectory;
        journalMaxBytes = journalMaxBytes == null ? 256L * 1024 * 1024 : journalMaxBytes;
    }

    boolean authenticated() {
        return secret != null && !secret.isBlank();
    }

    /** Never print the secret. */
    @Override
    public String toString() {
        return "WebhookProperties[secret=" + (authenticated() ? "***" : "unset") + ", userAgent=" + userAgent + "]";
    }
}
