package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.io.StorageException;
import org.limber.settings.ServerAddress;
import org.limber.storage.DatabaseOpenException.Reason;

/** Connecting to a practice server: each way it can fail has its own reason, and a schema is never changed by chance. */
class PracticeServerTest {

    private static ServerAddress with(ServerAddress a, String database, String user, String schema, int port) {
        return new ServerAddress(a.host(), port, database, user, schema, a.sslMode(), null);
    }

    private static void refused(ServerAddress address, boolean migrate, Reason reason) {
        assertThatThrownBy(() -> Database.connect(address, null, migrate).close())
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.server()).isEqualTo(address);
                    assertThat(e.file()).isNull();
                    assertThat(e.messageKey()).isEqualTo("server.error." + reason.name());
                });
    }

    private static int versions(ServerAddress address) throws Exception {
        try (Connection c = TestServer.admin(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + address.schema() + ".flyway_schema_history")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void anOlderSchemaIsRefusedAndLeftAloneUnlessTheUpgradeIsAskedFor() throws Exception {
        ServerAddress address = TestServer.freshSchema();
        Flyway.configure().dataSource(new ServerDataSource(address, null)).locations(Migrations.LOCATION).target("3")
                .load().migrate();
        refused(address, false, Reason.OLDER_SCHEMA);
        assertThat(versions(address)).isEqualTo(3);
        try (Database db = Database.connect(address, null, true)) {
            assertThat(db.<Integer>read(Migrations::highestApplied)).isEqualTo(Migrations.latest(Dialect.POSTGRESQL));
        }
        Database.connect(address, null, false).close();
    }

    @Test
    void aNewerSchemaIsRefusedAndNotWritten() throws Exception {
        ServerAddress address = TestServer.freshSchema();
        Database.connect(address, null, true).close();
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + address.schema() + ".flyway_schema_history (installed_rank, version,"
                    + " description, type, script, installed_by, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__x.sql', 'someone', 1, true)");
        }
        int before = versions(address);
        refused(address, true, Reason.NEWER_SCHEMA);
        refused(address, false, Reason.NEWER_SCHEMA);
        assertThat(versions(address)).isEqualTo(before);
    }

    @Test
    void aServerWithoutLimberIsNotSetUpAndIsNotSetUpByConnecting() throws Exception {
        ServerAddress empty = TestServer.freshSchema();
        refused(empty, false, Reason.NOT_SET_UP);
        try (Connection c = TestServer.admin(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                        + empty.schema() + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        refused(with(empty, TestServer.DATABASE, "postgres", "no_such_schema", empty.port()), true, Reason.NOT_SET_UP);
        refused(with(empty, "no_such_database", "postgres", null, empty.port()), false, Reason.NOT_SET_UP);
    }

    @Test
    void anUnknownUserAndANoAnswerAreToldApart() {
        ServerAddress address = TestServer.freshSchema();
        refused(with(address, TestServer.DATABASE, "nobody_here", address.schema(), address.port()), false,
                Reason.WRONG_CREDENTIALS);
        // port 1: nothing listens there, the connection is refused at once
        refused(with(address, TestServer.DATABASE, "postgres", address.schema(), 1), false, Reason.UNREACHABLE);
    }

    @Test
    void aLostConnectionIsMadeAgainAtTheNextCall() throws Exception {
        try (Database db = TestServer.freshDatabase()) {
            int pid = db.<Integer>read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            try (Connection admin = TestServer.admin(); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            // the first call after the loss fails: the driver finds out only then
            assertThatThrownBy(() -> db.read(c -> c.createStatement().executeQuery("SELECT 1").next()));
            assertThat(db.<Boolean>read(c -> c.createStatement().executeQuery("SELECT 1").next())).isTrue();
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO profile (id, name, created_at) VALUES ('p2', 'Client', 1)"));
            assertThat(db.<String>read(c -> SchemaOnBothTest.strings(c, "SELECT name FROM profile WHERE id = 'p2'")
                    .get(0))).isEqualTo("Client");
        }
    }
    @Test
    void whatTheServerSaysIsAProblemAPersonCanActOn() throws Exception {
        ServerAddress owner = TestServer.freshSchema();
        Database.connect(owner, null, true).close();
        String reader = "reader_" + owner.schema();
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + reader + " LOGIN PASSWORD 'read-only'");
            s.execute("GRANT USAGE ON SCHEMA " + owner.schema() + " TO " + reader);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + owner.schema() + " TO " + reader);
        }
        Database db = Database.connect(with(owner, TestServer.DATABASE, reader, owner.schema(), owner.port()),
                "read-only".toCharArray(), false);
        try (db) {
            assertThat(db.<String>read(c -> SchemaOnBothTest.strings(c, "SELECT name FROM profile").get(0))).isEqualTo("Me");
            assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO profile (id, name, created_at) VALUES ('p2', 'Client', 1)")))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.NOT_ALLOWED));
        }
        assertThatThrownBy(() -> db.read(c -> c.createStatement().executeQuery("SELECT 1").next()))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.NOT_OPEN));
    }

    @Test
    void serverStatesAreSorted() {
        assertThat(WriteFailure.reason(new SQLException("lost", "08006"))).isEqualTo(StorageException.Problem.UNREACHABLE);
        assertThat(WriteFailure.reason(new SQLException("shutting down", "57P01")))
                .isEqualTo(StorageException.Problem.UNREACHABLE);
        assertThat(WriteFailure.reason(new SQLException("deadlock", "40P01"))).isEqualTo(StorageException.Problem.BUSY);
        assertThat(WriteFailure.reason(new SQLException("full", "53100"))).isEqualTo(StorageException.Problem.DISK_FULL);
        assertThat(WriteFailure.reason(new SQLException("duplicate", "23505"))).isEqualTo(StorageException.Problem.OTHER);
        assertThat(PracticeServer.reason(new SQLException("no password", "08004"))).isEqualTo(Reason.WRONG_CREDENTIALS);
        assertThat(PracticeServer.reason(new SQLException("The server does not support SSL.", "08004")))
                .isEqualTo(Reason.NOT_TRUSTED);
        assertThat(PracticeServer.reason(new SQLException("wrong", "28P01"))).isEqualTo(Reason.WRONG_CREDENTIALS);
        assertThat(PracticeServer.reason(new SQLException("refused", "08001"))).isEqualTo(Reason.UNREACHABLE);
    }
    @Test
    void aPasswordComesTypedOrFromThePasswordFileAndAWrongOneIsSaidAsSuch(@TempDir Path dir) throws Exception {
        ServerAddress owner = TestServer.freshSchema();
        Database.connect(owner, null, true).close();
        String physio = "physio_" + owner.schema();
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + physio + " LOGIN PASSWORD 'pass word'");
            s.execute("GRANT USAGE ON SCHEMA " + owner.schema() + " TO " + physio);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + owner.schema() + " TO " + physio);
        }
        ServerAddress address = with(owner, TestServer.DATABASE, physio, owner.schema(), owner.port());
        Database.connect(address, "pass word".toCharArray(), false).close();
        refused(address, false, Reason.WRONG_CREDENTIALS);
        assertThatThrownBy(() -> Database.connect(address, "guess".toCharArray(), false))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_CREDENTIALS));
        // the standard password file (PGPASSFILE; here the driver's own property for it)
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "localhost:" + address.port() + ":" + TestServer.DATABASE + ":" + physio
                + ":pass word\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (Database db = Database.connect(address, null, false)) {
            assertThat(db.<String>read(c -> SchemaOnBothTest.strings(c, "SELECT current_user").get(0))).isEqualTo(physio);
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }
}
