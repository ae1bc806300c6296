package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM plays a session (player view-model, real clock, real database) and is killed (destroyForcibly) at random moments,
 * 20 times. After each kill the file passes integrity_check and every step the child reported
 * as committed is still there.
 */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void killedMidWriteNothingCommittedIsLost() throws Exception {
        Random random = new Random(20261122);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 20; round++) {
            String session = "crash-" + round;
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dlogback.configurationFile=logback-test.xml", CrashChild.class.getName(), dir.toString(), session)
                    .redirectErrorStream(true).start();
            int committed = 0;
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200 + random.nextInt(1500));
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                boolean started = false;
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("committed ")) {
                        committed = Integer.parseInt(line.substring("committed ".length()));
                        started = true;
                    }
                    if (started && System.nanoTime() >= killAt) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
            child.waitFor(10, TimeUnit.SECONDS);
            assertThat(committed).as("round %d wrote something before the kill", round).isPositive();

            assertThat(Backups.intact(dir.resolve(Database.FILE_NAME))).as("round %d integrity", round).isTrue();
            try (Database db = Database.open(dir)) {
                int steps = db.<Integer>read(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM session_step WHERE session_id = '" + session + "'")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(steps).as("round %d: steps reported committed", round).isGreaterThanOrEqualTo(committed);
            }
        }
    }
}
