package org.limber.ui.history;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.limber.history.SessionSummary;
import org.limber.i18n.Messages;
import org.limber.routine.Durations;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Icons;

/** History: streaks, a year calendar, minutes and pain over time, and every session in a table. */
public final class HistoryPage {

    private HistoryPage() {
    }

    public static Node create(HistoryViewModel vm, Messages i18n, java.util.function.Consumer<String> status,
            java.util.function.Consumer<javafx.stage.Window> reports) {
        Label title = new Label(i18n.get("nav.history"));
        title.getStyleClass().add("title-2");
        Label streak = new Label();
        streak.setId("history-streak");
        streak.getStyleClass().add("history-streak");
        Button export = new Button(i18n.get("history.export"), Icons.icon("mdi2f-file-delimited-outline"));
        export.setId("history-export");
        export.setTooltip(new Tooltip(i18n.get("history.export.tooltip")));
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get("history.export.tooltip"));
            File folder = chooser.showDialog(export.getScene().getWindow());
            if (folder != null) {
                vm.exportCsv(folder.toPath(), written -> status.accept(i18n.get("history.export.done", written.getParent())));
            }
        });
        javafx.scene.control.ProgressBar exporting = new javafx.scene.control.ProgressBar();
        exporting.setId("history-export-progress");
        exporting.setAccessibleText(i18n.get("history.export.running"));
        exporting.progressProperty().bind(vm.exportProgressProperty());
        exporting.visibleProperty().bind(vm.exportProgressProperty().greaterThanOrEqualTo(0));
        exporting.managedProperty().bind(exporting.visibleProperty());
        export.disableProperty().bind(exporting.visibleProperty());
        Button report = new Button(i18n.get("history.report"), Icons.icon("mdi2f-file-pdf-box"));
        report.setId("history-report");
        report.setTooltip(new Tooltip(i18n.get("history.report.tooltip")));
        report.setOnAction(e -> reports.accept(report.getScene().getWindow()));
        Label adherence = new Label();
        adherence.setId("history-adherence");
        adherence.getStyleClass().add("history-streak");
        adherence.managedProperty().bind(adherence.visibleProperty());
        adherence.setTooltip(new Tooltip(i18n.get("history.adherence.rule")));
        Label adherenceRule = new Label(i18n.get("history.adherence.rule"));
        adherenceRule.setId("history-adherence-rule");
        adherenceRule.setWrapText(true);
        adherenceRule.getStyleClass().add("text-small");
        adherenceRule.setStyle("-fx-pref-width: 24em;");
        adherenceRule.visibleProperty().bind(adherence.visibleProperty());
        adherenceRule.managedProperty().bind(adherence.visibleProperty());
        Label totals = new Label();
        totals.setId("history-totals");
        totals.getStyleClass().add("history-streak");
        Label capped = new Label();
        capped.setId("history-capped");
        capped.setWrapText(true);
        Runnable figures = () -> {
            org.limber.history.ProgressFigures f = vm.figuresProperty().get();
            adherence.setVisible(f != null && f.adherence().planned() > 0);
            if (f != null) {
                adherence.setText(i18n.get("history.adherence", f.adherence().done(), f.adherence().planned(),
                        f.adherence().percent()));
            }
            totals.setText(f == null ? "" : i18n.get("history.totals", f.totals().sessions(),
                    org.limber.history.SpokenTime.of(i18n, f.totals().doneSeconds()), f.totals().completed()));
            boolean cut = f != null && vm.sessions().size() < f.totals().sessions();
            capped.setText(cut ? i18n.get("history.table.capped", vm.sessions().size(), f.totals().sessions()) : "");
            capped.setVisible(cut);
        };
        vm.figuresProperty().addListener((obs, old, now) -> figures.run());
        capped.managedProperty().bind(capped.visibleProperty());
        figures.run();
        javafx.scene.layout.FlowPane header = org.limber.ui.common.Rows.of(16, title, streak, totals,
                new VBox(2, adherence, adherenceRule), report, export, exporting);
        Node filters = HistoryFilters.create(vm, i18n);

        Label insightText = new Label();
        insightText.setWrapText(true);
        javafx.scene.control.Hyperlink advice = new javafx.scene.control.Hyperlink(i18n.get("safety.title"));
        advice.setOnAction(e -> org.limber.ui.safety.SafetyAdvice.show(advice.getScene().getWindow(), i18n));
        HBox insight = new HBox(12, Icons.icon("mdi2i-information-outline"), insightText, advice);
        insight.setId("history-insight");
        insight.setAlignment(Pos.CENTER_LEFT);
        insight.getStyleClass().add("insight-banner");
        insight.setVisible(false);
        insight.managedProperty().bind(insight.visibleProperty());
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

        TableView<SessionSummary> table = table(vm, i18n);
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale());
        java.util.function.Consumer<HistoryViewModel.Snapshot> render = snap -> {
            if (snap == null) {
                return;
            }
            streak.setText(i18n.get("history.streak", snap.streaks().current(), snap.streaks().longest()));
            insight.setVisible(snap.insight().isPresent());
            snap.insight().ifPresent(reason -> insightText.setText(i18n.get("history.insight." + reason.name())));
            calendar.show(snap.secondsPerDay(), snap.from(), snap.to(), i18n, i18n.locale());
            XYChart.Series<String, Number> weeks = new XYChart.Series<>();
            snap.minutesPerWeek().entrySet().stream().skip(Math.max(0, snap.minutesPerWeek().size() - 16))
                    .forEach(w -> weeks.getData().add(new XYChart.Data<>(w.getKey().format(shortDate), w.getValue())));
            minutes.getData().setAll(List.of(weeks));
            pain.getData().setAll(painSeries(snap.sessions(), i18n, shortDate));
            completion.getData().setAll(List.of(completionSeries(snap.sessions(), shortDate)));
        };
        vm.snapshotProperty().addListener((obs, old, snap) -> render.accept(snap));
        render.accept(vm.snapshotProperty().get());

        Label failure = new Label();
        failure.setId("history-error");
        failure.getStyleClass().add("problem-text");
        failure.setWrapText(true);
        failure.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get().isEmpty() ? ""
                : i18n.get("history.error", vm.errorProperty().get()), vm.errorProperty()));
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        VBox content = new VBox(16, header, failure, filters, insight, section(i18n.get("history.calendar"), calendar), charts,
                section(i18n.get("history.sessions"), new VBox(6, capped, table)));
        content.setPadding(new Insets(24));
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Node empty = new EmptyState("mdi2c-chart-line", i18n.get("empty.history.title"), i18n.get("empty.history.body"));
        StackPane root = new StackPane(scroll, empty);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.sessions()).and(vm.loadingProperty().not())
                .and(vm.errorProperty().isEmpty()));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        return root;
    }

    /** The date of a session on a chart axis; a second session on the same day gets a mark to stay apart. */
    private static String label(List<SessionSummary> sessions, int i, DateTimeFormatter format) {
        SessionSummary s = sessions.get(i);
        return s.date().format(format) + (i > 0 && sessions.get(i - 1).date().equals(s.date()) ? " \u00b7" + i : "");
    }

    private static XYChart.Series<String, Number> completionSeries(List<SessionSummary> sessions,
            DateTimeFormatter format) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<SessionSummary> recent = sessions.stream().limit(30).toList();
        for (int i = recent.size() - 1; i >= 0; i--) {
            SessionSummary s = recent.get(i);
            String x = label(recent, i, format);
            series.getData().add(new XYChart.Data<>(x, s.completionPercent()));
        }
        return series;
    }

    private static List<XYChart.Series<String, Number>> painSeries(List<SessionSummary> sessions, Messages i18n,
            DateTimeFormatter format) {
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(i18n.get("history.pain.before"));
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(i18n.get("history.pain.after"));
        List<SessionSummary> rated = sessions.stream().filter(s -> s.painBefore() != null || s.painAfter() != null)
                .limit(30).toList();
        for (int i = rated.size() - 1; i >= 0; i--) {
            SessionSummary s = rated.get(i);
            String x = label(rated, i, format);
            if (s.painBefore() != null) {
                before.getData().add(new XYChart.Data<>(x, s.painBefore()));
            }
            if (s.painAfter() != null) {
                after.getData().add(new XYChart.Data<>(x, s.painAfter()));
            }
        }
        return List.of(before, after);
    }

    private static TableView<SessionSummary> table(HistoryViewModel vm, Messages i18n) {
        SortedList<SessionSummary> sorted = new SortedList<>(vm.sessions());
        TableView<SessionSummary> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("history-table");
        table.setAccessibleText(i18n.get("history.table.a11y"));
        table.setPrefHeight(360);
        table.setPlaceholder(new Label(i18n.get("empty.history.title")));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        table.getColumns().add(column(i18n.get("history.col.date"), SessionSummary::date, d -> d.format(date)));
        table.getColumns().add(column(i18n.get("history.col.routine"), SessionSummary::routineName, s -> s));
        TableColumn<SessionSummary, String> who = column(i18n.get("history.col.profile"),
                s -> vm.profileProperty().get() == null ? "" : vm.profileProperty().get().name(), s -> s);
        table.getColumns().add(who);
        table.getColumns().add(column(i18n.get("history.col.planned"), SessionSummary::plannedSeconds,
                s -> Durations.clock(s * 1000L)));
        table.getColumns().add(column(i18n.get("history.col.done"), SessionSummary::doneSeconds,
                s -> Durations.clock(s * 1000L)));
        table.getColumns().add(column(i18n.get("history.col.completion"), SessionSummary::completionPercent, p -> p + " %"));
        table.getColumns().add(column(i18n.get("history.col.painBefore"), SessionSummary::painBefore, String::valueOf));
        table.getColumns().add(column(i18n.get("history.col.painAfter"), SessionSummary::painAfter, String::valueOf));
        table.getColumns().add(column(i18n.get("history.col.hurt"), SessionSummary::hurtSteps,
                n -> n == 0 ? "" : String.valueOf(n)));
        table.getColumns().add(column(i18n.get("history.col.status"), s -> outcome(s, i18n), s -> s));
        table.getColumns().add(column(i18n.get("history.col.notes"), s -> s.notes() == null ? "" : s.notes(), n -> n));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Runnable detail = () -> {
            SessionSummary chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.loadSteps(chosen.id(), steps -> SessionDetail.show(table.getScene().getWindow(), chosen, steps, i18n));
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                detail.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                detail.run();
            }
        });
        table.setTooltip(new Tooltip(i18n.get("history.detail.tooltip")));
        return table;
    }

    private static <T extends Comparable<T>> TableColumn<SessionSummary, T> column(String name,
            Function<SessionSummary, T> value, Function<T, String> text) {
        TableColumn<SessionSummary, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    /** Completed, partly done, stopped or interrupted, with the share done when it is not complete. */
    static String outcome(SessionSummary s, Messages i18n) {
        return i18n.get("history.outcome." + s.outcome().key(), s.completionPercent());
    }

    private static Node section(String heading, Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        return new VBox(8, label, content);
    }
}
