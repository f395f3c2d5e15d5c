package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
