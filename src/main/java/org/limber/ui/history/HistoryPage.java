package org.limber.ui.history;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.handout.ProgressReport;
import org.limber.history.SessionSummary;
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

    public static Node create(HistoryViewModel vm, Messages i18n, FileActions files) {
        Label title = new Label(i18n.get("nav.history"));
        title.getStyleClass().add("title-2");
        Label streak = new Label();
        streak.setId("history-streak");
        streak.getStyleClass().add("history-streak");
        Button export = new Button(i18n.get("history.export"), Icons.icon("mdi2f-file-delimited-outline"));
        export.setId("history-export");
        export.setTooltip(new Tooltip(i18n.get("history.export.tooltip")));
        export.setOnAction(e -> files.saveIntoFolder(export.getScene().getWindow(), i18n.get("history.export.tooltip"),
                vm::csvExport, "history.export.done", "history.export.failed", vm::fail));
        Button report = new Button(i18n.get("history.report"), Icons.icon("mdi2f-file-pdf-box"));
        report.setId("history-report");
        report.setTooltip(new Tooltip(i18n.get("history.report.tooltip")));
        report.setOnAction(e -> files.save(report.getScene().getWindow(), new FileType(i18n.get("handout.fileType"), ".pdf"),
                vm.reportFileName(), () -> vm.progressReport(new ProgressReport(i18n), i18n.locale()),
                "history.report.done", "history.report.failed", vm::fail));
        Label adherence = new Label();
        adherence.setId("history-adherence");
        adherence.getStyleClass().add("history-streak");
        adherence.managedProperty().bind(adherence.visibleProperty());
        FlowPane header = Rows.of(16, title, streak, adherence, report, export);
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
        CategoryAxis weekAxis = new CategoryAxis();
        NumberAxis minutesAxis = new NumberAxis();
        minutesAxis.setLabel(i18n.get("history.minutes"));
        BarChart<String, Number> minutes = new BarChart<>(weekAxis, minutesAxis);
        minutes.setId("history-minutes-chart");
        minutes.setTitle(i18n.get("history.minutes.title"));
        minutes.setLegendVisible(false);
        minutes.setAnimated(false);
        minutes.setCategoryGap(6);
        minutes.setBarGap(0);
        minutes.setPrefHeight(260);
        NumberAxis painAxis = new NumberAxis(0, 10, 2);
        painAxis.setLabel(i18n.get("history.pain"));
        LineChart<String, Number> pain = new LineChart<>(new CategoryAxis(), painAxis);
        pain.setId("history-pain-chart");
        pain.setTitle(i18n.get("history.pain.title"));
        pain.setAnimated(false);
        pain.setPrefHeight(260);
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel(i18n.get("history.col.completion"));
        LineChart<String, Number> completion = new LineChart<>(new CategoryAxis(), percent);
        completion.setId("history-completion-chart");
        completion.setTitle(i18n.get("history.completion.title"));
        completion.setLegendVisible(false);
        completion.setAnimated(false);
        completion.setPrefHeight(260);
        HBox charts = new HBox(16, minutes, pain, completion);
        HBox.setHgrow(minutes, Priority.ALWAYS);
        HBox.setHgrow(pain, Priority.ALWAYS);
        HBox.setHgrow(completion, Priority.ALWAYS);

        TableView<SessionSummary> table = HistoryTable.create(vm, i18n);
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale());
        Consumer<HistoryViewModel.Snapshot> render = snap -> {
            if (snap == null) {
                return;
            }
            streak.setText(i18n.get("history.streak", snap.streaks().current(), snap.streaks().longest()));
            adherence.setVisible(snap.adherence().planned() > 0);
            adherence.setText(i18n.get("history.adherence", snap.adherence().done(), snap.adherence().planned(),
                    snap.adherence().percent()));
            insight.setVisible(snap.insight().isPresent());
            snap.insight().ifPresent(reason -> insightText.setText(i18n.get("history.insight." + reason.name())));
            calendar.show(snap.secondsPerDay(), snap.from(), snap.to(), i18n, i18n.locale());
            RangeViews.minutes(minutes, snap, i18n);
            RangeViews.heading(calendarHeading, snap, vm.showsLastTwelveMonths(snap), i18n);
            pain.getData().setAll(SessionCharts.painSeries(snap.sessions(), i18n, shortDate));
            completion.getData().setAll(List.of(SessionCharts.completionSeries(snap.sessions(), shortDate)));
        };
        vm.snapshotProperty().addListener((obs, old, snap) -> render.accept(snap));
        render.accept(vm.snapshotProperty().get());

        Label failure = new Label();
        failure.setId("history-error");
        failure.getStyleClass().add("problem-text");
        failure.setWrapText(true);
        Failure.show(failure, vm.errorProperty(), i18n);
        VBox content = new VBox(16, header, failure, filters, insight, section(calendarHeading, calendar), charts,
                section(i18n.get("history.sessions"), table));
        content.setPadding(new Insets(24));
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Node empty = new EmptyState("mdi2c-chart-line", i18n.get("empty.history.title"), i18n.get("empty.history.body"));
        StackPane root = new StackPane(scroll, empty);
        empty.visibleProperty().bind(Bindings.isEmpty(vm.sessions()).and(vm.loadingProperty().not())
                .and(vm.errorProperty().isNull()));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        return root;
    }

    private static Node section(String heading, Node content) {
        return section(new Label(heading), content);
    }

    private static Node section(Label label, Node content) {
        label.getStyleClass().add("title-4");
        return new VBox(8, label, content);
    }
}
