package org.limber.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.settings.BackupControl;

class BackupsViewModelTest {

    final List<BackupControl.Info> restored = new ArrayList<>();
    final BackupControl.Info big = new BackupControl.Info("/b/big.db", "daily", LocalDateTime.of(2026, 11, 21, 8, 0), 90_000);
    final BackupControl.Info small = new BackupControl.Info("/b/small.db", "daily", LocalDateTime.of(2026, 10, 1, 8, 0), 20_000);

    final BackupControl control = new BackupControl() {
        @Override
        public List<Info> list() {
            return List.of(big, small);
        }

        @Override
        public long currentBytes() {
            return 100_000;
        }

        @Override
        public void restore(Info backup) {
            restored.add(backup);
        }
    };

    @Test
    void aMuchSmallerBackupIsFlaggedForASecondQuestion() {
        BackupsViewModel vm = new BackupsViewModel(control, BackgroundExecutor.sameThread());
        vm.load();
        assertThat(vm.backups()).containsExactly(big, small);
        assertThat(vm.muchSmaller(big)).isFalse();
        assertThat(vm.muchSmaller(small)).isTrue();
    }

    @Test
    void restoringHandsTheChosenBackupOver() {
        BackupsViewModel vm = new BackupsViewModel(control, BackgroundExecutor.sameThread());
        vm.load();
        boolean[] done = {false};
        vm.restore(small, () -> done[0] = true);
        assertThat(restored).containsExactly(small);
        assertThat(done[0]).isTrue();
    }

    @Test
    void aBackupFolderThatCannotBeUsedIsShownAsAMessageKey() {
        BackupControl broken = new BackupControl() {
            @Override
            public List<Info> list() {
                return List.of();
            }

            @Override
            public long currentBytes() {
                return 0;
            }

            @Override
            public Optional<String> folderProblem() {
                return Optional.of("settings.backups.problem.NOT_A_FOLDER");
            }

            @Override
            public void restore(Info backup) {
            }
        };
        BackupsViewModel vm = new BackupsViewModel(broken, BackgroundExecutor.sameThread());
        vm.load();
        assertThat(vm.folderProblemProperty().get()).isEqualTo("settings.backups.problem.NOT_A_FOLDER");
        assertThat(new Messages(Locale.ROOT).get(vm.folderProblemProperty().get()))
                .doesNotStartWith("!");
        BackupsViewModel fine = new BackupsViewModel(control, BackgroundExecutor.sameThread());
        fine.load();
        assertThat(fine.folderProblemProperty().get()).isEmpty();
    }
}
