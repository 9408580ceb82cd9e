package com.showroomassistant.conversation;

import com.showroomassistant.shared.Databases;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Picks the inbox and the turns for the database, once at start: on PostgreSQL the hot paths are one statement each
 * (data-modifying CTEs); elsewhere (H2) the portable statements do the same work in transactions.
 */
@Configuration(proxyBeanMethods = false)
class ConversationStorage {

    private final boolean postgres;

    ConversationStorage(DataSource dataSource) {
        this.postgres = Databases.isPostgres(dataSource);
    }

    /**
     * On PostgreSQL, concurrent customer messages share a transaction and a round trip ({@link InboxGroupCommit});
     * {@code showroom.inbox.group-commit.writers=0} gives each message its own, as before.
     */
    @Bean
    Inbox inbox(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transaction,
            DataSource dataSource,
            @Value("${showroom.inbox.group-commit.writers:2}") int writers,
            @Value("${showroom.inbox.group-commit.max-batch:64}") int maxBatch) {
        if (!postgres) {
            return new PortableInbox(jdbc, events, clock, transaction);
        }
        var groupCommit = writers > 0
                ? new InboxGroupCommit(dataSource, PostgresInbox.storeInOpenStatement(), writers, maxBatch)
                : null;
        return new PostgresInbox(jdbc, events, clock, transaction, groupCommit);
    }

    @Bean
    Turns turns(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TurnMessages messages, TurnCompletion completion) {
        return postgres
                ? new PostgresTurns(jdbc, jdbcTemplate, messages, completion)
                : new PortableTurns(jdbc, jdbcTemplate, messages, completion);
    }
}
