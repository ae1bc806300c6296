package org.limber.ui.routines;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.routine.Step;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;

/** The routine builder: saved routines, the routine's steps, and the palette with the step editor. */
public final class RoutinesPage {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private RoutinesPage() {
    }

    public static Node create(RoutineBuilderViewModel vm, StepEditorViewModel editor, Messages i18n,
            RoutineActions actions, UnsavedGuard guard) {
        Region listPane = RoutineListPane.create(vm, i18n, actions, guard);

        TextField name = new TextField();
        name.setId("routine-name");
        name.setPromptText(i18n.get("routines.name.prompt"));
        name.setAccessibleText(i18n.get("routines.name.label"));
        name.getStyleClass().add("routine-name");
        vm.editingProperty().addListener((obs, old, now) -> {
            String text = now == null ? "" : now.name();
            if (!text.equals(name.getText())) {
                name.setText(text);
            }
        });
        name.textProperty().addListener((obs, old, now) -> vm.rename(now));
        HBox.setHgrow(name, Priority.ALWAYS);

        Label duration = new Label();
        duration.setId("routine-duration");
        duration.getStyleClass().add("routine-duration");
        duration.textProperty().bind(vm.totalProperty());
        duration.setTooltip(new Tooltip(i18n.get("routines.duration")));
        duration.setAccessibleText(i18n.get("routines.duration"));
        duration.setMinWidth(Region.USE_PREF_SIZE);

        Button undo = Icons.iconButton("mdi2u-undo", i18n.get("routines.undo"));
        undo.setId("routine-undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = Icons.iconButton("mdi2r-redo", i18n.get("routines.redo"));
        redo.setId("routine-redo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());

        Button save = button("routine-save", i18n.get("routines.save"), "mdi2c-content-save-outline",
                i18n.get("routines.save.tooltip"));
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save(() -> { }));
        save.getStyleClass().add("accent");
        Button start = button("routine-start", i18n.get("routines.start"), "mdi2p-play",
                i18n.get("routines.start.tooltip"));
        start.getStyleClass().add("success");
        start.disableProperty().bind(Bindings.isEmpty(vm.steps()));
        start.setOnAction(e -> actions.start(vm.editingProperty().get()));
        Button export = button("routine-export", i18n.get("routines.export"), "mdi2f-file-export-outline",
                i18n.get("routines.export.tooltip"));
        export.disableProperty().bind(Bindings.isEmpty(vm.steps()));
        export.setOnAction(e -> actions.exportRoutine(vm.editingProperty().get(), export.getScene().getWindow()));
        Button handout = button("routine-handout", i18n.get("routines.handout"), "mdi2f-file-pdf-box",
                i18n.get("routines.handout.tooltip"));
        handout.disableProperty().bind(Bindings.isEmpty(vm.steps()));
        handout.setOnAction(e -> actions.handout(vm.editingProperty().get(), handout.getScene().getWindow()));

        HBox titleRow = new HBox(10, name, duration);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {export, handout, save, start}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane toolbar = new FlowPane(6, 6, undo, redo, export, handout, save,
                start);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        ListView<Step> steps = StepList.create(vm, i18n, actions.conditions());
        Label error = new Label();
        error.getStyleClass().add("problem-text");
        error.setId("routine-error");
        Failure.show(error, vm.errorProperty(), i18n);
        VBox center = new VBox(10, titleRow, toolbar, error, steps);
        VBox.setVgrow(steps, Priority.ALWAYS);
        center.setPadding(new Insets(16));

        VBox right = new VBox(16, PalettePane.create(vm, i18n), StepEditorPane.create(editor, i18n));
        right.setPadding(new Insets(16));
        right.setStyle("-fx-min-width: 16em;");

        Node emptyEditor = new EmptyState("mdi2f-format-list-checks", i18n.get("routines.empty.title"),
                i18n.get("routines.empty.body")).withAction(i18n.get("routines.new"),
                        () -> guard.proceed(() -> vm.newRoutine(i18n.get("routines.newName"))));
        Region root = new RoutinesLayout(listPane, center, right, emptyEditor, vm.editingProperty().isNotNull()).root();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e)) {
                vm.redo();
                e.consume();
            } else if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (SAVE.match(e)) {
                vm.save(() -> { });
                e.consume();
            } else if (NEW.match(e)) {
                guard.proceed(() -> vm.newRoutine(i18n.get("routines.newName")));
                e.consume();
            }
        });
        return root;
    }

    static Button button(String id, String text, String icon, String tooltip) {
        Button button = new Button(text, Icons.icon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
