package org.limber.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.history.ProgressFigures;
import org.limber.history.SessionOutcome;
import org.limber.history.SessionSummary;
import org.limber.i18n.Messages;
import org.limber.session.SessionRecorder;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryFigures;
import org.limber.storage.SqlHistoryStore;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.tools.BulkHistory;
import org.limber.tools.ClientHistory;
import org.limber.ui.history.HistoryViewModel;

/**
 * The report read back with PDFBox says what the History page's view-model says for the same
 * filter, and both agree with counting the raw rows. The PDFs are also left in
 * target/report-samples for a look (pdftoppm -png).
 */
class ProgressReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Path SAMPLES = Path.of("target", "report-samples");

    @TempDir
    Path dir;
    Database db;
    HistoryViewModel vm;
    SqlHistoryStore history;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir, clock);
        history = new SqlHistoryStore(db);
        vm = new HistoryViewModel(history, new SqlHistoryFigures(db), new SqlPlanStore(db, clock),
                BackgroundExecutor.sameThread(), clock, () -> "me");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aClientsNinetyDaysReadBackWithTheHistoryPagesFigures() throws Exception {
        ClientHistory.make(new SqlRoutineStore(db, clock), new SqlPlanStore(db, clock), new SqlSessionRecorder(db), "me",
                TODAY, 90, 7);
        show(TODAY.minusDays(90), TODAY, null);
        ProgressFigures shown = vm.figuresProperty().get();
        assertMatchesRows(shown);
        assertThat(shown.adherence().planned()).isPositive();
        String text = text(report("client-90-days.pdf", Locale.UK), Locale.UK);
        ReportWords words = new ReportWords(new Messages(Locale.UK), Locale.UK);
        HistoryFigures.Totals t = shown.totals();
        assertThat(text).contains(new Messages(Locale.UK).get("report.sessions", t.sessions(), t.completed(),
                t.partlyDone(), t.stopped(), t.interrupted()));
        assertThat(text).contains("Time spent exercising: " + words.duration(t.doneSeconds()));
        assertThat(text).contains(String.format(Locale.UK, "Plan kept: %d of %d planned sessions (%d %%)",
                shown.adherence().done(), shown.adherence().planned(), shown.adherence().percent()));
        assertThat(text).contains("Minutes per week", "Pain before and after", "Plan kept per week", "Exercises",
                "Notes written after sessions", shown.notes().get(0).text(), "Page 1 of", "not medical advice");
        for (HistoryFigures.ExerciseTally e : shown.exercises()) {
            assertThat(text).contains(e.name() + " " + e.done() + " " + e.skipped() + " " + e.hurt());
        }
        assertThat(text.indexOf("Call the emergency number")).as("the red flags close the report")
                .isGreaterThan(text.indexOf("Notes written after sessions"));

        vm.routineProperty().set(ClientHistory.NAMES[1]);
        ProgressFigures yoga = vm.figuresProperty().get();
        assertThat(yoga.filter().routineName()).isEqualTo(ClientHistory.NAMES[1]);
        assertMatchesRows(yoga);
        assertThat(yoga.totals().sessions()).isLessThan(t.sessions());
        assertThat(text(report("client-yoga.pdf", Locale.UK), Locale.UK)).contains("Routine: Lower-back yoga",
                yoga.totals().sessions() + " sessions: " + yoga.totals().completed() + " completed");
    }

    @Test
    void oneShortSessionIsCountedInSecondsWithSingularWordsInBothLanguages() throws Exception {
        SqlSessionRecorder recorder = new SqlSessionRecorder(db);
        recorder.begin(new SessionRecorder.SessionStart("s", "me", null, "Lower-back yoga", clock.millis(),
                TODAY.toString(), 600, 6));
        recorder.finish("s", SessionRecorder.Status.COMPLETED, clock.millis(), 19, 4, "Felt =fine");
        show(TODAY.minusDays(6), TODAY, null);
        String en = text(report("one-session.pdf", Locale.UK), Locale.UK);
        assertThat(en).contains("1 session: 0 completed, 1 partly done", "Time spent exercising: 19 seconds",
                "Streak now: 1 day; longest: 1 day", "Average pain before sessions: 6.0; after: 4.0",
                "Felt =fine", "No plan was due");
        assertThat(en).doesNotContain("1 days", "0 minutes");
        String de = text(report("one-session-de.pdf", Locale.GERMANY), Locale.GERMANY);
        assertThat(de).contains("1 Einheit: 0 abgeschlossen, 1 teilweise erledigt", "19 Sekunden",
                "Aktuelle Serie: 1 Tag; längste: 1 Tag", "vor den Einheiten: 6,0");
        assertThat(de).doesNotContain("1 Tage");
    }

    @Test
    void everyRowCountsNotOnlyThePageThePageLoads() throws Exception {
        BulkHistory.insert(db, "me", TODAY, 3 * 365, 2500);
        show(TODAY.minusYears(3), TODAY, null);
        assertThat(vm.sessions()).hasSizeLessThan(2500);
        assertMatchesRows(vm.figuresProperty().get());
        assertThat(vm.figuresProperty().get().totals().sessions()).isEqualTo(2500);
        assertThat(vm.figuresProperty().get().period()).isEqualTo(ProgressFigures.Period.MONTH);
        assertThat(text(report("bulk-3-years.pdf", Locale.UK), Locale.UK)).contains("2,500 sessions",
                "Minutes per month", "=note 0, with a comma");
    }

    @Test
    void aHundredThousandSessionsOverTenYearsAreAllCounted() throws Exception {
        BulkHistory.insert(db, "me", TODAY, 3650, 100_000);
        long start = System.nanoTime();
        show(TODAY.minusDays(3650), TODAY, null);
        ProgressFigures all = vm.figuresProperty().get();
        long loaded = System.nanoTime();
        assertThat(all.totals().sessions()).isEqualTo(100_000);
        assertThat(all.period()).isEqualTo(ProgressFigures.Period.YEAR);
        String text = text(report("bulk-10-years.pdf", Locale.UK), Locale.UK);
        System.out.printf("100,000 sessions: figures %d ms, report %d ms%n", (loaded - start) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
        assertThat(text).contains("100,000 sessions", "Minutes per year", "The 200 newest of 2,000 notes");
        assertMatchesRows(all);
    }

    private void show(LocalDate from, LocalDate to, String routine) {
        vm.load();
        vm.fromProperty().set(from);
        vm.toProperty().set(to);
        vm.routineProperty().set(routine);
        assertThat(vm.errorProperty().get()).isNull();
    }

    /** The figures agree with counting every row of the filter in Java. */
    private void assertMatchesRows(ProgressFigures f) throws Exception {
        List<SessionSummary> rows = new ArrayList<>(history.sessions("me", f.filter().from(), f.filter().to(),
                Integer.MAX_VALUE, 0));
        if (f.filter().routineName() != null) {
            rows.removeIf(s -> !s.routineName().equals(f.filter().routineName()));
        }
        HistoryFigures.Totals t = f.totals();
        assertThat(t.sessions()).isEqualTo(rows.size());
        assertThat(t.completed()).isEqualTo(count(rows, SessionOutcome.COMPLETED));
        assertThat(t.partlyDone()).isEqualTo(count(rows, SessionOutcome.PARTLY_DONE));
        assertThat(t.stopped()).isEqualTo(count(rows, SessionOutcome.STOPPED));
        assertThat(t.interrupted()).isEqualTo(count(rows, SessionOutcome.INTERRUPTED));
        assertThat(t.doneSeconds()).isEqualTo(rows.stream().mapToLong(SessionSummary::doneSeconds).sum());
        assertThat(t.hurtSessions()).isEqualTo(rows.stream().filter(s -> s.hurtSteps() > 0).count());
        rows.stream().filter(s -> s.painBefore() != null).mapToInt(SessionSummary::painBefore).average()
                .ifPresent(a -> assertThat(t.painBefore()).isCloseTo(a, Offset.offset(1e-9)));
        assertThat(f.days()).hasSize((int) rows.stream().map(SessionSummary::date).distinct().count());
        assertThat(f.secondsPer().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(t.doneSeconds());
        Set<String> ids = new HashSet<>(rows.stream().map(SessionSummary::id).toList());
        List<HistoryStore.StepSummary> steps = history.steps("me", f.filter().from(), f.filter().to()).stream()
                .filter(s -> ids.contains(s.sessionId())).toList();
        assertThat(f.exercises().stream().mapToInt(e -> e.done() + e.skipped() + e.hurt()).sum()).isEqualTo(steps.size());
    }

    private static long count(List<SessionSummary> rows, SessionOutcome outcome) {
        return rows.stream().filter(s -> s.outcome() == outcome).count();
    }

    private Path report(String name, Locale locale) throws Exception {
        Files.createDirectories(SAMPLES);
        Path target = SAMPLES.resolve(name);
        Files.deleteIfExists(target);
        vm.progressReport(new ProgressReport(new Messages(locale)), locale).to(target);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(target).exists();
        return target;
    }

    /** The text, whitespace made single; and no body text drawn in a colour left over from a chart. */
    private static String text(Path pdf, Locale locale) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> coloured = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                    boolean grey = rgb.length == 1 || Math.abs(rgb[0] - rgb[1]) < 0.01 && Math.abs(rgb[1] - rgb[2]) < 0.01;
                    if (!grey && text.getFontSizeInPt() > 7) {
                        coloured.add(text.getUnicode());
                    }
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(coloured).as("text in a chart's colour (%s)", locale).isEmpty();
            return text;
        }
    }
}
