package org.limber.ui.settings;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.scene.control.ListView;
import org.limber.i18n.Languages;
import org.limber.i18n.Messages;
import org.limber.settings.Settings;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;

/** Settings: appearance and where the data lives. */
public final class SettingsPage {

    private SettingsPage() {
    }

    public static Node create(SettingsViewModel vm, BackupsViewModel backups, Messages i18n) {
        Label title = new Label(i18n.get("settings.title"));
        title.getStyleClass().add("title-2");

        ComboBox<Settings.Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Settings.Theme.values());
        theme.setCellFactory(named(i18n, "settings.theme."));
        theme.setButtonCell(SettingsPage.<Settings.Theme>named(i18n, "settings.theme.").call(null));
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        ComboBox<Settings.TextSize> size = new ComboBox<>();
        size.setId("settings-text-size");
        size.getItems().setAll(Settings.TextSize.values());
        size.setCellFactory(named(i18n, "settings.textSize."));
        size.setButtonCell(SettingsPage.<Settings.TextSize>named(i18n, "settings.textSize.").call(null));
        size.valueProperty().bindBidirectional(vm.textSizeProperty());

        TextField folder = new TextField(vm.dataFolder());
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.setPrefColumnCount(36);

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().add("");
        language.getItems().addAll(Languages.SUPPORTED);
        Callback<ListView<String>, ListCell<String>> languageCells =
                v -> new ListCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item.isEmpty() ? i18n.get("settings.language.computer")
                                : Locale.forLanguageTag(item).getDisplayLanguage(Locale.forLanguageTag(item)));
                    }
                };
        language.setCellFactory(languageCells);
        language.setButtonCell(languageCells.call(null));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Label restart = new Label(i18n.get("settings.language.restart"));
        restart.setId("settings-language-restart");
        restart.getStyleClass().add("text-muted");
        restart.setWrapText(true);
        restart.visibleProperty().bind(vm.restartNeededProperty());
        restart.managedProperty().bind(restart.visibleProperty());
        Button restartNow = new Button(i18n.get("settings.language.restartNow"), Icons.icon("mdi2r-restart"));
        restartNow.setId("settings-language-restart-now");
        restartNow.setTooltip(new Tooltip(i18n.get("settings.language.restartNow.tip")));
        restartNow.setMinWidth(Region.USE_PREF_SIZE);
        restartNow.setOnAction(e -> vm.restartNow());
        restartNow.visibleProperty().bind(vm.restartNeededProperty());
        restartNow.managedProperty().bind(restartNow.visibleProperty());

        GridPane appearance = form();
        appearance.addRow(0, label(i18n.get("settings.theme"), theme), theme);
        appearance.addRow(1, label(i18n.get("settings.textSize"), size), size);
        appearance.addRow(2, label(i18n.get("settings.language"), language), new VBox(6, language, restart, restartNow));
        CheckBox tones = new CheckBox(i18n.get("settings.tones"));
        tones.setId("settings-tones");
        wrap(tones);
        tones.selectedProperty().bindBidirectional(vm.tonesProperty());
        CheckBox voice = new CheckBox(i18n.get("settings.voice"));
        voice.setId("settings-voice");
        wrap(voice);
        voice.selectedProperty().bindBidirectional(vm.voiceProperty());
        Slider volume = new Slider(0, 100, vm.volumeProperty().get());
        volume.setId("settings-volume");
        volume.setAccessibleText(i18n.get("settings.volume"));
        volume.setBlockIncrement(10);
        volume.valueProperty().addListener((obs, old, now) -> vm.volumeProperty().set(now.intValue()));
        vm.volumeProperty().addListener((obs, old, now) -> volume.setValue(now.doubleValue()));
        Label volumeLabel = label(i18n.get("settings.volume"), volume);
        GridPane sound = form();
        sound.addRow(0, new Label(), tones);
        sound.addRow(1, new Label(), voice);
        sound.addRow(2, volumeLabel, volume);
        tones.disableProperty().bind(vm.tonesAvailableProperty().not());
        voice.disableProperty().bind(vm.voiceAvailableProperty().not());
        volume.disableProperty().bind(tones.disableProperty().and(voice.disableProperty()));
        volumeLabel.disableProperty().bind(volume.disableProperty());
        Label unavailable = new Label();
        unavailable.setId("settings-sound-unavailable");
        unavailable.getStyleClass().add("problem-text");
        unavailable.setWrapText(true);
        unavailable.textProperty().bind(Bindings.createStringBinding(() -> vm.soundUnavailableProperty().get() == null
                ? "" : i18n.get(vm.soundUnavailableProperty().get()), vm.soundUnavailableProperty()));
        unavailable.visibleProperty().bind(vm.soundUnavailableProperty().isNotNull());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        vm.checkSound();
        Label soundNote = new Label(i18n.get("settings.sound.note"));
        soundNote.getStyleClass().add("text-muted");
        soundNote.setWrapText(true);

        Button open = new Button(i18n.get("settings.dataFolder.open"),
                Icons.icon("mdi2f-folder-open-outline"));
        open.setId("settings-open-folder");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setTooltip(new Tooltip(i18n.get("settings.dataFolder.open.tip")));
        open.setOnAction(e -> vm.openDataFolder());
        Label folderProblem = new Label();
        folderProblem.getStyleClass().add("problem-text");
        folderProblem.setWrapText(true);
        folderProblem.setId("settings-folder-problem");
        Failure.show(folderProblem, vm.folderProblemProperty(), i18n);
        GridPane data = form();
        data.addRow(0, label(i18n.get("settings.dataFolder"), folder), new HBox(8, folder, open));
        data.add(folderProblem, 1, 1);

        Node backupList = BackupsPane.create(backups, i18n);

        VBox content = new VBox(16, title,
                section(i18n.get("settings.appearance")), appearance,
                section(i18n.get("settings.sound")), unavailable, sound, soundNote,
                section(i18n.get("settings.data")), data,
                section(i18n.get("settings.backups")), backupList,
                section(i18n.get("settings.alerts")), AlertsPane.create(vm.alerts(), i18n),
                section(i18n.get("settings.practice")), PracticePane.create(vm.practice(), i18n));
        content.setPadding(new Insets(24));
        content.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        return grid;
    }

    /** A check box whose words wrap instead of being cut, at any text size and language. */
    private static void wrap(CheckBox box) {
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** A section's title; a long one wraps instead of being cut. */
    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(target);
        return label;
    }

    private static <T extends Enum<T>> Callback<ListView<T>, ListCell<T>> named(Messages i18n, String prefix) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(prefix + item.name()));
            }
        };
    }
}
