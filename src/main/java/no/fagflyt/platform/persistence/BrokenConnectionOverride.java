package no.fagflyt.platform.persistence;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * HikariCP drops a pooled connection when the driver reports a connection-class SQL state (08xxx), as
 * PostgreSQL does. H2 in server mode reports a lost server with its own codes instead, so without this
 * the pool would keep handing out dead connections after the database came back.
 */
public class BrokenConnectionOverride implements SQLExceptionOverride {

    /** H2: connection broken, database closed, database closed at shutdown. */
    private static final Set<Integer> H2_CONNECTION_LOST = Set.of(90067, 90098, 90121);

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && H2_CONNECTION_LOST.contains(sql.getErrorCode())) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }

}
