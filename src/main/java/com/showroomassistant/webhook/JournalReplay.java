package com.showroomassistant.webhook;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Opens this instance's webhook journal at start (a journal left by a killed instance is replayed from its first
 * record) and hands its bodies to the database whenever the database answers again.
 */
@Configuration(proxyBeanMethods = false)
class JournalReplay {

    private static final Logger log = LoggerFactory.getLogger(JournalReplay.class);

    private final WebhookReceiver receiver;

    JournalReplay(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Bean(destroyMethod = "close")
    static WebhookJournal webhookJournal(WebhookProperties properties) {
        return new WebhookJournal(Path.of(properties.journalDirectory()), properties.journalMaxBytes());
    }

    @Scheduled(fixedDelayString = "${showroom.webhook.journal-replay-interval:1s}", initialDelay = 0)
    void replay() {
        int replayed = receiver.replayJournal();
        if (replayed > 0) {
            log.info("{} journaled webhook(s) handed to the database", replayed);
        }
    }
}
