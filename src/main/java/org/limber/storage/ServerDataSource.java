package org.limber.storage;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.limber.settings.ServerAddress;

/**
 * Connections to a practice server through the PostgreSQL JDBC driver, the only thing in the app that
 * opens a socket. The password stays in memory (a copy the caller may wipe); without one the driver
 * reads {@code PGPASSFILE} or {@code ~/.pgpass} itself.
 */
final class ServerDataSource implements DataSource {

    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final String url;
    private final Properties properties = new Properties();
    private final char[] password;

    ServerDataSource(ServerAddress address, char[] password) {
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        this.url = "jdbc:postgresql://" + host + ":" + address.port() + "/"
                + URLEncoder.encode(address.database(), StandardCharsets.UTF_8);
        this.password = password == null ? null : Arrays.copyOf(password, password.length);
        properties.setProperty("user", address.user());
        properties.setProperty("ApplicationName", "Limber");
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        if (address.schema() != null) {
            properties.setProperty("currentSchema", address.schema());
        }
        if (address.sslMode() != null) {
            properties.setProperty("sslmode", address.sslMode());
        }
        if (address.sslRootCert() != null) {
            properties.setProperty("sslrootcert", address.sslRootCert());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties withPassword = new Properties();
        withPassword.putAll(properties);
        if (password != null) {
            withPassword.setProperty("password", new String(password));
        }
        return DriverManager.getConnection(url, withPassword);
    }

    @Override
    public Connection getConnection(String user, String otherPassword) throws SQLException {
        throw new SQLFeatureNotSupportedException("the user is the address's");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through java.util.logging, which the app leaves quiet
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connectTimeout is set per connection
    }

    @Override
    public int getLoginTimeout() {
        return CONNECT_TIMEOUT_SECONDS;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return url + " as " + properties.getProperty("user");
    }
}
