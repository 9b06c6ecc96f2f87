package org.clustercomposer.views.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.clustercomposer.report.OutputFormat;
import org.clustercomposer.report.ResultWriter;
import org.clustercomposer.views.playback.PlaybackBar;
import org.clustercomposer.views.playback.PlaybackModel;

/**
 * What a simulation run produced: charts over time, the migration timeline, a comparison with a
 * pinned run, export, and the playback bar that moves every view to a time t.
 */
public final class ResultsView extends BorderPane {

    private final SimulationRunner runner;
    private final PlaybackModel playback;
    private final PlaybackBar playbackBar;
    private final Label summary = new Label("No run yet: Simulate › Run (F5) plays the design over time");
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final FlowPane chartPane = new FlowPane(8, 8);
    private final MigrationTimeline timeline = new MigrationTimeline();
    private final TableView<RunComparison.Row> table = new TableView<>();
    private final FlowPane comparePane = new FlowPane(8, 8);
    private final Label compareHint = new Label("Pin a run, change the design or the settings, and run again "
            + "to compare the two here.");
    private final TabPane tabs = new TabPane();
    private final Tab compareTab;
    private final ReadOnlyObjectWrapper<SimulationRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<SimulationRun> pinned = new ReadOnlyObjectWrapper<>(this, "pinned");
    private final List<TimeChart> charts = new ArrayList<>();
    private final List<TimeChart> compareCharts = new ArrayList<>();
    private String selected;
    private TimeChart elementChart;
    private Function<String, Optional<Path>> chooseDirectory = title -> Optional.empty();

    public ResultsView(SimulationRunner runner, PlaybackModel playback) {
        this.runner = runner;
        this.playback = playback;
        this.playbackBar = new PlaybackBar(playback);
        setId("results-view");
        getStyleClass().add("results-view");

        Button cancel = new Button("Cancel");
        cancel.setId("results-cancel");
        cancel.setOnAction(e -> runner.cancel());
        cancel.visibleProperty().bind(runner.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        progress.setId("results-progress");
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button pin = new Button("Pin this run");
        pin.setId("results-pin");
        pin.setOnAction(e -> pin());
        pin.disableProperty().bind(run.isNull());
        MenuButton export = new MenuButton("Export");
        export.setId("results-export");
        export.disableProperty().bind(run.isNull());
        export.getItems().addAll(
                exportItem("Results as CSV…", () -> exportData(OutputFormat.CSV)),
                exportItem("Results as JSON…", () -> exportData(OutputFormat.JSON)),
                exportItem("Charts as PNG…", () -> exportCharts(false)),
                exportItem("Charts as SVG…", () -> exportCharts(true)));
        summary.setId("results-summary");
        message.setId("results-message");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The summary gives way (ellipsis, whole text in its tooltip); the buttons never do.
        summary.setMinWidth(0);
        Tooltip summaryTip = new Tooltip();
        summaryTip.textProperty().bind(summary.textProperty());
        summary.setTooltip(summaryTip);
        for (Region fixed : List.of(cancel, pin, export)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(8, summary, progress, cancel, gap, message, pin, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 4, 8));

        chartPane.setPadding(new Insets(6));
        ScrollPane chartScroll = new ScrollPane(chartPane);
        chartScroll.setFitToWidth(true);
        Tab chartsTab = new Tab("Charts", chartScroll);
        chartsTab.setId("results-charts-tab");
        Tab timelineTab = new Tab("Migrations", timeline);
        timelineTab.setId("results-timeline-tab");
        table.setId("compare-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        table.getColumns().add(column("Metric", r -> r.metric() + " (" + r.unit() + ")"));
        table.getColumns().add(column("Pinned", r -> number(r.pinned())));
        table.getColumns().add(column("This run", r -> number(r.current())));
        table.getColumns().add(column("Δ (this − pinned)", r -> signed(r.delta())));
        comparePane.setPadding(new Insets(6));
        VBox compare = new VBox(6, compareHint, table, comparePane);
        compare.setPadding(new Insets(6));
        ScrollPane compareScroll = new ScrollPane(compare);
        compareScroll.setFitToWidth(true);
        compareTab = new Tab("Compare", compareScroll);
        compareTab.setId("results-compare-tab");
        tabs.getTabs().addAll(chartsTab, timelineTab, compareTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        setTop(top);
        setCenter(tabs);
        setBottom(playbackBar);
        playbackBar.setDisable(true);
        playback.timeProperty().addListener((o, was, now) -> moveCursors(now.doubleValue()));
    }

    private static TableColumn<RunComparison.Row, String> column(String title,
                                                              Function<RunComparison.Row, String> value) {
        TableColumn<RunComparison.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private MenuItem exportItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Shows a run and loads it into the playback at time 0. */
    public void show(SimulationRun next) {
        run.set(next);
        SimulationRunLabel.describe(next, summary);
        message.setText("");
        charts.clear();
        for (Charts.Chart c : Charts.cluster(next)) {
            charts.add(new TimeChart(c));
        }
        elementChart = Charts.element(next, selected).map(TimeChart::new).orElse(null);
        layoutCharts();
        timeline.show(next);
        playback.load(next.scenario(), next.result());
        playbackBar.reset();
        updateComparison();
        moveCursors(0);
    }

    private void layoutCharts() {
        chartPane.getChildren().setAll(charts);
        if (elementChart != null) {
            chartPane.getChildren().add(elementChart);
        }
    }

    /** The selected element gets its own chart (hosts, links, SSI domains). */
    public void setSelectedElement(String id) {
        selected = id;
        SimulationRun r = run.get();
        if (r != null) {
            elementChart = Charts.element(r, id).map(TimeChart::new).orElse(null);
            layoutCharts();
            moveCursors(playback.timeProperty().get());
        }
    }

    /** Keeps the shown run to compare the next runs with. */
    public void pin() {
        if (run.get() != null) {
            pinned.set(run.get());
            message.setText("Pinned: " + run.get().label());
            updateComparison();
        }
    }

    private void updateComparison() {
        SimulationRun p = pinned.get();
        SimulationRun c = run.get();
        compareCharts.clear();
        if (p == null || c == null || p == c) {
            table.getItems().clear();
            comparePane.getChildren().clear();
            compareHint.setText(p == null ? "Pin a run, change the design or the settings, and run again to "
                    + "compare the two here." : "Pinned: " + p.label() + ". Run again (F5) to compare.");
            return;
        }
        RunComparison comparison = RunComparison.of(p, c);
        compareHint.setText("Pinned: " + p.label() + "   vs   this run: " + c.label());
        table.getItems().setAll(comparison.rows());
        List<Charts.Chart> mine = Charts.cluster(c);
        List<Charts.Chart> theirs = Charts.cluster(p);
        for (Charts.Chart chart : mine) {
            theirs.stream().filter(t -> t.id().equals(chart.id())).findFirst()
                    .ifPresent(t -> compareCharts.add(new TimeChart(chart.overlaid(t, "this run", "pinned"))));
        }
        comparePane.getChildren().setAll(compareCharts);
    }

    private void moveCursors(double t) {
        charts.forEach(c -> c.setTime(t));
        compareCharts.forEach(c -> c.setTime(t));
        if (elementChart != null) {
            elementChart.setTime(t);
        }
        timeline.setTime(t);
    }

    private void exportData(OutputFormat format) {
        chooseDirectory.apply("Export results as " + format.name()).ifPresent(dir -> {
            try {
                List<Path> files = exportData(dir, format);
                message.setText("Exported " + files.size() + " files to " + dir);
            } catch (IOException e) {
                message.setText("Cannot export to " + dir + ": " + e.getMessage());
            }
        });
    }

    private void exportCharts(boolean svg) {
        chooseDirectory.apply("Export charts").ifPresent(dir -> {
            try {
                List<Path> files = exportCharts(dir, svg);
                message.setText("Exported " + files.size() + " charts to " + dir);
            } catch (IOException e) {
                message.setText("Cannot export to " + dir + ": " + e.getMessage());
            }
        });
    }

    /** The run's results in the files the {@code simulate --out} command writes. */
    public List<Path> exportData(Path dir, OutputFormat format) throws IOException {
        Files.createDirectories(dir);
        return ResultWriter.write(run.get().result(), dir, format);
    }

    /** Each chart as {@code <id>.png} (what is on screen) or {@code <id>.svg} (drawn from the data). */
    public List<Path> exportCharts(Path dir, boolean svg) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<TimeChart> all = new ArrayList<>(charts);
        if (elementChart != null) {
            all.add(elementChart);
        }
        for (TimeChart c : all) {
            Path file = dir.resolve(c.chart().id() + (svg ? ".svg" : ".png"));
            if (svg) {
                ChartFiles.svg(c.chart(), file);
            } else {
                ChartFiles.png(c, file);
            }
            files.add(file);
        }
        return files;
    }

    /** Says why a run could not start or what went wrong. */
    public void showMessage(String text) {
        message.setText(text);
    }

    public void showCompare() {
        tabs.getSelectionModel().select(compareTab);
    }

    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public void setDirectoryChooser(Function<String, Optional<Path>> chooser) {
        this.chooseDirectory = chooser;
    }

    public Optional<RunComparison> comparison() {
        return pinned.get() == null || run.get() == null || pinned.get() == run.get() ? Optional.empty()
                : Optional.of(RunComparison.of(pinned.get(), run.get()));
    }

    public ReadOnlyObjectProperty<SimulationRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SimulationRun> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    public List<TimeChart> charts() {
        return List.copyOf(charts);
    }

    public List<TimeChart> compareCharts() {
        return List.copyOf(compareCharts);
    }

    public MigrationTimeline timeline() {
        return timeline;
    }

    public TableView<RunComparison.Row> comparisonTable() {
        return table;
    }

    public PlaybackBar playbackBar() {
        return playbackBar;
    }

    public SimulationRunner runner() {
        return runner;
    }

    static String number(double v) {
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%.3g", v);
    }

    static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "−" : "±") + number(Math.abs(v));
    }
}
