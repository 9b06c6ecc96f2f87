package org.clustercomposer.app.gui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.report.EvacuationPlanFormat;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.editing.EditCommand;
import org.clustercomposer.views.prediction.MovePreview;

/**
 * Edit › Migrate to… (a VM) and Drain… (a host), also on the canvas's right-click menu. The costs
 * are the analytical engine's, computed as the command line computes them: a move as one move of
 * {@code drain}, a drain by {@link EvacuationPlanner#drain}, printed by the CLI's own format.
 */
final class Migrations {

    private static final ButtonType MIGRATE = new ButtonType("Migrate", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType APPLY = new ButtonType("Apply plan", ButtonBar.ButtonData.OK_DONE);

    private final MainWindow window;
    private final CanvasViewModel canvas;
    /** The VM whose Migrate to… dialog is on screen, or null (a lesson checks it). */
    private final ReadOnlyStringWrapper migrationShown = new ReadOnlyStringWrapper(this, "migrationShown");

    Migrations(MainWindow window) {
        this.window = window;
        this.canvas = window.canvasModel();
    }

    void migrateSelected() {
        String id = window.editor().selection().single();
        if (id == null || window.editor().scenario().vm(id).isEmpty()) {
            canvas.messageProperty().set("Select one VM to migrate it");
            return;
        }
        migrate(id).show();
    }

    void drainSelected() {
        String id = window.editor().selection().single();
        if (id == null || window.editor().scenario().host(id).isEmpty()) {
            canvas.messageProperty().set("Select one host to drain it");
            return;
        }
        drain(id).show();
    }

    /** The dialog listing every other host with the predicted cost of moving the VM there. */
    Dialog<ButtonType> migrate(String vmId) {
        Scenario s = window.editor().scenario();
        Vm vm = s.vm(vmId).orElseThrow();
        TableView<MovePreview> table = new TableView<>();
        table.setId("migrate-targets");
        table.setPrefSize(820, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("Host", p -> canvas.nameOf(p.to()), 120),
                column("Total", p -> p.runs() ? duration(p.cost().cost().totalSeconds()) : "", 80),
                column("Downtime", p -> p.runs() ? duration(p.cost().cost().downtimeSeconds()) : "", 90),
                column("Data sent", p -> p.runs() ? Quantities.display(p.cost().cost().bytesSent(), Dimension.SIZE) : "", 90),
                column("Passes", p -> p.runs() ? Integer.toString(p.passBytes().size()) : "", 70),
                column("Bandwidth", p -> p.runs() ? Quantities.display(p.cost().bandwidth(), Dimension.BANDWIDTH) : "", 100),
                column("", p -> !p.runs() ? "refused: " + p.refusal()
                        : p.cost().cost().converged() ? "converged" : "not converged", 240)));
        BarChart<String, Number> rounds = roundsChart();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showRounds(rounds, now));
        Runnable fill = () -> {
            table.getItems().setAll(targets(vmId));
            table.getSelectionModel().selectFirst();
        };
        ChoiceBox<MigrationMethod> method = methodChooser(canvas, "migrate-method", "");
        method.valueProperty().addListener(o -> fill.run());
        fill.run();
        Label about = new Label(canvas.nameOf(vmId) + ": " + Quantities.display(vm.memory(), Dimension.SIZE)
                + " of memory, on " + canvas.nameOf(vm.placedOn()) + ". Costs on the design's links, as "
                + "cluster-composer drain computes them; fastest first.");
        about.setWrapText(true);
        VBox content = new VBox(10, new HBox(10, new Label("Method"), method), about, table, rounds);
        content.setPadding(new Insets(4));
        Dialog<ButtonType> dialog = dialog("Migrate " + canvas.nameOf(vmId) + " to…", content, MIGRATE);
        dialog.setOnShown(e -> migrationShown.set(vmId));
        dialog.setOnHidden(e -> migrationShown.set(null));
        dialog.getDialogPane().lookupButton(MIGRATE).disableProperty().bind(
                table.getSelectionModel().selectedItemProperty().isNull());
        dialog.resultProperty().addListener((o, was, now) -> {
            MovePreview chosen = table.getSelectionModel().getSelectedItem();
            if (now == MIGRATE && chosen != null) {
                canvas.migrate(vmId, chosen.to());
            }
        });
        return dialog;
    }

    ReadOnlyStringProperty migrationShownProperty() {
        return migrationShown.getReadOnlyProperty();
    }

    /** Every other host, the moves that run first, fastest first. */
    List<MovePreview> targets(String vmId) {
        Scenario s = window.editor().scenario();
        List<MovePreview> rows = new ArrayList<>();
        String on = s.vm(vmId).orElseThrow().placedOn();
        for (Host h : s.hosts()) {
            if (!h.id().equals(on)) {
                rows.add(canvas.previewMove(vmId, h.id()));
            }
        }
        rows.sort(Comparator.comparing((MovePreview p) -> !p.runs())
                .thenComparingDouble(p -> p.runs() ? p.cost().cost().totalSeconds() : 0));
        return rows;
    }

    /** The drain plan as the command line prints it, applied in one undoable step. */
    Dialog<ButtonType> drain(String hostId) {
        PlanCost plan = drainPlan(hostId);
        TextArea text = new TextArea(drainText(hostId, plan, DisplayNames.of(window.editor().scenario())));
        text.setId("drain-plan");
        text.setEditable(false);
        text.setPrefSize(1000, 240);
        text.setStyle("-fx-font-family: monospace;");
        Label about = new Label("Every VM off " + canvas.nameOf(hostId) + " by " + canvas.migrationMethodProperty().get()
                .label() + ", largest first, each to the nearest host with room; all moves start together. "
                + "The same plan as: cluster-composer drain FILE " + hostId);
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        Dialog<ButtonType> dialog = dialog("Drain " + canvas.nameOf(hostId), new VBox(10, about, text), APPLY);
        dialog.getDialogPane().lookupButton(APPLY).setDisable(plan.moves().isEmpty());
        dialog.resultProperty().addListener((o, was, now) -> {
            if (now == APPLY) {
                applyDrain(hostId, plan);
            }
        });
        return dialog;
    }

    PlanCost drainPlan(String hostId) {
        return EvacuationPlanner.of(canvas.migrationMethodProperty().get(), canvas.migrationProfiles())
                .drain(window.editor().scenario(), hostId);
    }

    /** The text {@code cluster-composer drain FILE HOST} prints, each element called by the name the canvas draws. */
    static String drainText(String hostId, PlanCost plan, DisplayNames names) {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            EvacuationPlanFormat.text(hostId, plan, names, w);
        }
        return out.toString();
    }

    /** One undo step: "Drain node-1: 3 moves (total 1.2 min, 24 GiB sent)". */
    void applyDrain(String hostId, PlanCost plan) {
        List<MoveCost> moves = plan.moves();
        String name = "Drain " + canvas.nameOf(hostId) + ": " + ElementKind.VM.count(moves.size()) + " moved (total "
                + duration(plan.totalSeconds()) + ", " + Quantities.display(plan.bytesSent(), Dimension.SIZE) + " sent)";
        window.editor().execute(EditCommand.of(name, s -> {
            Scenario next = s;
            for (MoveCost m : moves) {
                Vm vm = next.vm(m.move().vmId()).orElseThrow(() -> new IllegalArgumentException(
                        "the plan moves " + m.move().vmId() + ", which is gone"));
                next = next.withElement(vm.withPlacedOn(m.move().to()));
            }
            return next;
        }));
    }

    /** A chooser of the migration method, bound to the canvas's (one choice for drags and dialogs). */
    static ChoiceBox<MigrationMethod> methodChooser(CanvasViewModel canvas, String id, String prefix) {
        ChoiceBox<MigrationMethod> method = new ChoiceBox<>();
        method.setId(id);
        method.getItems().setAll(MigrationMethod.values());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(MigrationMethod m) {
                return m == null ? "" : prefix + m.label();
            }

            @Override
            public MigrationMethod fromString(String text) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(canvas.migrationMethodProperty());
        return method;
    }

    private static BarChart<String, Number> roundsChart() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel("copy pass (the last is the pause)");
        NumberAxis y = new NumberAxis();
        y.setLabel("MiB sent");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("rounds-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(200);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        return chart;
    }

    private static void showRounds(BarChart<String, Number> chart, MovePreview p) {
        chart.getData().clear();
        if (p == null || !p.runs()) {
            chart.setTitle(p == null ? "" : "No copy passes: " + p.refusal());
            return;
        }
        MigrationCost c = p.cost().cost();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<Double> rounds = c.roundBytes();
        for (int i = 0; i < rounds.size(); i++) {
            series.getData().add(new XYChart.Data<>(Integer.toString(i + 1), rounds.get(i) / (1 << 20)));
        }
        chart.getData().add(series);
        chart.setTitle("Data sent per copy pass, to " + p.to() + " (" + p.method().label() + "): " + MovePreview.passes(c));
    }

    private Dialog<ButtonType> dialog(String title, Node content, ButtonType ok) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.root().getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(1040);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(window.root().getScene().getStylesheets());
        return dialog;
    }

    private static TableColumn<MovePreview, String> column(String title, Function<MovePreview, String> value, double width) {
        TableColumn<MovePreview, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static String duration(double seconds) {
        return Quantities.display(seconds, Dimension.DURATION);
    }
}
