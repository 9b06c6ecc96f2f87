package org.clustercomposer.views.results;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;

/**
 * A JavaFX line chart of one {@link Charts.Chart} with a time cursor on top. The cursor is a plain
 * line over the plot, moved without touching the chart's data: scrubbing costs one node move, not
 * a chart layout (docs/decisions/0420-charts-javafx-linechart.md has the figures).
 */
public final class TimeChart extends StackPane {

    private final Charts.Chart chart;
    private final LineChart<Number, Number> lineChart;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final Line cursor = new Line();
    private double cursorHours = Double.NaN;

    public TimeChart(Charts.Chart chart) {
        this.chart = chart;
        xAxis.setLabel("time (h)");
        xAxis.setForceZeroInRange(true);
        yAxis.setLabel(chart.unit());
        lineChart = new LineChart<>(xAxis, yAxis);
        lineChart.setTitle(chart.title());
        lineChart.setCreateSymbols(false);
        lineChart.setAnimated(false);
        lineChart.setLegendVisible(chart.lines().size() > 1);
        for (ChartSeries line : chart.lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            for (int k = 0; k < line.hours().length; k++) {
                series.getData().add(new XYChart.Data<>(line.hours()[k], line.values()[k]));
            }
            lineChart.getData().add(series);
        }
        cursor.getStyleClass().add("time-cursor");
        cursor.setStyle("-fx-stroke: #d55e00; -fx-stroke-width: 1.5;");
        cursor.setManaged(false);
        cursor.setVisible(false);
        Pane overlay = new Pane(cursor);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        getChildren().addAll(lineChart, overlay);
        getStyleClass().add("time-chart");
        setId("chart-" + chart.id());
        setMinSize(260, 180);
        setPrefSize(420, 230);
        layoutBoundsProperty().addListener(o -> placeCursor());
        xAxis.layoutBoundsProperty().addListener(o -> placeCursor());
    }

    /** Moves the cursor to a time (seconds into the run). */
    public void setTime(double seconds) {
        cursorHours = seconds / 3600;
        placeCursor();
    }

    private void placeCursor() {
        if (Double.isNaN(cursorHours) || getScene() == null) {
            cursor.setVisible(false);
            return;
        }
        double x = xAxis.getDisplayPosition(cursorHours);
        Point2D top = sceneToLocal(yAxis.localToScene(0, 0));
        Bounds plot = yAxis.getLayoutBounds();
        Point2D at = sceneToLocal(xAxis.localToScene(x, 0));
        if (top == null || at == null) {
            return;
        }
        cursor.setStartX(at.getX());
        cursor.setEndX(at.getX());
        cursor.setStartY(top.getY());
        cursor.setEndY(top.getY() + plot.getHeight());
        cursor.setVisible(true);
    }

    /** Where the cursor is drawn, in this node's coordinates (tests check it moves). */
    public double cursorX() {
        return cursor.getStartX();
    }

    public Charts.Chart chart() {
        return chart;
    }

    public LineChart<Number, Number> lineChart() {
        return lineChart;
    }
}
