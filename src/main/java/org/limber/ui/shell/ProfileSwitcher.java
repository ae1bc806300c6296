package org.limber.ui.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;

/** The header's chooser of whose routines and history are shown. */
public final class ProfileSwitcher {

    private ProfileSwitcher() {
    }

    /** {@code guard} runs a switch once unsaved routine edits were dealt with (or never, if the person stays). */
    public static Node create(ObservableList<Profile> profiles, ObjectProperty<Profile> active, Consumer<Runnable> guard,
            Messages i18n) {
        ComboBox<Profile> box = new ComboBox<>(profiles);
        box.setId("profile-switch");
        box.setAccessibleText(i18n.get("profiles.switch"));
        box.setTooltip(new Tooltip(i18n.get("profiles.switch")));
        box.setCellFactory(v -> named());
        box.setButtonCell(named());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Profile fromString(String s) {
                return null;
            }
        });
        box.setValue(active.get());
        active.addListener((obs, old, now) -> box.setValue(now));
        // the list is loaded again when the data is (after a restore, say): its new items are equal
        // to the old ones, so the active profile does not change, but the box has lost its choice
        // The box's own list listeners (its skin's among them) run after this one and clear the
        // choice, so the choice is made again once they have run
        profiles.addListener((ListChangeListener<Profile>) change -> Platform.runLater(() -> {
            box.setValue(null);
            box.setValue(active.get());
        }));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(active.get().id())) {
                guard.accept(() -> active.set(now));
                if (!now.id().equals(active.get().id())) {
                    box.setValue(active.get());
                }
            }
        });
        return box;
    }

    /** A profile's name; cut short when it is long (the box is capped in width), whole in its tooltip. */
    private static ListCell<Profile> named() {
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        return new ListCell<>() {
            @Override
            protected void updateItem(Profile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                whole.setText(getText());
                setTooltip(empty || item == null ? null : whole);
            }
        };
    }
}
