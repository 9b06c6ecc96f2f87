package org.clustercomposer.views.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.clustercomposer.simulation.migration.MigrationRecord;

/**
 * The migrations of a run on a time line: one lane per host (the hosts migrations left or reached),
 * one bar per migration on its source lane, its downtime as the dark end of the bar, coloured by
 * method (VM live migration, SSI process migration), with a red outline when it was aborted and a
 * cursor at the playback time.
 */
public final class MigrationTimeline extends ScrollPane {

    static final Color VM = Color.web("#0072B2");
    static final Color PROCESS = Color.web("#E69F00");
    static final Color DOWNTIME = Color.web("#222222");
    static final Color ABORTED = Color.web("#D55E00");
    private static final double LANE = 18;
    private static final double GUTTER = 110;
    private static final double HEADER = 22;

    private final Canvas canvas = new Canvas(600, 100);
    private List<MigrationRecord> migrations = List.of();
    private List<String> lanes = List.of();
    private double duration = 1;
    private double time = Double.NaN;

    public MigrationTimeline() {
        setContent(canvas);
        setFitToWidth(true);
        setId("migration-timeline");
        viewportBoundsProperty().addListener(o -> resize());
    }

    public void show(SimulationRun run) {
        migrations = run == null ? List.of() : run.result().migrations();
        duration = run == null ? 1 : Math.max(1e-9, run.result().duration());
        Set<String> hosts = new LinkedHashSet<>();
        if (run != null) {
            run.scenario().hosts().forEach(h -> {
                if (migrations.stream().anyMatch(m -> m.from().equals(h.id()) || m.to().equals(h.id()))) {
                    hosts.add(h.id());
                }
            });
        }
        lanes = new ArrayList<>(hosts);
        resize();
    }

    public void setTime(double seconds) {
        time = seconds;
        draw();
    }

    private void resize() {
        canvas.setWidth(Math.max(300, getViewportBounds().getWidth()));
        canvas.setHeight(HEADER + Math.max(1, lanes.size()) * LANE + 24);
        draw();
    }

    private double x(double t) {
        return GUTTER + t / duration * (canvas.getWidth() - GUTTER - 10);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.GRAY);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(migrations.isEmpty() ? "No migrations in this run" : migrations.size() + " migrations;  "
                + "blue: VM live migration,  orange: SSI process migration,  dark end: downtime,  "
                + "red outline: aborted", 6, 10);
        for (int i = 0; i < lanes.size(); i++) {
            double y = HEADER + i * LANE;
            g.setFill(i % 2 == 0 ? Color.web("#f4f4f4") : Color.WHITE);
            g.fillRect(0, y, canvas.getWidth(), LANE);
            g.setFill(Color.BLACK);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(lanes.get(i), GUTTER - 6, y + LANE / 2);
        }
        for (MigrationRecord m : migrations) {
            int lane = lanes.indexOf(m.from());
            if (lane < 0) {
                continue;
            }
            double y = HEADER + lane * LANE + 3;
            double x0 = x(m.start());
            double x1 = Math.max(x0 + 2, x(m.end()));
            g.setFill(m.kind().equals("vm") ? VM : PROCESS);
            g.fillRect(x0, y, x1 - x0, LANE - 6);
            double down = Math.min(x1 - x0, Math.max(1, x(m.end()) - x(m.end() - m.downtime())));
            if (m.downtime() > 0) {
                g.setFill(DOWNTIME);
                g.fillRect(x1 - down, y, down, LANE - 6);
            }
            if (!m.outcome().equals("completed")) {
                g.setStroke(ABORTED);
                g.setLineWidth(2);
                g.strokeRect(x0, y, x1 - x0, LANE - 6);
            }
        }
        g.setStroke(Color.GRAY);
        g.setLineWidth(1);
        double base = HEADER + Math.max(1, lanes.size()) * LANE;
        g.strokeLine(GUTTER, base, canvas.getWidth() - 10, base);
        g.setFill(Color.GRAY);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i <= 4; i++) {
            double t = duration * i / 4;
            g.fillText(Charts.hours(t).replace(".000", ""), x(t), base + 10);
        }
        if (!Double.isNaN(time)) {
            g.setStroke(ABORTED);
            g.setLineWidth(1.5);
            g.strokeLine(x(time), HEADER, x(time), base);
        }
    }

    /** The hosts drawn as lanes, top to bottom (for tests). */
    public List<String> lanes() {
        return lanes;
    }

    public Canvas canvas() {
        return canvas;
    }
}
