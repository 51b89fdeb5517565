package dev.grantry.micro;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's data source as a plain {@link DataSource}, the default class of {@link MicroDataSource}. H2's own class is an
 * {@code XADataSource} too, so Payara gives it an XA pool, and every transaction then goes through the distributed
 * (JTS) transaction manager with XA start, end and commit on each connection. Grantry has one database: a local
 * transaction on a plain pool does the same work without that cost on every request.
 */
public class H2LocalDataSource implements DataSource {

    private final JdbcDataSource h2 = new JdbcDataSource();

    public String getURL() {
        return h2.getURL();
    }

    public void setURL(String url) {
        h2.setURL(url);
    }

    public String getUrl() {
        return h2.getUrl();
    }

    public void setUrl(String url) {
        h2.setUrl(url);
    }

    public String getUser() {
        return h2.getUser();
    }

    public void setUser(String user) {
        h2.setUser(user);
    }

    public void setPassword(String password) {
        h2.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return h2.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return h2.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return h2.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
