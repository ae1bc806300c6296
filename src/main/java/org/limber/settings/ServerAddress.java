package org.limber.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a practice's PostgreSQL server is and who connects: {@code --database=postgresql://host:port/db?user=anna}.
 * It never holds a password: the person types it at start, or the driver reads it from the standard
 * {@code PGPASSFILE} / {@code ~/.pgpass} (or {@code %APPDATA%\postgresql\pgpass.conf}). A password
 * written into the address is refused, so it cannot end up in settings, logs or a process list.
 *
 * @param schema     the schema that holds Limber's tables (the user's default search path when null)
 * @param sslMode    libpq's sslmode ({@code verify-full} for a practice; null leaves the driver's default)
 * @param sslRootCert the CA file that signed the server's certificate, or null
 */
public record ServerAddress(String host, int port, String database, String user, String schema, String sslMode,
        String sslRootCert) {

    public static final String ARGUMENT = "--database=";
    public static final int DEFAULT_PORT = 5432;
    static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Why an address was refused; each is a {@code server.address.*} message key. */
    public enum Problem {
        UNREADABLE, NOT_POSTGRESQL, NO_HOST, NO_DATABASE, NO_USER, PASSWORD_IN_ADDRESS, UNKNOWN_OPTION, BAD_SSL_MODE;

        public String messageKey() {
            return "server.address." + name();
        }
    }

    /** The address could not be used; {@link #problem()} says why, the message is for the log. */
    public static final class AddressException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        AddressException(Problem problem, String detail) {
            super(detail);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public ServerAddress {
        require(host != null && !host.isBlank(), Problem.NO_HOST, "no host");
        require(port > 0 && port < 65536, Problem.UNREADABLE, "port " + port);
        require(database != null && !database.isBlank(), Problem.NO_DATABASE, "no database");
        require(user != null && !user.isBlank(), Problem.NO_USER, "no user");
        require(sslMode == null || SSL_MODES.contains(sslMode), Problem.BAD_SSL_MODE, "sslmode " + sslMode);
    }

    /** The {@code --database=...} argument, the last one if given twice; empty when there is none. */
    public static Optional<ServerAddress> fromArguments(Iterable<String> args) {
        String last = null;
        for (String a : args) {
            if (a.startsWith(ARGUMENT)) {
                last = a.substring(ARGUMENT.length());
            }
        }
        return last == null ? Optional.empty() : Optional.of(parse(last));
    }

    /**
     * Reads {@code postgresql://[user@]host[:port]/database[?user=&schema=&sslmode=&sslrootcert=]}
     * ({@code postgres://} too). Anything else, a password included, is refused.
     */
    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new AddressException(Problem.UNREADABLE, e.getMessage());
        }
        require("postgresql".equals(uri.getScheme()) || "postgres".equals(uri.getScheme()), Problem.NOT_POSTGRESQL,
                "scheme " + uri.getScheme());
        require(uri.getRawUserInfo() == null || !uri.getRawUserInfo().contains(":"), Problem.PASSWORD_IN_ADDRESS,
                "a password in the user part");
        Map<String, String> query = query(uri.getRawQuery());
        require(!query.containsKey("password"), Problem.PASSWORD_IN_ADDRESS, "a password parameter");
        for (String key : query.keySet()) {
            require(Set.of("user", "schema", "sslmode", "sslrootcert").contains(key), Problem.UNKNOWN_OPTION, key);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        String user = query.getOrDefault("user", uri.getUserInfo());
        String host = uri.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ServerAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user,
                query.get("schema"), query.get("sslmode"), query.get("sslrootcert"));
    }

    /** The address as it is written, for settings and the screen: it holds nothing secret. */
    public String text() {
        StringBuilder s = new StringBuilder("postgresql://")
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(database).append("?user=").append(user);
        if (schema != null) {
            s.append("&schema=").append(schema);
        }
        if (sslMode != null) {
            s.append("&sslmode=").append(sslMode);
        }
        if (sslRootCert != null) {
            s.append("&sslrootcert=").append(sslRootCert);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    private static void require(boolean condition, Problem problem, String detail) {
        if (!condition) {
            throw new AddressException(problem, detail);
        }
    }
}
