package com.showroomassistant.webhook;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that cannot be reached (down, restarting, failing over) from a statement that failed. */
final class DatabaseFailure {

    private DatabaseFailure() {}

    static boolean unreachable(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DataAccessResourceFailureException
                    || e instanceof CannotCreateTransactionException
                    || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
                return true; // connection exception class; PostgreSQL's admin shutdown
            }
        }
        return false;
    }
}
