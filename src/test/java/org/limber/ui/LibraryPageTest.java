package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.library.Exercise;
import org.limber.library.Kind;
import org.limber.ui.common.figure.FigureView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class LibraryPageTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();
    private FxRobot robot;
    private ListView<Exercise> list;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openLibrary() throws Exception {
        robot = harness.start(dataDir);
        robot.clickOn("#nav-library");
        list = (ListView<Exercise>) harness.waitFor("#exercise-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() > 20);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void typingKneeFindsTheKneeToChestStretch() {
        int all = list.getItems().size();
        robot.clickOn("#exercise-search").write("knee");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(Exercise::id).contains("knee-to-chest");
        assertThat(list.getItems().size()).isLessThan(all);
        assertThat(list.getItems()).allSatisfy(e -> assertThat(e.matches("knee")).isTrue());
    }

    @Test
    void theFiltersNarrowTheList() {
        int all = list.getItems().size();
        @SuppressWarnings("unchecked")
        ComboBox<Kind> kind = robot.lookup("#filter-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(Kind.BREATHING));
        assertThat(list.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.BREATHING));

        robot.clickOn("#filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(all);
    }

    @Test
    void choosingAnExerciseShowsItsDetailAndPlaysTheFigure() {
        robot.clickOn("#exercise-search").write("cobra");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exercise-detail .title-2").queryLabeled().getText()).isEqualTo("Cobra pose");
        FigureView figure = robot.lookup("#exercise-animation").queryAs(FigureView.class);
        assertThat(figure.isPlaying()).isTrue();

        robot.clickOn("#nav-today");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(figure.isPlaying()).as("a figure off screen stops").isFalse();
    }
}
