package org.limber.ui.history;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.handout.ProgressReport;
import org.limber.history.ProgressFigures;
import org.limber.history.SessionSummary;
import org.limber.history.SpokenTime;
import org.limber.safety.RedFlags;
import org.limber.i18n.Messages;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.FileType;
import org.limber.ui.common.Icons;
import org.limber.ui.common.Rows;
import org.limber.ui.common.SafetyAdvice;

/** History: streaks, a year calendar, minutes and pain over time, and every session in a table. */
public final class HistoryPage {

    private HistoryPage() {
    }

    /** {@code sendResults}: "Send results to my physiotherapist…" over the given window. */
    public static Node create(HistoryViewModel vm, Messages i18n, FileActions files, Consumer<Window> sendResults) {
        Label title = new Label(i18n.get("nav.history"));
        title.getStyleClass().add("title-2");
        Label streak = new Label();
        streak.setId("history-streak");
        streak.getStyleClass().add("history-streak");
        Button export = new Button(i18n.get("history.export"), Icons.icon("mdi2f-file-delimited-outline"));
        export.setId("history-export");
        export.setTooltip(new Tooltip(i18n.get("history.export.tooltip")));
        export.setOnAction(e -> files.saveIntoFolderInSteps(export.getScene().getWindow(),
                i18n.get("history.export.tooltip"), vm::csvExport, "history.export.done", "history.export.failed", vm::fail));
        ProgressBar exporting = new ProgressBar();
        exporting.setId("history-export-progress");
        exporting.setAccessibleText(i18n.get("history.export.running"));
        exporting.progressProperty().bind(vm.exportProgressProperty());
        exporting.visibleProperty().bind(vm.exportProgressProperty().greaterThanOrEqualTo(0));
        exporting.managedProperty().bind(exporting.visibleProperty());
        export.disableProperty().bind(exporting.visibleProperty());
        Button report = new Button(i18n.get("history.report"), Icons.icon("mdi2f-file-pdf-box"));
        report.setId("history-report");
        report.setTooltip(new Tooltip(i18n.get("history.report.tooltip")));
        report.setOnAction(e -> files.save(report.getScene().getWindow(), new FileType(i18n.get("handout.fileType"), ".pdf"),
                vm.reportFileName(), () -> vm.progressReport(new ProgressReport(i18n), i18n.locale()),
                "history.report.done", "history.report.failed", vm::fail));
        Button send = new Button(i18n.get("results.send"), Icons.icon("mdi2s-send-outline"));
        send.setId("results-send");
        send.setTooltip(new Tooltip(i18n.get("results.send.tooltip")));
        send.setOnAction(e -> sendResults.accept(send.getScene().getWindow()));
        Label adherence = new Label();
        adherence.setId("history-adherence");
        adherence.getStyleClass().add("history-streak");
        adherence.managedProperty().bind(adherence.visibleProperty());
        adherence.setTooltip(new Tooltip(i18n.get("history.adherence.rule")));
        Label adherenceRule = new Label(i18n.get("history.adherence.rule"));
        adherenceRule.setId("history-adherence-rule");
        adherenceRule.setWrapText(true);
        adherenceRule.getStyleClass().add("text-small");
        adherenceRule.visibleProperty().bind(adherence.visibleProperty());
        adherenceRule.managedProperty().bind(adherence.visibleProperty());
        Label totals = new Label();
        totals.setId("history-totals");
        totals.getStyleClass().add("history-streak");
        Label capped = new Label();
        capped.setId("history-capped");
        capped.setWrapText(true);
        capped.managedProperty().bind(capped.visibleProperty());
        HistoryCharts charts = new HistoryCharts(i18n);
        Runnable figures = () -> {
            ProgressFigures f = vm.figuresProperty().get();
            adherence.setVisible(f != null && f.adherence().planned() > 0);
            if (f != null) {
                adherence.setText(i18n.get("history.adherence", f.adherence().done(), f.adherence().planned(),
                        f.adherence().percent()));
            }
            totals.setText(f == null ? "" : i18n.get("history.totals", f.totals().sessions(),
                    SpokenTime.of(i18n, f.totals().doneSeconds()), f.totals().completed()));
            boolean cut = f != null && vm.sessions().size() < f.totals().sessions();
            capped.setText(cut ? i18n.get("history.table.capped", vm.sessions().size(), f.totals().sessions()) : "");
            capped.setVisible(cut);
            charts.days(f);
        };
        vm.figuresProperty().addListener((obs, old, now) -> figures.run());
        figures.run();
        // the figures wrap at the page's width; the title and the buttons wrap between whole words
        totals.setWrapText(true);
        adherence.setWrapText(true);
        adherenceRule.setStyle("-fx-max-width: 36em;");
        VBox header = new VBox(8, Rows.of(16, title, streak), totals, adherence, adherenceRule,
                Rows.of(16, report, export, send, exporting));
        Node filters = HistoryFilters.create(vm, i18n);

        Label insightText = new Label();
        insightText.setWrapText(true);
        Hyperlink advice = new Hyperlink(i18n.get("safety.title"));
        advice.setOnAction(e -> SafetyAdvice.show(advice.getScene().getWindow(), i18n, RedFlags.Tier.SOON));
        advice.setMinWidth(Region.USE_PREF_SIZE);
        HBox insight = new HBox(12, Icons.icon("mdi2i-information-outline"), insightText, advice);
        insight.setId("history-insight");
        insight.setAlignment(Pos.CENTER_LEFT);
        insight.getStyleClass().add("insight-banner");
        insight.setVisible(false);
        insight.managedProperty().bind(insight.visibleProperty());
        Label calendarHeading = new Label(i18n.get("history.calendar"));
        HeatCalendar calendar = new HeatCalendar();
        TableView<SessionSummary> table = HistoryTable.create(vm, i18n);
        Consumer<HistoryViewModel.Snapshot> render = snap -> {
            if (snap == null) {
                return;
            }
            streak.setText(i18n.get("history.streak", snap.streaks().current(), snap.streaks().longest()));
            insight.setVisible(snap.insight().isPresent());
            snap.insight().ifPresent(reason -> insightText.setText(i18n.get("history.insight." + reason.name())));
            calendar.show(snap.secondsPerDay(), snap.from(), snap.to(), i18n, i18n.locale());
            charts.range(snap);
            RangeViews.heading(calendarHeading, snap, vm.showsLastTwelveMonths(snap), i18n);
        };
        vm.snapshotProperty().addListener((obs, old, snap) -> render.accept(snap));
        render.accept(vm.snapshotProperty().get());

        Label failure = new Label();
        failure.setId("history-error");
        failure.getStyleClass().add("problem-text");
        failure.setWrapText(true);
        Failure.show(failure, vm.errorProperty(), i18n);
        VBox content = new VBox(16, header, failure, filters, insight, section(calendarHeading, calendar),
                charts.node(), section(i18n.get("history.sessions"),
                        new VBox(6, FocusBar.create(vm, i18n), capped, table)));
        content.setPadding(new Insets(24));
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Node empty = new EmptyState("mdi2c-chart-line", i18n.get("empty.history.title"), i18n.get("empty.history.body"));
        StackPane root = new StackPane(scroll, empty);
        empty.visibleProperty().bind(Bindings.isEmpty(vm.sessions()).and(vm.loadingProperty().not())
                .and(vm.errorProperty().isNull()).and(vm.focusProperty().isNull()));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        return root;
    }

    /** Completed, partly done, stopped or interrupted, with the share done when it is not complete. */
    static String outcome(SessionSummary s, Messages i18n) {
        return i18n.get("history.outcome." + s.outcome().key(), s.completionPercent());
    }

    private static Node section(String heading, Node content) {
        return section(new Label(heading), content);
    }

    private static Node section(Label label, Node content) {
        label.getStyleClass().add("title-4");
        return new VBox(8, label, content);
    }
}
