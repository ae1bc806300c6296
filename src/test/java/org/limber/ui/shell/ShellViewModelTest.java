package org.limber.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Leaving a guarded page waits for the guard: now, later (after a save), or never. */
class ShellViewModelTest {

    @Test
    void theGuardDecidesWhenThePageChanges() {
        ShellViewModel shell = new ShellViewModel();
        shell.show(Page.ROUTINES);
        Runnable[] pending = {null};
        shell.setLeaveGuard(Page.ROUTINES, leave -> pending[0] = leave);

        shell.show(Page.HISTORY);
        assertThat(shell.pageProperty().get()).as("a save is still running").isEqualTo(Page.ROUTINES);
        pending[0].run();
        assertThat(shell.pageProperty().get()).as("saved: now it goes").isEqualTo(Page.HISTORY);

        shell.show(Page.ROUTINES);
        shell.setLeaveGuard(Page.ROUTINES, leave -> { });
        shell.show(Page.LIBRARY);
        assertThat(shell.pageProperty().get()).as("cancelled: it stays").isEqualTo(Page.ROUTINES);
        shell.setLeaveGuard(Page.ROUTINES, Runnable::run);
        shell.show(Page.LIBRARY);
        assertThat(shell.pageProperty().get()).isEqualTo(Page.LIBRARY);
    }
}
