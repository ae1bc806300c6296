package org.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.routine.HostileRoutineFiles;

/** {@code limber --validate} run as a real command, in a JVM of its own (issue 17, items 5 and 12). */
class ValidateCommandTest {

    /** What the command printed (stdout and stderr together) and its exit status. */
    record Answer(String output, int status) {
    }

    static Answer validate(Path file, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--validate", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Answer(output, process.exitValue());
    }

    @Test
    void aValidFileGetsOkAndNothingElse() throws Exception {
        Answer answer = validate(Path.of("assets/templates/breathing-and-relaxation.limber.json"));
        assertThat(answer.output()).isEqualTo("OK" + System.lineSeparator());
        assertThat(answer.status()).isZero();
    }

    @TempDir
    Path dir;

    /** Each file gets a clear refusal, in a 128 MB heap, with the limit it broke; nothing runs out of memory. */
    @Test
    void hostileFilesAreRefusedWithinA128MbHeap() throws Exception {
        Map<String, Path> files = HostileRoutineFiles.write(dir);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Answer answer = validate(file.getValue(), "-Xmx128m");
            assertThat(answer.output()).as(file.getKey()).doesNotContain("OutOfMemory", "Exception")
                    .startsWith(file.getValue() + ": $");
            assertThat(answer.status()).as(file.getKey()).isEqualTo(1);
            assertThat(answer.output().lines().count()).as(file.getKey()).isLessThanOrEqualTo(3);
        }
        assertThat(validate(files.get("largest routine"), "-Xmx128m").output())
                .contains("at most 6:00:00").contains("at most 20000");
    }
}
