package org.limber.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.i18n.Messages;
import org.limber.io.JsonProblem;
import org.limber.io.JsonSchemaCheck;
import org.limber.results.ResultsFileException.Kind;

class ResultsFilesTest {

    @TempDir
    Path dir;
    final ResultsFiles files = new ResultsFiles();

    private Path written(ResultsFile file) throws IOException {
        Path target = dir.resolve("anna" + ResultsFiles.EXTENSION);
        files.write(file, target);
        return target;
    }

    @Test
    void whatIsWrittenIsReadBackEqual() throws Exception {
        ResultsFile file = SampleResults.file(SampleResults.daily("s", LocalDate.of(2026, 1, 1), 60, 5));
        assertThat(file.sessions()).anyMatch(s -> s.endedAt() == null).anyMatch(s -> s.painBefore() == null)
                .anyMatch(s -> s.notes() != null).anyMatch(s -> s.steps().stream().anyMatch(ResultSession.Step::hurt));
        Path target = written(file);
        assertThat(files.read(target)).isEqualTo(file);
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(target))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left beside it").containsExactly(target);
        }
    }

    @Test
    void aLongNoteAndALongNameTravel() throws Exception {
        ResultSession s = SampleResults.daily("s", LocalDate.of(2026, 1, 1), 1, 1).get(0);
        ResultSession noted = new ResultSession(s.id(), s.routineId(), s.routineName(), s.startedAt(), s.endedAt(),
                s.date(), s.plannedSeconds(), s.doneSeconds(), s.status(), s.painBefore(), s.painAfter(),
                "Stiff. ".repeat(1400), s.steps());
        ResultsFile file = new ResultsFile(new ResultsFile.Person(SampleResults.PERSON, "N".repeat(Results.MAX_NAME)),
                List.of(), List.of(noted));
        assertThat(files.read(written(file))).isEqualTo(file);
    }

    @Test
    void painNotGivenIsLeftOutNeverWrittenAsZero() throws Exception {
        ResultsFile file = SampleResults.file(SampleResults.daily("s", LocalDate.of(2026, 1, 1), 1, 1));
        assertThat(file.sessions().get(0).painBefore()).isNull();
        String json = new String(files.write(file), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("painBefore", "painAfter", "null");
        ResultsFile withPain = SampleResults.file(SampleResults.daily("s", LocalDate.of(2026, 1, 1), 2, 1));
        assertThat(new String(files.write(withPain), StandardCharsets.UTF_8)).contains("\"painBefore\":1");
    }

    @Test
    void aWrittenFileKeepsTheSchema() throws Exception {
        ResultsFile file = SampleResults.file(SampleResults.daily("s", LocalDate.of(2026, 1, 1), 30, 4));
        var tree = new ObjectMapper().readTree(files.write(file));
        assertThat(JsonSchemaCheck.fromClasspath(ResultsFiles.SCHEMA).check(tree)).isEmpty();
        tree.withObject("/sessions/0").put("painAfter", 11);
        assertThat(JsonSchemaCheck.fromClasspath(ResultsFiles.SCHEMA).check(tree)).as("the check can fail")
                .extracting(JsonProblem::path).contains("$.sessions[0].painAfter");
    }

    private ResultsFileException refusal(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("x" + ResultsFiles.EXTENSION), json, StandardCharsets.UTF_8);
        try {
            files.read(file);
        } catch (ResultsFileException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json.substring(0, Math.min(200, json.length())));
    }

    private String valid() {
        return new String(files.write(SampleResults.file(SampleResults.daily("s", LocalDate.of(2026, 1, 1), 3, 2))),
                StandardCharsets.UTF_8);
    }

    @Test
    void damagedOrHostileFilesAreRefusedWithAReason() throws Exception {
        String ok = valid();
        assertThat(refusal(ok.substring(0, ok.length() / 2)).kind()).isEqualTo(Kind.INVALID);
        assertThat(refusal("").kind()).isEqualTo(Kind.INVALID);
        assertThat(refusal("{\"format\":\"limber-routine\",\"version\":1,\"routine\":{}}").kind())
                .isEqualTo(Kind.WRONG_KIND);
        assertThat(refusal("[1,2,3]").kind()).isEqualTo(Kind.WRONG_KIND);
        assertThat(refusal(ok.replace("\"version\":1", "\"version\":2")).kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(refusal(ok.replace("\"version\":1", "\"version\":100000000000000000000")).kind())
                .isEqualTo(Kind.NEWER_VERSION);
        ResultsFileException pain = refusal(ok.replace("\"painBefore\":1", "\"painBefore\":11"));
        assertThat(pain.kind()).isEqualTo(Kind.INVALID);
        assertThat(pain.problems()).extracting(JsonProblem::path).contains("$.sessions[1].painBefore");
        assertThat(refusal(ok.replace("\"painBefore\":1", "\"painBefore\":null")).problems())
                .extracting(JsonProblem::path).contains("$.sessions[1].painBefore");
        assertThat(refusal(ok.replace("\"id\":\"s-1\"", "\"id\":\"s-0\"")).problems())
                .anyMatch(p -> p.path().equals("$.sessions[1].id") && p.reason().contains("twice"));
        assertThat(refusal(ok.replace("\"status\":\"completed\"", "\"status\":\"completed\",\"status\":\"running\""))
                .kind()).isEqualTo(Kind.INVALID);
        assertThat(refusal(ok.replace("2026-01-01T08:00:00Z", "2026-13-01T08:00:00Z")).problems())
                .extracting(JsonProblem::path).contains("$.sessions[0]");
        assertThat(refusal(ok.replace("\"format\"", "\"settings\":{\"theme\":\"dark\"},\"format\"")).problems())
                .extracting(JsonProblem::reason).anyMatch(r -> r.contains("settings"));
        assertThat(refusal(ok + " {}").kind()).isEqualTo(Kind.INVALID);
    }

    @Test
    void tooLargeOrComplexFilesAreRefusedWithoutReadingThem() throws Exception {
        Path big = dir.resolve("big" + ResultsFiles.EXTENSION);
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(ResultsFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> files.read(big)).isInstanceOfSatisfying(ResultsFileException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE));
        String head = "{\"format\":\"limber-results\",\"version\":1,";
        assertThat(refusal(head + "\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").kind())
                .isEqualTo(Kind.TOO_LARGE);
        assertThat(refusal(head + "\"person\":{\"id\":\"" + "a".repeat(2_000_000) + "\"}}").kind())
                .isEqualTo(Kind.TOO_LARGE);
        StringBuilder keys = new StringBuilder(head).append("\"person\":{");
        for (int i = 0; i < 300_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        assertThat(refusal(keys.append("}}").toString()).kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(refusal(head + "\"plans\":[" + "0,".repeat(2_000_000) + "0]}").kind()).isEqualTo(Kind.TOO_LARGE);
        ResultsFileException sessions = refusal(manySessions(ResultsLimits.MAX_SESSIONS + 1));
        assertThat(sessions.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(sessions.problems().get(0).reason()).contains("sessions");
    }

    /** Small valid sessions, {@code count} of them, written straight to a string. */
    private static String manySessions(int count) {
        StringBuilder json = new StringBuilder(count * 200).append("{\"format\":\"limber-results\",\"version\":1,")
                .append("\"person\":{\"id\":\"").append(SampleResults.PERSON).append("\",\"name\":\"A\"},\"sessions\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"routineName\":\"R\",")
                    .append("\"startedAt\":\"2026-01-01T08:00:00Z\",\"date\":\"2026-01-01\",\"plannedSeconds\":60,")
                    .append("\"doneSeconds\":60,\"status\":\"completed\",\"steps\":[]}");
        }
        return json.append("]}").toString();
    }

    @Test
    void aFileFullOfProblemsListsFiftyAndCountsTheRest() throws Exception {
        String many = manySessions(200).replace("\"plannedSeconds\":60", "\"plannedSeconds\":-1");
        ResultsFileException e = refusal(many);
        assertThat(e.problems()).hasSize(ResultsFileException.MAX_LISTED + 1);
        assertThat(e.problems().get(ResultsFileException.MAX_LISTED).reason()).startsWith("150 more");
    }

    @Test
    void missingFilesAndFoldersAreUnreadable() {
        assertThatThrownBy(() -> files.read(dir.resolve("none.json"))).isInstanceOfSatisfying(
                ResultsFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREADABLE));
        assertThatThrownBy(() -> files.read(dir)).isInstanceOfSatisfying(
                ResultsFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREADABLE));
    }

    @Test
    void everyRefusalHasASentenceInBothLanguages() {
        for (Locale locale : List.of(Locale.ROOT, Locale.GERMAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (Kind kind : Kind.values()) {
                String key = new ResultsFileException(kind, "x").messageKey();
                assertThat(bundle.getString(key)).as(key).isNotBlank();
            }
        }
        assertThat(Set.of(Kind.values())).hasSize(8);
    }
}
