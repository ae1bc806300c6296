package org.limber.ui.routines;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.limber.i18n.Messages;

/** Before the routine being edited is left with unsaved changes: save, don't save, or stay. */
public final class UnsavedGuard {

    private final RoutineBuilderViewModel vm;
    private final Messages i18n;
    private final Supplier<Window> owner;

    public UnsavedGuard(RoutineBuilderViewModel vm, Messages i18n, Supplier<Window> owner) {
        this.vm = vm;
        this.i18n = i18n;
        this.owner = owner;
    }

    /** Runs {@code next} now, or after the user chose to save or discard; not at all on Cancel. */
    public void proceed(Runnable next) {
        if (!vm.dirtyProperty().get()) {
            next.run();
            return;
        }
        ButtonType save = new ButtonType(i18n.get("routines.confirm.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("routines.confirm.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("routines.confirm.unsaved.body"),
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(i18n.get("routines.confirm.unsaved.title"));
        alert.setHeaderText(i18n.get("routines.confirm.unsaved.header", vm.editingProperty().get().name()));
        alert.getDialogPane().setId("unsaved-dialog");
        alert.showAndWait().ifPresent(choice -> {
            if (choice == save) {
                vm.save(next);
            } else if (choice == discard) {
                vm.discard();
                next.run();
            }
        });
    }
}
