package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 database must keep enforcing the migrations' check constraints after the connection that
 * ran the migrations is closed, as happens when the pool retires it (maxLifetime) or when a second app
 * context shares the database. H2 2.4.240 failed every such row with "Check constraint invalid" (h2database
 * issues 4291/4302), which in the default run broke the inbox claim half an hour after the first start.
 */
class H2SchemaTest {

    @Test
    void checkConstraintsHoldAfterTheMigratingConnectionIsGone() throws SQLException {
        String url = "jdbc:h2:mem:schema_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            // Flyway opens and closes its own connection: the one that creates the constraints
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            try (Connection other = DriverManager.getConnection(url, "sa", "");
                    Statement sql = other.createStatement()) {
                sql.executeUpdate("insert into tenant (id, name) values (1, 'Showroom')");
                sql.executeUpdate("insert into gateway_account (tenant_id, client_id) values (1, 'c-1')");
                sql.executeUpdate("update gateway_account set connection_state = 'connected' where tenant_id = 1");

                assertThat(connectionState(sql)).isEqualTo("connected");
                assertThatThrownBy(() -> sql.executeUpdate(
                                "update gateway_account set connection_state = 'sleeping' where tenant_id = 1"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getErrorCode()).isEqualTo(23513));
                assertThat(connectionState(sql)).isEqualTo("connected");

                // the inbox claim that failed in CI, and range checks beside the IN lists
                sql.executeUpdate(
                        "insert into conversation (id, tenant_id, account_id, customer_identity, work_due_at) "
                                + "select 1, 1, id, '6281234', current_timestamp from gateway_account where tenant_id = 1");
                assertThat(sql.executeUpdate("update conversation set lease_owner = 'worker-1', "
                                + "lease_until = current_timestamp where id = 1 and work_due_at <= current_timestamp"))
                        .isEqualTo(1);
                sql.executeUpdate("insert into vehicle (tenant_id, display_id, make, model, model_year, price, status) "
                        + "values (1, 'V-1', 'Toyota', 'Avanza', 2019, 185000000, 'available')");
                assertThatThrownBy(() ->
                                sql.executeUpdate("update vehicle set model_year = 1900 where display_id = 'V-1'"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getErrorCode()).isEqualTo(23513));
            }
        }
    }

    private static String connectionState(Statement sql) throws SQLException {
        try (var rows = sql.executeQuery("select connection_state from gateway_account where tenant_id = 1")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
