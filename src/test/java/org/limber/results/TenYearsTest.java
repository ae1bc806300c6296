package org.limber.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten years of daily sessions (12 steps each) sent from a history and imported, in a JVM with a
 * 128 MB heap: the file is checked and merged a session at a time, the import runs on the
 * background executor and shows how far it has got (see {@link TenYearsChild}).
 */
class TenYearsTest {

    static final int DAYS = 3653;

    @TempDir
    Path dir;

    @Test
    void tenYearsOfDailySessionsImportIn128Megabytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-test.xml",
                TenYearsChild.class.getName(), dir.toString(), String.valueOf(DAYS))
                .redirectErrorStream(true).start();
        String out = read(child.getInputStream());
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child ended").isTrue();
        assertThat(out).doesNotContain("OutOfMemoryError", "not finished", "refused", "(none)")
                .contains("sent " + DAYS + " in", "imported " + DAYS, "again " + DAYS, "progress ended -1.0",
                        "heap at most 12");
        assertThat(child.exitValue()).as(out).isZero();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
