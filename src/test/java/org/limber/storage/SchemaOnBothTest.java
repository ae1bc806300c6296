package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One schema on two back ends: the shared scripts on both, the vendor folder's on its own, old files still open. */
class SchemaOnBothTest {

    /** Flyway's checksums of the scripts as main shipped them: a changed one would refuse every existing file. */
    static final Map<String, Integer> SHIPPED = Map.of("1", -787930253, "2", 1567994810, "3", -741960902,
            "4", 1314529741, "5", -1207631438);

    @TempDir
    Path dir;

    @Test
    void aFileWrittenByTheCurrentMainOpensWithItsDataAndItsChecksumsStillValid() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (InputStream in = getClass().getResourceAsStream("written-by-main-2026-12-02.limber.db")) {
            Files.copy(in, data.resolve(Database.FILE_NAME));
        }
        try (Database db = Database.open(data)) {
            assertThat(db.<List<String>>read(c -> strings(c, "SELECT name FROM profile ORDER BY id")))
                    .containsExactly("Anna Berg", "Me");
            assertThat(db.<List<String>>read(c -> strings(c,
                    "SELECT result FROM session_step WHERE session_id = 's-1' ORDER BY position")))
                    .containsExactly("done", "hurt");
        }
        Flyway flyway = Flyway.configure().dataSource(LocalFile.dataSource(data.resolve(Database.FILE_NAME)))
                .locations(Migrations.locations(Dialect.SQLITE)).load();
        flyway.validate();
        assertThat(checksums(flyway)).containsAllEntriesOf(SHIPPED);
    }

    @Test
    void theSharedScriptsAreTheOnesMainShipped() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:sqlite::memory:", null, null)
                .locations(Migrations.LOCATION).load();
        Map<String, Integer> resolved = new LinkedHashMap<>();
        for (MigrationInfo info : flyway.info().all()) {
            resolved.put(info.getVersion().getVersion(), info.getChecksum());
        }
        assertThat(resolved).containsAllEntriesOf(SHIPPED);
    }

    @Test
    void sqliteRunsTheSharedScriptsOnly() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.<List<String>>read(SchemaOnBothTest::versions)).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
        }
    }

    @Test
    void postgresqlRunsTheSharedScriptsAndItsOwn() throws Exception {
        try (Database db = TestServer.freshDatabase()) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.<List<String>>read(SchemaOnBothTest::versions)).containsExactly("1", "2", "3", "4", "5", "6", "7");
            assertThat(db.<List<String>>read(c -> strings(c, "SELECT table_name || '.' || column_name"
                    + " FROM information_schema.columns WHERE table_schema = current_schema() AND collation_name = 'C'"
                    + " ORDER BY 1"))).containsExactly("client_plan.end_date", "client_plan.start_date",
                            "plan.end_date", "plan.start_date", "session.local_date");
            assertThat(db.<List<String>>read(c -> strings(c, "SELECT name FROM profile"))).containsExactly("Me");
        }
    }

    @Test
    void latestMatchesTheHighestScriptOfEachBackEnd() throws Exception {
        int shared = highest(Path.of("src/main/resources/org/limber/db/migration"));
        assertThat(Migrations.LATEST).isEqualTo(shared);
        assertThat(Migrations.latest(Dialect.SQLITE)).isEqualTo(Math.max(shared,
                highest(Path.of("src/main/resources/org/limber/db/vendor/sqlite"))));
        assertThat(Migrations.latest(Dialect.POSTGRESQL)).isEqualTo(Math.max(shared,
                highest(Path.of("src/main/resources/org/limber/db/vendor/postgresql"))));
    }

    private static int highest(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0);
        }
    }

    private static Map<String, Integer> checksums(Flyway flyway) {
        Map<String, Integer> applied = new LinkedHashMap<>();
        for (MigrationInfo info : flyway.info().applied()) {
            applied.put(info.getVersion().getVersion(), info.getChecksum());
        }
        return applied;
    }

    static List<String> versions(Connection c) throws SQLException {
        return strings(c, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
