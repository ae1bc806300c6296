package org.limber.ui.routines;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.io.AtomicFiles;
import org.limber.io.JsonProblem;
import org.limber.library.Exercise;
import org.limber.routine.ImportedRoutine;
import org.limber.routine.Routine;
import org.limber.routine.RoutineFileException;
import org.limber.routine.RoutineFiles;
import org.limber.routine.RoutineImporter;
import org.limber.routine.Step;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.FileType;
import org.limber.ui.common.TabLeaves;

/** Export and import of routine files: choosers through {@link FileActions}, file work on the background executor. */
public final class RoutineFileActions {

    private final RoutineFiles files;
    private final RoutineImporter importer;
    private final BackgroundExecutor executor;
    private final RoutineBuilderViewModel vm;
    private final FileActions actions;
    private final Messages i18n;
    private final Supplier<String> profileId;
    private final Consumer<Runnable> guard;
    private final FileType type;

    /**
     * {@code guard} runs what it is given once unsaved edits were dealt with (or never, if the
     * person chose to stay): an imported routine is opened only then.
     */
    public RoutineFileActions(RoutineFiles files, RoutineImporter importer, BackgroundExecutor executor,
            RoutineBuilderViewModel vm, FileActions actions, Messages i18n, Supplier<String> profileId,
            Consumer<Runnable> guard) {
        this.files = files;
        this.importer = importer;
        this.executor = executor;
        this.vm = vm;
        this.actions = actions;
        this.i18n = i18n;
        this.profileId = profileId;
        this.guard = guard;
        this.type = new FileType(i18n.get("routines.fileType"), RoutineFiles.EXTENSION);
    }

    /**
     * Asks for the name and practice to put in the file (the ones used last filled in), then
     * where to save it. Without a name the file names whoever the routine came from, if anyone.
     */
    public void exportRoutine(Routine routine, Window owner) {
        List<Exercise> custom = routine.steps().stream().map(Step::exerciseId).distinct()
                .filter(vm.exercises()::isCustom).map(vm.exercises()::find).flatMap(Optional::stream).toList();
        executor.submit(importer::sharedAs, last -> SharedByDialog.ask(owner, last, i18n).ifPresent(answer -> {
            // only a convenience for next time: a failure is in the log (the executor's) and the file still goes
            executor.run(() -> importer.shareAs(answer.physiotherapist().orElse(null)), e -> { });
            Routine shared = routine.withFrom(answer.physiotherapist().orElse(routine.from()));
            actions.save(owner, type, FileType.safeName(routine.name()) + RoutineFiles.EXTENSION, () -> target -> {
                AtomicFiles.write(target, files.write(shared, custom));
                return target;
            }, "routines.export.done", "routines.export.failed");
        }), e -> actions.errorDialog(owner).accept(Failure.of("routines.export.error", e)));
    }

    public void importRoutine(Window owner) {
        actions.chooseToOpen(owner, type).ifPresent(file -> importFile(file, owner, false));
    }

    /**
     * Checks the whole file in the background; only a clean file is offered for saving. A file
     * the person did not pick here ({@code ask}: on the command line, or handed over by a second
     * start) is imported only after they say yes.
     */
    public void importFile(Path file, Window owner, boolean ask) {
        String profile = profileId.get();
        executor.submit(() -> {
            ImportedRoutine imported = importer.check(file);
            String name = imported.routine().name();
            return new Pending(imported, importer.clash(profile, name), importer.freeName(profile, name));
        }, pending -> guard.accept(() -> {
            if (!ask || confirm(file, pending, owner)) {
                decide(pending, owner, profile);
            }
        }), e -> refused(file, e, owner));
    }

    /** "Import this routine?", with its name, size and file; Cancel is the default. */
    private boolean confirm(Path file, Pending pending, Window owner) {
        Routine routine = pending.imported().routine();
        ButtonType yes = new ButtonType(i18n.get("routines.import.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("routines.import.confirm.body",
                routine.name(), routine.steps().size(), file.toString()), yes, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(i18n.get("routines.import.title"));
        ask.setHeaderText(i18n.get("routines.import.confirm.header"));
        ask.getDialogPane().setId("import-confirm-dialog");
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return ask.showAndWait().filter(choice -> choice == yes).isPresent();
    }

    private record Pending(ImportedRoutine imported, Optional<Routine> clash, String freeName) {
    }

    private void decide(Pending pending, Window owner, String profile) {
        Routine replace = null;
        String name = pending.imported().routine().name();
        if (pending.clash().isPresent()) {
            ButtonType keep = new ButtonType(i18n.get("routines.import.keepBoth"), ButtonBar.ButtonData.YES);
            ButtonType over = new ButtonType(i18n.get("routines.import.replace"), ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    i18n.get("routines.import.clash.body", name, pending.freeName()), keep, over, ButtonType.CANCEL);
            ask.initOwner(owner);
            ask.setTitle(i18n.get("routines.import.title"));
            ask.setHeaderText(i18n.get("routines.import.clash.header", name));
            ask.getDialogPane().setId("import-clash-dialog");
            Optional<ButtonType> choice = ask.showAndWait();
            if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
                return;
            }
            if (choice.get() == keep) {
                name = pending.freeName();
            } else {
                replace = pending.clash().get();
            }
        }
        String finalName = name;
        Routine finalReplace = replace;
        executor.submit(() -> importer.commit(profile, pending.imported(), finalName, finalReplace), routine -> {
            vm.load();
            vm.exercises().load();
            vm.open(routine);
            actions.report(i18n.get("routines.import.done", routine.name()));
        }, e -> actions.errorDialog(owner).accept(Failure.of("routines.error.save", e)));
    }

    /** What is wrong with the file, line by line; anything but a refused file is said in plain words. */
    private void refused(Path file, Throwable error, Window owner) {
        List<String> problems = error instanceof RoutineFileException e
                ? e.problems().stream().map(JsonProblem::toString).toList()
                : List.of(Failure.of("routines.import.error", error).text(i18n));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("routines.import.title"));
        alert.setHeaderText(i18n.get("routines.import.failed.header"));
        TextArea list = TabLeaves.of(new TextArea(String.join("\n", problems)));
        list.setId("import-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(10, problems.size() + 1));
        VBox content = new VBox(8, new Label(i18n.get("routines.import.failed.body", file)), list);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("import-failed-dialog");
        alert.show();
    }
}
