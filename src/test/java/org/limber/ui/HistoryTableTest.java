package org.limber.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryFigures;
import org.limber.storage.SqlHistoryStore;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.tools.ClientHistory;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryStore;
import org.limber.history.NoFigures;
import org.limber.history.SessionSummary;
import org.limber.i18n.Messages;
import org.limber.plan.NoPlans;
import org.limber.settings.Settings;
import org.limber.ui.common.FakeDialogs;
import org.limber.ui.common.FileActions;
import org.limber.ui.history.HistoryPage;
import org.limber.ui.history.HistoryViewModel;
import org.limber.ui.shell.Themes;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The history table at 1366x768 in English and German at every text size: no header is cut. */
class HistoryTableTest {

    static final Path SHOTS = Path.of("target", "history-table");

    @AfterEach
    void clean() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void noColumnHeaderIsCutInEitherLanguageAtAnyTextSize() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
            for (Settings.TextSize size : Settings.TextSize.values()) {
                String where = locale + " " + size;
                FxToolkit.setupFixture(() -> {
                    Messages i18n = new Messages(locale);
                    HistoryViewModel vm = new HistoryViewModel(store(), new NoFigures(), new NoPlans(),
                            BackgroundExecutor.sameThread(), Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"),
                            ZoneOffset.UTC), () -> "me");
                    vm.load();
                    Scene scene = new Scene((Parent) HistoryPage.create(vm, i18n, files(i18n), owner -> { }), 1366, 768);
                    Themes.apply(scene, Settings.defaults().withTextSize(size));
                    stage.setScene(scene);
                    stage.setWidth(1366);
                    stage.setHeight(768);
                    stage.show();
                });
                WaitForAsyncUtils.waitForFxEvents();
                FxToolkit.setupFixture(() -> {
                    Parent root = stage.getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    TableView<?> table = (TableView<?>) root.lookup("#history-table");
                    table.scrollTo(0);
                    SceneAudit.cutColumnHeaders(table).forEach(p -> problems.add(where + ": " + p));
                    assertThat(SceneAudit.walkCount(table, "column-header")).as(where).isGreaterThanOrEqualTo(10);
                    if (size == Settings.TextSize.LARGEST || size == Settings.TextSize.NORMAL) {
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(table.snapshot(null, null), null), "png",
                                    new File(SHOTS.resolve(locale + "-" + size + ".png").toString()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theChartsShowOnePointPerDayWithPlainDates(@TempDir Path dir) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Files.createDirectories(SHOTS);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir, clock)) {
            ClientHistory.make(new SqlRoutineStore(db, clock), new SqlPlanStore(db, clock), new SqlSessionRecorder(db),
                    "me", LocalDate.of(2026, 11, 22), 90, 3);
            HistoryViewModel vm = new HistoryViewModel(new SqlHistoryStore(db), new SqlHistoryFigures(db),
                    new SqlPlanStore(db, clock), BackgroundExecutor.sameThread(), clock, () -> "me");
            FxToolkit.setupFixture(() -> {
                vm.load();
                Scene scene = new Scene((Parent) HistoryPage.create(vm, new Messages(Locale.UK), files(new Messages(Locale.UK)), owner -> { }),
                        1366, 768);
                Themes.apply(scene, Settings.defaults());
                stage.setScene(scene);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            FxToolkit.setupFixture(() -> {
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
                LineChart<?, ?> pain = (LineChart<?, ?>) root.lookup("#history-pain-chart");
                List<?> days = pain.getData().get(0).getData().stream().map(XYChart.Data::getXValue).toList();
                assertThat(days).hasSize(30).doesNotHaveDuplicates()
                        .allMatch(d -> d.toString().matches("\\d{1,2} \\p{L}+"));
                long several = vm.figuresProperty().get().days().stream().filter(d -> d.sessions() > 1).count();
                assertThat(several).as("days with two sessions are one point each").isPositive();
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(root.lookup("#history-pain-chart").getParent().snapshot(null,
                            null), null), "png", new File(SHOTS.resolve("charts.png").toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static FileActions files(Messages i18n) {
        return new FileActions(new FakeDialogs(), BackgroundExecutor.sameThread(), i18n, status -> { });
    }

    private static HistoryStore store() {
        return new HistoryStore() {
            @Override
            public List<SessionSummary> sessions(String profileId, LocalDate from, LocalDate to, int limit, int offset) {
                return List.of(
                        new SessionSummary("2", "Lower-back yoga", 2, LocalDate.of(2026, 11, 21), 900, 18, "completed", 3, 2,
                                1, "Stiff in the morning"),
                        new SessionSummary("1", "Back spasm relief, gentle", 1, LocalDate.of(2026, 11, 20), 600, 600,
                                "completed", 5, 4, 0));
            }

            @Override
            public Map<LocalDate, Integer> secondsPerDay(String profileId, LocalDate from, LocalDate to) {
                return Map.of(LocalDate.of(2026, 11, 20), 600, LocalDate.of(2026, 11, 21), 18);
            }

            @Override
            public List<LocalDate> activeDays(String profileId) {
                return List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21));
            }

            @Override
            public List<StepSummary> steps(String profileId, LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public List<Profile> profiles() {
                return List.of(new Profile("me", "Me"));
            }

            @Override
            public List<StepSummary> steps(String sessionId) {
                return List.of();
            }
        };
    }
}
