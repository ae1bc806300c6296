package org.limber.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;

/** The practice's name and phone for the foot of every handout page, each checked in place. */
final class PracticePane {

    private PracticePane() {
    }

    static Node create(PracticeViewModel vm, Messages i18n) {
        Label intro = wrapping(i18n.get("settings.practice.intro"));
        intro.getStyleClass().add("text-muted");
        TextField name = new TextField();
        name.setId("settings-practice-name");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField phone = new TextField();
        phone.setId("settings-practice-phone");
        phone.setPrefColumnCount(14);
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        VBox box = new VBox(12, intro,
                field(i18n, "settings.practice.name", name, vm.nameProblemProperty(), "settings-practice-name-problem"),
                field(i18n, "settings.practice.phone", phone, vm.phoneProblemProperty(),
                        "settings-practice-phone-problem"));
        box.setId("settings-practice");
        return box;
    }

    /** The field under its label, and under it what is wrong with what was typed (hidden while nothing is). */
    private static Node field(Messages i18n, String key, TextField field, ReadOnlyStringProperty problemKey, String id) {
        Label label = wrapping(i18n.get(key));
        label.setLabelFor(field);
        field.setAccessibleText(i18n.get(key));
        field.setMaxWidth(Region.USE_PREF_SIZE);
        Label problem = wrapping("");
        problem.setId(id);
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> problemKey.get() == null ? "" : i18n.get(problemKey.get()), problemKey));
        problem.visibleProperty().bind(problemKey.isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problemKey.addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now != null));
        return new VBox(4, label, field, problem);
    }

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
