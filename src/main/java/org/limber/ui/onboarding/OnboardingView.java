package org.limber.ui.onboarding;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Condition;
import org.limber.safety.RedFlags;

/** The first-run screens, laid over the main window until they are done. */
public final class OnboardingView {

    private OnboardingView() {
    }

    public static StackPane create(OnboardingViewModel vm, Messages i18n) {
        StackPane overlay = new StackPane();
        overlay.setId("onboarding");
        overlay.getStyleClass().add("onboarding-overlay");
        Runnable render = () -> {
            switch (vm.stepProperty().get()) {
                case WELCOME -> overlay.getChildren().setAll(card(welcome(vm, i18n)));
                case RED_FLAGS -> overlay.getChildren().setAll(card(checklist(vm, i18n)));
                case ADVICE -> overlay.getChildren().setAll(card(advice(vm, i18n)));
                case DONE -> overlay.getChildren().clear();
            }
            overlay.setVisible(vm.stepProperty().get() != OnboardingViewModel.Step.DONE);
        };
        vm.stepProperty().addListener((obs, old, now) -> render.run());
        render.run();
        return overlay;
    }

    private static Node welcome(OnboardingViewModel vm, Messages i18n) {
        Button accept = new Button(i18n.get("onboarding.accept"));
        accept.setId("onboarding-accept");
        accept.getStyleClass().addAll("accent", "player-big-button");
        accept.setDefaultButton(true);
        accept.setOnAction(e -> vm.accept());
        return box(i18n.get("onboarding.title"), accept, text(i18n.get("onboarding.welcome")),
                emphasis(i18n.get("onboarding.notice")));
    }

    private static Node checklist(OnboardingViewModel vm, Messages i18n) {
        VBox boxes = new VBox(8);
        for (String key : RedFlags.KEYS) {
            CheckBox box = new CheckBox(i18n.get("safety.flag." + key));
            box.setId("redflag-" + key);
            box.setWrapText(true);
            box.setSelected(vm.ticked().contains(key));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    vm.ticked().add(key);
                } else {
                    vm.ticked().remove(key);
                }
            });
            boxes.getChildren().add(box);
        }
        FlowPane own = new FlowPane(12, 6);
        own.setPrefWrapLength(600);
        for (Condition condition : Condition.values()) {
            CheckBox box = new CheckBox(i18n.get("condition." + condition.code()));
            box.setId("condition-" + condition.code());
            box.setSelected(vm.conditions().contains(condition.code()));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    vm.conditions().add(condition.code());
                } else {
                    vm.conditions().remove(condition.code());
                }
            });
            own.getChildren().add(box);
        }
        Button next = new Button(i18n.get("redflags.continue"));
        next.setId("redflags-continue");
        next.getStyleClass().addAll("accent", "player-big-button");
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.continueFromChecklist());
        return box(i18n.get("redflags.title"), next, text(i18n.get("redflags.intro")), boxes,
                text(i18n.get("conditions.intro")), own);
    }

    private static Node advice(OnboardingViewModel vm, Messages i18n) {
        Button ok = new Button(i18n.get("redflags.acknowledge"));
        ok.setId("redflags-acknowledge");
        ok.getStyleClass().add("player-big-button");
        ok.setOnAction(e -> vm.acknowledge());
        Label urgent = emphasis(i18n.get("safety.urgent"));
        return box(i18n.get("redflags.advice.title"), ok, emphasis(i18n.get("redflags.advice.body")), urgent);
    }

    private static VBox box(String title, Button action, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        VBox box = new VBox(16);
        box.getChildren().add(heading);
        box.getChildren().addAll(body);
        box.getChildren().add(action);
        box.setAlignment(Pos.CENTER_LEFT);
        action.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(action::requestFocus);
            }
        });
        return box;
    }

    private static StackPane card(Node content) {
        StackPane card = new StackPane(content);
        card.getStyleClass().add("onboarding-card");
        card.setMaxSize(680, Region.USE_PREF_SIZE);
        return card;
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }

    private static Label emphasis(String value) {
        Label label = text(value);
        label.getStyleClass().add("onboarding-emphasis");
        return label;
    }
}
