package org.limber.routine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files issue 17 found running a 128 MB heap out of memory, made afresh for each test. */
public final class HostileRoutineFiles {

    private HostileRoutineFiles() {
    }

    /** File name -> file, in {@code dir}. */
    public static Map<String, Path> write(Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("300k keys", write(dir, "keys300k", keysFile(300_000, "k", 0)));
        files.put("50k keys", write(dir, "keys50k", keysFile(50_000, "", 0)));
        files.put("largest routine", write(dir, "largest", largestRoutine()));
        files.put("100,000 nested arrays", write(dir, "nested", "[".repeat(100_000) + "]".repeat(100_000)));
        return files;
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + RoutineFiles.EXTENSION), text, StandardCharsets.UTF_8);
    }

    /** A routine whose step has {@code count} extra keys (3.5 MB at 300,000 keys). */
    static String keysFile(int count, String prefix, int depth) {
        StringBuilder json = new StringBuilder(count * 12).append("{\"format\":\"limber-routine\",\"version\":1,")
                .append("\"routine\":{\"name\":\"Keys\",\"steps\":[{\"exercise\":\"bridge\",\"sets\":1,\"reps\":1,")
                .append("\"holdSeconds\":5,\"restSeconds\":0,\"sides\":\"none\"");
        for (int i = 0; i < count; i++) {
            json.append(",\"").append(prefix).append(i).append("\":1");
        }
        return json.append("}]}}").toString();
    }

    /** Every dose at the schema's maximum: 200 steps x 20 sets x 100 holds, both sides. */
    static String largestRoutine() {
        StringBuilder json = new StringBuilder("{\"format\":\"limber-routine\",\"version\":1,\"routine\":{\"name\":\"Largest\",\"steps\":[");
        for (int i = 0; i < 200; i++) {
            json.append(i == 0 ? "" : ",").append("{\"exercise\":\"bridge\",\"sets\":20,\"reps\":100,\"holdSeconds\":3600,")
                    .append("\"restSeconds\":600,\"sides\":\"left-right\",\"switchSidesSeconds\":60,\"getReadySeconds\":120}");
        }
        return json.append("]}}").toString();
    }
}
