package org.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.io.JsonProblem;
import org.limber.library.BreathingPattern;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Dosage;
import org.limber.library.Exercise;
import org.limber.library.Sides;

class RoutineFilesTest {

    static Catalogue catalogue;
    static Predicate<String> builtIn;
    final RoutineFiles files = new RoutineFiles();

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
        Set<String> ids = catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
        builtIn = ids::contains;
    }

    static Routine randomRoutine(Random random, List<Exercise> pool) {
        List<Step> steps = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            Exercise e = pool.get(random.nextInt(pool.size()));
            Dosage d = new Dosage(1 + random.nextInt(4), 1 + random.nextInt(10), random.nextInt(4) * 10,
                    random.nextInt(6), random.nextInt(30), Sides.values()[random.nextInt(3)], random.nextInt(10),
                    random.nextInt(15));
            BreathingPattern b = random.nextBoolean() ? null
                    : new BreathingPattern(1 + random.nextInt(6), random.nextInt(4), 1 + random.nextInt(8),
                            random.nextInt(3), 1 + random.nextInt(20));
            steps.add(new Step(e.id(), d, b, random.nextBoolean() ? "" : "Note \u00e9 \"quoted\" " + i));
        }
        return new Routine(null, "Routine " + random.nextInt(1000) + " \u2013 for Ann", random.nextBoolean() ? "" : "Gentle.", steps);
    }

    @Test
    void aRoutineFileNamesThePhysiotherapistWhoHandsItOutAndTheDatabaseKeepsIt() throws Exception {
        Routine plain = randomRoutine(new Random(7), catalogue.exercises());
        Routine handed = plain.withFrom(new Physiotherapist(" Kim Berger ", "Praxis am Park"));
        String json = new String(files.write(handed, List.of()), StandardCharsets.UTF_8);
        assertThat(json).contains("\"from\"", "Kim Berger", "Praxis am Park");
        assertThat(files.parse(json.getBytes(StandardCharsets.UTF_8), builtIn).routine().from())
                .isEqualTo(new Physiotherapist("Kim Berger", "Praxis am Park"));
        assertThat(files.parse(files.write(plain, List.of()), builtIn).routine().from()).as("none named").isNull();
        assertThat(new String(files.write(plain, List.of()), StandardCharsets.UTF_8)).doesNotContain("\"from\"");
        Routine noPractice = plain.withFrom(new Physiotherapist("Kim", ""));
        assertThat(files.parse(files.write(noPractice, List.of()), builtIn).routine().from())
                .isEqualTo(new Physiotherapist("Kim", ""));
        assertThatThrownBy(() -> files.parse(json.replace("Kim Berger", "  ").getBytes(StandardCharsets.UTF_8), builtIn))
                .isInstanceOf(RoutineFileException.class);
        assertThat(StepsJson.read("id", handed.name(), StepsJson.write(handed.withId("id"))))
                .isEqualTo(handed.withId("id"));
        assertThat(StepsJson.read("id", plain.name(), StepsJson.write(plain.withId("id"))).from()).isNull();
    }

    @Test
    void randomRoutinesSurviveExportAndImport() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            Routine routine = randomRoutine(random, catalogue.exercises());
            ImportedRoutine back = files.parse(files.write(routine, List.of()), builtIn);
            assertThat(back.routine()).isEqualTo(routine);
            assertThat(back.customExercises()).isEmpty();
        }
    }

    @Test
    void customExercisesTravelInsideTheFile() throws Exception {
        Exercise base = catalogue.find("bridge").orElseThrow();
        Exercise custom = new Exercise("my-bridge", "My bridge", List.of("Hip lift"), base.kind(), base.bodyAreas(),
                base.position(), base.equipment(), base.dosage(), null, base.instructions(), base.feel(), base.stopIf(),
                base.cautions(), base.animation());
        Routine routine = new Routine(null, "With a custom one", "", List.of(Step.of(custom), Step.of(base)));
        ImportedRoutine back = files.parse(files.write(routine, List.of(custom)), builtIn);
        assertThat(back.routine()).isEqualTo(routine);
        assertThat(back.customExercises()).containsExactly(custom);
    }

    @Test
    void everyProblemIsListedWithItsPath() {
        String json = """
                {"format": "limber-routine", "version": 1, "routine": {"name": "", "steps": [
                  {"exercise": "knee-to-chest", "sets": 1, "reps": 3, "holdSeconds": 20, "restSeconds": 10, "sides": "none"},
                  {"exercise": "knee-to-chest", "sets": 0, "reps": 3, "holdSeconds": 7200, "restSeconds": 10, "sides": "up"}
                ]}}""";
        assertThatThrownBy(() -> files.parse(json.getBytes(StandardCharsets.UTF_8), builtIn))
                .isInstanceOfSatisfying(RoutineFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RoutineFileException.Kind.INVALID);
                    assertThat(e.problems()).extracting(JsonProblem::path).contains(
                            "$.routine.name", "$.routine.steps[1].sets", "$.routine.steps[1].holdSeconds",
                            "$.routine.steps[1].sides");
                });
    }

    @Test
    void anUnknownExerciseIsNamed() {
        String json = """
                {"format": "limber-routine", "version": 1, "routine": {"name": "x", "steps": [
                  {"exercise": "handstand", "sets": 1, "reps": 1, "holdSeconds": 5, "restSeconds": 0, "sides": "none"}]}}""";
        assertThatThrownBy(() -> files.parse(json.getBytes(StandardCharsets.UTF_8), builtIn))
                .isInstanceOfSatisfying(RoutineFileException.class, e -> assertThat(e.problems())
                        .containsExactly(new JsonProblem("$.routine.steps[0].exercise",
                                "unknown exercise 'handstand' (not in the library and not in the file)")));
    }

    @Test
    void aNewerFormatIsRefusedAsSuch() {
        String json = "{\"format\": \"limber-routine\", \"version\": 7, \"routine\": {\"whatever\": true}}";
        assertThatThrownBy(() -> files.parse(json.getBytes(StandardCharsets.UTF_8), builtIn))
                .isInstanceOfSatisfying(RoutineFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RoutineFileException.Kind.NEWER_VERSION);
                    assertThat(e.problems().get(0).reason()).contains("newer Limber");
                });
    }

    @Test
    void filesOverFiveMegabytesAreRefused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.limber.json");
        Files.write(big, new byte[(int) RoutineFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> files.read(big, builtIn))
                .isInstanceOfSatisfying(RoutineFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(RoutineFileException.Kind.TOO_LARGE));
    }

    @Test
    void validatePrintsOkOrOneLinePerProblemWithTheRightExitCode(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.limber.json");
        Files.write(good, files.write(randomRoutine(new Random(1), catalogue.exercises()), List.of()));
        Path bad = dir.resolve("bad.limber.json");
        Files.writeString(bad, "{\"format\": \"limber-routine\", \"version\": 1, \"routine\": {\"name\": \"x\", \"steps\": []}, \"extra\": 1}");
        Path notJson = dir.resolve("notjson.limber.json");
        Files.writeString(notJson, "hello");

        assertThat(validate(good)).isEqualTo("0|OK\n");
        String badOut = validate(bad);
        assertThat(badOut).startsWith("1|");
        assertThat(badOut.substring(2).lines()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).startsWith(bad + ": $"));
        assertThat(validate(notJson)).startsWith("1|" + notJson + ": $: not valid JSON");
        assertThat(validate(dir.resolve("missing.limber.json"))).startsWith("2|");
        assertThat(validate(dir)).startsWith("2|");
    }

    private static String validate(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = RoutineValidation.run(file, builtIn, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return code + "|" + bytes.toString(StandardCharsets.UTF_8);
    }
}
