package org.limber.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.limber.i18n.Messages;
import org.limber.ui.common.Icons;
import org.limber.ui.common.ScrollToFocus;

/** The main window's layout: navigation rail, header, the current page and a status bar. */
public final class MainWindow {

    private final ShellViewModel viewModel;
    private final Messages i18n;
    private final PageFactory pages;
    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    private final StackPane pageHost = new StackPane();
    private final BorderPane root = new BorderPane();
    private final HBox headerTools = new HBox(6);
    private final MenuButton help = new MenuButton();
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final HBox header = new HBox(12);
    private final HBox statusBar = new HBox(10);
    private boolean shellComplete;

    public MainWindow(ShellViewModel viewModel, Messages i18n, PageFactory pages) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.pages = pages;
        build();
    }

    public Parent root() {
        return root;
    }

    /** The header's tool area, for the theme switch and the profile chooser. */
    public HBox headerTools() {
        return headerTools;
    }

    public void addHelpItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        help.getItems().add(item);
    }

    public void installShortcuts(Scene scene) {
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(page.key(), KeyCombination.SHORTCUT_DOWN),
                    () -> {
                        // not while the safety check lies over the window: a page chosen there
                        // would be waiting behind it when the check is done
                        if (!root.isDisabled()) {
                            viewModel.show(page);
                        }
                    });
        }
    }

    private void build() {
        root.setId("main-root");
        root.getStyleClass().add("main-root");
        root.setLeft(navigationRail());
        root.setTop(header());
        root.setBottom(statusBar());
        pageHost.getStyleClass().add("page-host");
        root.setCenter(pageHost);
        viewModel.pageProperty().addListener((obs, old, page) -> showPage(page));
    }

    /**
     * Builds and shows the current page. Called once the shell's first frame is on screen, so
     * that the first frame is the shell alone.
     */
    public void showFirstPage() {
        if (!shellComplete) {
            shellComplete = true;
            completeShell();
        }
        if (pageHost.getChildren().isEmpty()) {
            showPage(viewModel.pageProperty().get());
        }
    }

    /** What the first frame can do without: tooltips, the help menu, the progress bar. */
    private void completeShell() {
        navButtons.forEach((page, button) -> button.setTooltip(new Tooltip(i18n.get("nav.tooltip",
                i18n.get(page.labelKey()), i18n.get("nav.shortcut", page.ordinal() + 1)))));
        help.setTooltip(new Tooltip(i18n.get("shell.help")));
        header.getChildren().add(help);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("status-progress");
        progress.getStyleClass().add("small");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        statusBar.getChildren().add(0, progress);
    }

    private void showPage(Page page) {
        Node node = built.computeIfAbsent(page, p -> {
            Node created = pages.create(p);
            created.setId(p.pageId());
            return created;
        });
        pageHost.getChildren().setAll(node);
        // the page's own shortcuts (Ctrl+N, Ctrl+S ...) listen inside it: take the focus there
        Platform.runLater(() -> firstFocusable(node).ifPresent(Node::requestFocus));
    }

    static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Node navigationRail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        rail.setAlignment(Pos.TOP_CENTER);
        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(i18n.get(page.labelKey()), new FontIcon(page.icon()));
            button.setId(page.navId());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setMaxWidth(Double.MAX_VALUE);
            navButtons.put(page, button);
            button.setOnAction(e -> {
                viewModel.show(page);
                button.setSelected(viewModel.pageProperty().get() == page);
            });
            viewModel.pageProperty().addListener((obs, old, now) -> button.setSelected(now == page));
            button.setSelected(viewModel.pageProperty().get() == page);
            rail.getChildren().add(button);
        }
        // at the largest text in a small window the rail scrolls, so the header and the status
        // bar keep their place on screen instead of being pushed out of it
        ScrollPane scroll = new ScrollPane(rail);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.setMinHeight(0);
        scroll.getStyleClass().addAll("edge-to-edge", "nav-scroll");
        ScrollToFocus.install(scroll);
        // the chosen page's button stays in view: when it is chosen (by a shortcut too), on
        // start and whenever the rail's room or size changes
        Runnable revealSelected = () -> ScrollToFocus.reveal(scroll, navButtons.get(viewModel.pageProperty().get()));
        viewModel.pageProperty().addListener((obs, old, now) -> revealSelected.run());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> revealSelected.run());
        rail.heightProperty().addListener((obs, old, now) -> revealSelected.run());
        return scroll;
    }

    private Node header() {
        Label title = new Label(i18n.get("app.name"));
        title.getStyleClass().addAll("title-3", "app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label tagline = new Label(i18n.get("app.tagline"));
        tagline.setId("app-tagline");
        tagline.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        help.setText(null);
        help.setGraphic(Icons.icon("mdi2h-help-circle-outline"));
        help.setId("help-menu");
        help.setAccessibleText(i18n.get("shell.help"));
        help.getStyleClass().add("flat");
        help.setMinWidth(Region.USE_PREF_SIZE);
        headerTools.setAlignment(Pos.CENTER_RIGHT);
        header.getChildren().setAll(title, tagline, spacer, headerTools);
        HeaderFit.hideWhenCramped(header, tagline);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(viewModel.statusProperty());
        statusBar.getChildren().setAll(status);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }
}
