package org.limber;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.data.Stores;
import org.limber.i18n.Messages;
import org.limber.results.Results;
import org.limber.routine.Routine;
import org.limber.session.Cues;
import org.limber.settings.BackupControl;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.DialogService;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.onboarding.OnboardingViewModel;

/**
 * What the pages are made from: the services {@link AppContext} makes, handed to {@link Pages} in one piece;
 * {@code safetyCheck} is the first-run and red-flag flow, which the player asks again after "It hurts";
 * {@code safety} holds each profile's safety answers and the active profile's, which the builder, the player and
 * the handout go by; {@code results} sends and imports results files (issue 19); {@code restart} starts Limber
 * again in its window with the settings as saved (after a change of language).
 */
record Services(Messages i18n, Clock clock, BackgroundExecutor executor, AppSettings settings, Stores stores,
        ExercisesModel exercises, DialogService dialogs, BackupControl backups, Path dataDir, String version,
        Supplier<String> newId, Supplier<Set<String>> builtInIds, Callable<List<Routine>> templates,
        Supplier<Stage> stage, Supplier<Cues> cues, OnboardingViewModel safetyCheck, ProfileSafety safety,
        Results results, Runnable restart) {
}
