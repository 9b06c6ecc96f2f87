package org.clustercomposer.views.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import javafx.util.Duration;

import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * The migrations of a run on a time line: one lane per host (the hosts migrations left or reached),
 * one bar per migration on its source lane, its downtime as the dark end of the bar, coloured by
 * method (VM live migration, SSI process migration), with a tab at its start coloured by its cause
 * (the policy that asked for it, or a host's maintenance), a red outline when it was aborted and a
 * cursor at the playback time. Hovering a bar says what it was.
 */
public final class MigrationTimeline extends ScrollPane {

    static final Color VM = Color.web("#0072B2");
    static final Color PROCESS = Color.web("#E69F00");
    static final Color DOWNTIME = Color.web("#222222");
    static final Color ABORTED = Color.web("#D55E00");
    /** Cause colours: the Okabe-Ito colours not taken by the methods, then greys. */
    private static final List<Color> CAUSES = List.of(Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#777777"), Color.web("#BBBBBB"));
    private static final double CAUSE_TAB = 5;
    private static final double LANE = 18;
    private static final double GUTTER = 110;
    private static final double HEADER = 22;

    private final Canvas canvas = new Canvas(600, 100);
    private List<MigrationRecord> migrations = List.of();
    private List<String> lanes = List.of();
    private double duration = 1;
    private double time = Double.NaN;
    private List<String> causes = List.of();
    private Map<String, String> hostNames = Map.of();
    private final Tooltip tooltip = new Tooltip();

    public MigrationTimeline() {
        setContent(canvas);
        setFitToWidth(true);
        setId("migration-timeline");
        viewportBoundsProperty().addListener(o -> resize());
        tooltip.setShowDelay(Duration.millis(150));
        canvas.setOnMouseMoved(e -> {
            MigrationRecord m = at(e.getX(), e.getY());
            if (m == null) {
                Tooltip.uninstall(canvas, tooltip);
            } else {
                tooltip.setText(describe(m));
                Tooltip.install(canvas, tooltip);
            }
        });
    }

    /** The bar under a point of the timeline's canvas, or null. */
    public MigrationRecord at(double px, double py) {
        for (MigrationRecord m : migrations) {
            int lane = lanes.indexOf(m.from());
            double y = HEADER + lane * LANE + 3;
            double x0 = x(m.start());
            double x1 = Math.max(x0 + 2, x(m.end()));
            if (lane >= 0 && py >= y && py <= y + LANE - 6 && px >= x0 - 1 && px <= x1 + 1) {
                return m;
            }
        }
        return null;
    }

    String describe(MigrationRecord m) {
        return (m.kind().equals("vm") ? "VM live migration of " : "SSI process migration of ") + m.subject()
                + "\n" + hostNames.getOrDefault(m.from(), m.from()) + " \u2192 " + hostNames.getOrDefault(m.to(), m.to())
                + ", caused by " + m.cause()
                + "\nfrom " + Charts.hours(m.start()) + " for " + Quantities.display(m.duration(), Dimension.DURATION)
                + ", downtime " + Quantities.display(m.downtime(), Dimension.DURATION)
                + "\n" + Quantities.display(m.bytes(), Dimension.SIZE) + " sent in " + m.rounds()
                + (m.rounds() == 1 ? " round, " : " rounds, ") + m.outcome();
    }

    /** The colour of a cause's tab, by its order of appearance in the run. */
    public Color causeColour(String cause) {
        int i = causes.indexOf(cause);
        return i < 0 ? Color.TRANSPARENT : CAUSES.get(Math.min(i, CAUSES.size() - 1));
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
        hostNames = run == null ? Map.of() : run.scenario().hosts().stream()
                .collect(Collectors.toMap(h -> h.id(), h -> h.name(), (a, b) -> a));
        causes = migrations.stream().map(MigrationRecord::cause).distinct().toList();
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
        String legend = migrations.isEmpty() ? "No migrations in this run" : migrations.size() + " migrations;  "
                + "blue: VM live migration,  orange: SSI process migration,  dark end: downtime,  "
                + "red outline: aborted;  cause:";
        g.fillText(legend, 6, 10);
        if (!migrations.isEmpty()) {
            Text measure = new Text(legend);
            measure.setFont(g.getFont());
            double cx = 6 + measure.getLayoutBounds().getWidth() + 6;
            for (String cause : causes) {
                g.setFill(causeColour(cause));
                g.fillRect(cx, 5, 10, 10);
                g.setFill(Color.GRAY);
                g.fillText(cause, cx + 13, 10);
                measure.setText(cause);
                cx += 13 + measure.getLayoutBounds().getWidth() + 10;
            }
        }
        for (int i = 0; i < lanes.size(); i++) {
            double y = HEADER + i * LANE;
            g.setFill(i % 2 == 0 ? Color.web("#f4f4f4") : Color.WHITE);
            g.fillRect(0, y, canvas.getWidth(), LANE);
            g.setFill(Color.BLACK);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(hostNames.getOrDefault(lanes.get(i), lanes.get(i)), GUTTER - 6, y + LANE / 2);
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
            g.setFill(causeColour(m.cause()));
            g.fillRect(x0, y, Math.min(CAUSE_TAB, x1 - x0), LANE - 6);
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
        for (int i = 0; i <= 4; i++) {
            double t = duration * i / 4;
            g.setTextAlign(i == 0 ? TextAlignment.LEFT : i == 4 ? TextAlignment.RIGHT : TextAlignment.CENTER);
            g.fillText(axisLabel(t), x(t), base + 10);
        }
        if (!Double.isNaN(time)) {
            g.setStroke(ABORTED);
            g.setLineWidth(1.5);
            g.strokeLine(x(time), HEADER, x(time), base);
        }
    }

    /** Ticks in one unit, hours for runs of 2 h or more, so "0 h, 6 h, 12 h, 18 h, 24 h". */
    private String axisLabel(double t) {
        boolean hours = duration >= 7200;
        double v = t / (hours ? 3600 : 60);
        String n = v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
        return n + (hours ? " h" : " min");
    }

    /** The hosts drawn as lanes, top to bottom (for tests). */
    public List<String> lanes() {
        return lanes;
    }

    public Canvas canvas() {
        return canvas;
    }
}
