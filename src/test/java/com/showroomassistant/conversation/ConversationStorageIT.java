package com.showroomassistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stores are picked for the database: the PostgreSQL run exercises the one-statement hot paths. */
class ConversationStorageIT extends IntegrationTest {

    @Autowired
    Inbox inbox;

    @Autowired
    Turns turns;

    @Test
    void theInboxAndTheTurnsAreTheDatabasesOwn() {
        assertThat(inbox).isExactlyInstanceOf(onPostgres() ? PostgresInbox.class : PortableInbox.class);
        assertThat(turns).isExactlyInstanceOf(onPostgres() ? PostgresTurns.class : PortableTurns.class);
    }
}
