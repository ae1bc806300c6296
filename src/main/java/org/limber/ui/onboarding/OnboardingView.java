package org.limber.ui.onboarding;

import javafx.application.Platform;
import javafx.collections.ObservableSet;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Condition;
import org.limber.safety.RedFlags;
import org.limber.ui.common.ScrollToFocus;
import org.limber.ui.safety.SafetyAdvice;

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
                case WELCOME -> overlay.getChildren().setAll(welcome(vm, i18n));
                case RED_FLAGS -> overlay.getChildren().setAll(checklist(vm, i18n));
                case EMERGENCY -> overlay.getChildren().setAll(emergency(vm, i18n));
                case ADVICE -> overlay.getChildren().setAll(advice(vm, i18n));
                case DONE -> overlay.getChildren().clear();
            }
            overlay.setVisible(vm.stepProperty().get() != OnboardingViewModel.Step.DONE);
        };
        vm.stepProperty().addListener((obs, old, now) -> render.run());
        render.run();
        return overlay;
    }

    private static Node welcome(OnboardingViewModel vm, Messages i18n) {
        Button accept = action(i18n.get("onboarding.accept"), "onboarding-accept", vm::accept);
        accept.getStyleClass().add("accent");
        return card(i18n.get("onboarding.title"), null, accept, text(i18n.get("onboarding.welcome")),
                emphasis(i18n.get("onboarding.notice")));
    }

    private static Node checklist(OnboardingViewModel vm, Messages i18n) {
        VBox body = new VBox(12, text(i18n.get(intro(vm))));
        for (RedFlags.Tier tier : RedFlags.Tier.values()) {
            Label heading = emphasis(i18n.get("redflags.group." + tier.name().toLowerCase(Locale.ROOT)));
            VBox boxes = new VBox(8);
            for (String key : RedFlags.keys(tier)) {
                boxes.getChildren().add(tick(i18n.get("safety.flag." + key), "redflag-" + key, key, vm.ticked()));
            }
            body.getChildren().addAll(heading, boxes);
        }
        FlowPane own = new FlowPane(12, 6);
        own.setPrefWrapLength(600);
        for (Condition condition : Condition.values()) {
            own.getChildren().add(tick(i18n.get("condition." + condition.code()), "condition-" + condition.code(),
                    condition.code(), vm.conditions()));
        }
        body.getChildren().addAll(emphasis(i18n.get("conditions.intro")), own);
        Button next = action(i18n.get("redflags.continue"), "redflags-continue", vm::continueFromChecklist);
        next.getStyleClass().add("accent");
        return card(i18n.get("redflags.title"), null, next, body);
    }

    private static String intro(OnboardingViewModel vm) {
        if (vm.sawEmergencyProperty().get()) {
            return "redflags.intro.again";
        }
        return switch (vm.reasonProperty().get()) {
            case FIRST_RUN, ASKED -> "redflags.intro";
            case QUESTIONS_CHANGED -> "redflags.intro.changed";
            case AFTER_PAIN -> "redflags.intro.afterPain";
        };
    }

    /** Emergency signs: no way on to exercise but back to the answers (for a tick by mistake). */
    private static Node emergency(OnboardingViewModel vm, Messages i18n) {
        Button back = action(i18n.get("redflags.emergency.back"), "emergency-back", vm::backToChecklist);
        Label call = text(i18n.get("safety.emergency.call"));
        call.getStyleClass().addAll("safety-urgent", "onboarding-call");
        VBox body = new VBox(12, call, text(i18n.get("redflags.emergency.body")),
                SafetyAdvice.ticked(i18n, RedFlags.known(vm.ticked())));
        Node card = card(i18n.get("redflags.emergency.title"), "emergency-screen", back, body);
        card.getStyleClass().add("onboarding-emergency");
        return card;
    }

    private static Node advice(OnboardingViewModel vm, Messages i18n) {
        Button ok = action(i18n.get("redflags.acknowledge"), "redflags-acknowledge", vm::acknowledge);
        VBox body = new VBox(12, emphasis(i18n.get("redflags.advice.body")),
                SafetyAdvice.ticked(i18n, RedFlags.known(vm.ticked())),
                SafetyAdvice.tier(i18n, RedFlags.Tier.EMERGENCY));
        return card(i18n.get("redflags.advice.title"), "advice-screen", ok, body);
    }

    private static CheckBox tick(String label, String id, String key, ObservableSet<String> answers) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setWrapText(true);
        box.setSelected(answers.contains(key));
        box.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                answers.add(key);
            } else {
                answers.remove(key);
            }
        });
        return box;
    }

    private static Button action(String text, String id, Runnable command) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("player-big-button");
        button.setWrapText(true);
        button.setDefaultButton(true);
        button.setOnAction(e -> command.run());
        button.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(button::requestFocus);
            }
        });
        return button;
    }

    /** A card whose body scrolls, so the heading and the button stay in view in a small window at a large text size. */
    private static Node card(String title, String id, Button action, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        VBox content = new VBox(16, body);
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        ScrollToFocus.install(scroll);
        BorderPane card = new BorderPane(scroll, heading, null, action, null);
        BorderPane.setMargin(heading, new Insets(0, 0, 12, 0));
        BorderPane.setMargin(action, new Insets(12, 0, 0, 0));
        BorderPane.setAlignment(action, Pos.CENTER_LEFT);
        card.getStyleClass().add("onboarding-card");
        if (id != null) {
            card.setId(id);
        }
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane frame = new StackPane(card);
        frame.getStyleClass().add("onboarding-frame");
        return frame;
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label emphasis(String value) {
        Label label = text(value);
        label.getStyleClass().add("onboarding-emphasis");
        return label;
    }
}
