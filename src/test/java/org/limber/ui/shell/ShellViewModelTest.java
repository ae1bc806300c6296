package org.limber.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Leaving a guarded page waits for the guard: now, later (after a save), or never. */
class ShellViewModelTest {

    @Test
    void theGuardDecidesWhenThePageChanges() {
        List<Consumer<Runnable>> guard = new ArrayList<>(List.<Consumer<Runnable>>of(Runnable::run));
        ShellViewModel shell = new ShellViewModel(Map.of(Page.ROUTINES, leave -> guard.get(0).accept(leave)));
        shell.show(Page.ROUTINES);
        Runnable[] pending = {null};
        guard.set(0, leave -> pending[0] = leave);

        shell.show(Page.HISTORY);
        assertThat(shell.pageProperty().get()).as("a save is still running").isEqualTo(Page.ROUTINES);
        pending[0].run();
        assertThat(shell.pageProperty().get()).as("saved: now it goes").isEqualTo(Page.HISTORY);

        shell.show(Page.ROUTINES);
        guard.set(0, leave -> { });
        shell.show(Page.LIBRARY);
        assertThat(shell.pageProperty().get()).as("cancelled: it stays").isEqualTo(Page.ROUTINES);
        guard.set(0, Runnable::run);
        shell.show(Page.LIBRARY);
        assertThat(shell.pageProperty().get()).isEqualTo(Page.LIBRARY);
    }

    @Test
    void theProgressShowsUntilEveryTaskIsDone() {
        ShellViewModel shell = new ShellViewModel(Map.of());
        Runnable opening = shell.working("Opening");
        Runnable restoring = shell.working("Restoring");
        assertThat(shell.busyProperty().get()).isTrue();
        opening.run();
        opening.run();
        assertThat(shell.busyProperty().get()).as("one task is still out").isTrue();
        restoring.run();
        assertThat(shell.busyProperty().get()).isFalse();
        assertThat(shell.statusProperty().get()).isEqualTo("Restoring");
    }
}
