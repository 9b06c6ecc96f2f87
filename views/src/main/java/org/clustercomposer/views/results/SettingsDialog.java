package org.clustercomposer.views.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.clustercomposer.simulation.policy.PolicyKind;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * Simulate › Settings: duration, step, seed, policy, host MTBF, trace file and one planned host
 * maintenance, typed as people write them ("24 h", "5 min"). A refused value names its field and
 * keeps OK disabled; nothing is applied until the whole form is valid.
 */
public final class SettingsDialog extends Dialog<SimulationSettings> {

    private static final String NO_MAINTENANCE = "(none)";

    final TextField duration = new TextField();
    final TextField step = new TextField();
    final TextField seed = new TextField();
    final ComboBox<PolicyKind> policy = new ComboBox<>();
    final TextField hostMtbf = new TextField();
    final TextField trace = new TextField();
    final ComboBox<String> maintenanceHost = new ComboBox<>();
    final TextField maintenanceStart = new TextField();
    final TextField maintenanceLength = new TextField();
    private final Label error = new Label();

    public SettingsDialog(SimulationSettings current, List<String> hostIds) {
        setTitle("Simulation settings");
        setHeaderText("How the event-driven engine plays the design (Simulate › Run, F5)");
        duration.setText(Quantities.display(current.duration(), Dimension.DURATION));
        step.setText(Quantities.display(current.step(), Dimension.DURATION));
        seed.setText(Long.toString(current.seed()));
        policy.getItems().setAll(PolicyKind.values());
        policy.setValue(current.policy());
        hostMtbf.setPromptText("empty: no random failures");
        hostMtbf.setText(Double.isFinite(current.hostMtbf()) ? Quantities.display(current.hostMtbf(), Dimension.DURATION) : "");
        trace.setPromptText("empty: random load around each VM's utilization");
        trace.setText(current.trace() == null ? "" : current.trace().toString());
        maintenanceHost.getItems().add(NO_MAINTENANCE);
        maintenanceHost.getItems().addAll(hostIds);
        maintenanceHost.setValue(current.maintenanceHost() == null || !hostIds.contains(current.maintenanceHost())
                ? NO_MAINTENANCE : current.maintenanceHost());
        maintenanceStart.setText(Quantities.display(current.maintenanceHost() == null ? 6 * 3600 : current.maintenanceStart(),
                Dimension.DURATION));
        maintenanceLength.setText(Quantities.display(current.maintenanceHost() == null ? 2 * 3600
                : current.maintenanceLength(), Dimension.DURATION));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        int row = 0;
        for (Object[] r : new Object[][] {{"Duration", duration}, {"Step", step}, {"Seed", seed}, {"Policy", policy},
                {"Host MTBF", hostMtbf}, {"Trace file (CSV)", trace}, {"Maintenance of host", maintenanceHost},
                {"Maintenance starts at", maintenanceStart}, {"Maintenance lasts", maintenanceLength}}) {
            grid.add(new Label((String) r[0]), 0, row);
            grid.add((javafx.scene.Node) r[1], 1, row++);
        }
        error.setId("settings-error");
        error.setWrapText(true);
        error.setMinHeight(36);
        error.setStyle("-fx-text-fill: #b00020;");
        grid.add(error, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("simulation-settings");
        for (TextField f : List.of(duration, step, seed, hostMtbf, trace, maintenanceStart, maintenanceLength)) {
            f.textProperty().addListener(o -> check());
        }
        maintenanceHost.valueProperty().addListener(o -> check());
        policy.valueProperty().addListener(o -> check());
        check();
        setResultConverter(b -> b == ButtonType.OK ? read().orElse(null) : null);
    }

    private void check() {
        try {
            settings();
            error.setText("");
            getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        }
    }

    /** The settings the form holds, if it is valid. */
    public Optional<SimulationSettings> read() {
        try {
            return Optional.of(settings());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with the form, or "" (shown under the fields). */
    public String errorText() {
        return error.getText();
    }

    private SimulationSettings settings() {
        double d = time("Duration", duration.getText());
        double s = time("Step", step.getText());
        if (s > d) {
            throw new IllegalArgumentException("Step (" + step.getText().trim() + ") must not exceed the duration ("
                    + duration.getText().trim() + ")");
        }
        if (d / s > 100_000) {
            throw new IllegalArgumentException("Step: " + (long) (d / s) + " steps is too many for the GUI "
                    + "(at most 100,000); use a longer step");
        }
        long n;
        try {
            n = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed must be a whole number, got \"" + seed.getText().trim() + "\"");
        }
        double mtbf = hostMtbf.getText().isBlank() ? Double.POSITIVE_INFINITY : time("Host MTBF", hostMtbf.getText());
        Path tracePath = null;
        if (!trace.getText().isBlank()) {
            tracePath = Path.of(trace.getText().trim());
            if (!Files.isRegularFile(tracePath)) {
                throw new IllegalArgumentException("Trace file: no such file " + tracePath);
            }
        }
        String host = maintenanceHost.getValue() == null || maintenanceHost.getValue().equals(NO_MAINTENANCE) ? null
                : maintenanceHost.getValue();
        double start = 0;
        double length = 0;
        if (host != null) {
            start = nonNegativeTime("Maintenance starts at", maintenanceStart.getText());
            length = time("Maintenance lasts", maintenanceLength.getText());
            if (start >= d) {
                throw new IllegalArgumentException("Maintenance starts at " + maintenanceStart.getText().trim()
                        + ", after the run ends (" + duration.getText().trim() + ")");
            }
        }
        return new SimulationSettings(d, s, n, policy.getValue() == null ? PolicyKind.NONE : policy.getValue(), mtbf,
                tracePath, host, start, length);
    }

    private static double time(String field, String text) {
        double v = nonNegativeTime(field, text);
        if (!(v > 0)) {
            throw new IllegalArgumentException(field + " must be a positive time such as \"24 h\" or \"5 min\", "
                    + "got \"" + text.trim() + "\"");
        }
        return v;
    }

    private static double nonNegativeTime(String field, String text) {
        try {
            double v = Quantities.parse(text.trim(), Dimension.DURATION);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("negative");
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be a time such as \"24 h\" or \"5 min\", got \""
                    + text.trim() + "\"");
        }
    }
}
