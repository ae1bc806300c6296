package org.limber.ui.routines;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
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

/** Export and import of routine files: choosers and dialogs here, file work on the background executor. */
public final class RoutineFileActions {

    private final RoutineFiles files;
    private final RoutineImporter importer;
    private final BackgroundExecutor executor;
    private final RoutineBuilderViewModel vm;
    private final Messages i18n;
    private final Supplier<String> profileId;
    private final Consumer<String> status;
    private UnsavedGuard guard;

    /** Set once the guard exists: an import opens the new routine only after unsaved edits were dealt with. */
    public void setGuard(UnsavedGuard guard) {
        this.guard = guard;
    }

    public RoutineFileActions(RoutineFiles files, RoutineImporter importer, BackgroundExecutor executor,
            RoutineBuilderViewModel vm, Messages i18n, Supplier<String> profileId, Consumer<String> status) {
        this.files = files;
        this.importer = importer;
        this.executor = executor;
        this.vm = vm;
        this.i18n = i18n;
        this.profileId = profileId;
        this.status = status;
    }

    public void exportRoutine(Routine routine, Window owner) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(safeName(routine.name()) + RoutineFiles.EXTENSION);
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path target = withExtension(chosen.toPath());
        List<Exercise> custom = routine.steps().stream().map(Step::exerciseId).distinct()
                .filter(vm.exercises()::isCustom).map(vm.exercises()::find).flatMap(Optional::stream).toList();
        executor.submit(() -> {
            AtomicFiles.write(target, files.write(routine, custom));
            return target;
        }, written -> status.accept(i18n.get("routines.export.done", written)),
                e -> error(owner, i18n.get("routines.export.failed", target + ": " + e.getMessage())));
    }

    public void importRoutine(Window owner) {
        java.io.File chosen = chooser().showOpenDialog(owner);
        if (chosen != null) {
            importFile(chosen.toPath(), owner);
        }
    }

    /** Checks the whole file in the background; only a clean file is offered for saving. */
    public void importFile(Path file, Window owner) {
        String profile = profileId.get();
        executor.submit(() -> {
            ImportedRoutine imported = importer.check(file);
            String name = imported.routine().name();
            return new Pending(imported, importer.clash(profile, name), importer.freeName(profile, name));
        }, pending -> {
            if (guard == null) {
                decide(pending, owner, profile);
            } else {
                guard.proceed(() -> decide(pending, owner, profile));
            }
        }, e -> refused(file, e, owner));
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
            status.accept(i18n.get("routines.import.done", routine.name()));
        }, e -> error(owner, i18n.get("routines.error.save", e.getMessage())));
    }

    private void refused(Path file, Throwable error, Window owner) {
        List<JsonProblem> problems = error instanceof RoutineFileException e ? e.problems()
                : List.of(new JsonProblem("$", String.valueOf(error.getMessage())));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("routines.import.title"));
        alert.setHeaderText(i18n.get("routines.import.failed.header"));
        TextArea list = org.limber.ui.common.TabLeaves.of(new TextArea(String.join("\n", problems.stream().map(JsonProblem::toString).toList())));
        list.setId("import-problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(10, problems.size() + 1));
        VBox content = new VBox(8, new Label(i18n.get("routines.import.failed.body", file)), list);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("import-failed-dialog");
        alert.show();
    }

    private void error(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.show();
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("routines.fileType"),
                "*" + RoutineFiles.EXTENSION));
        return chooser;
    }

    public static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return cleaned.isEmpty() ? "routine" : cleaned;
    }

    private static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(RoutineFiles.EXTENSION) ? path
                : path.resolveSibling(name.replaceFirst("\\.json$", "") + RoutineFiles.EXTENSION);
    }
}
