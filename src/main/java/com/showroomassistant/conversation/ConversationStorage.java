package com.showroomassistant.conversation;

import com.showroomassistant.shared.Databases;
import java.time.Clock;
import javax.sql.DataSource;
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

    @Bean
    Inbox inbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction) {
        return postgres
                ? new PostgresInbox(jdbc, events, clock, transaction)
                : new PortableInbox(jdbc, events, clock, transaction);
    }

    @Bean
    Turns turns(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TurnMessages messages, TurnCompletion completion) {
        return postgres
                ? new PostgresTurns(jdbc, jdbcTemplate, messages, completion)
                : new PortableTurns(jdbc, jdbcTemplate, messages, completion);
    }
}
