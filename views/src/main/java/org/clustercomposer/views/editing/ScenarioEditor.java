package org.clustercomposer.views.editing;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;

/**
 * The one gateway through which the canvas, the property sheet and importers change the
 * scenario. Picks fresh ids, runs the command on the stack and keeps the selection pointing at
 * elements that exist.
 */
public final class ScenarioEditor {

    /** How far a paste lands from what was copied, so the copy is visible. */
    public static final double PASTE_OFFSET = 40;

    private final CommandStack stack;
    private final Selection selection = new Selection();
    private ScenarioClipboard.Fragment clipboard;

    public ScenarioEditor(Scenario initial) {
        stack = new CommandStack(initial);
        stack.scenarioProperty().addListener((obs, old, now) -> {
            if (!now.sameExceptLayout(old)) {
                pruneSelection(now);
            }
        });
    }

    public CommandStack stack() {
        return stack;
    }

    public Selection selection() {
        return selection;
    }

    public Scenario scenario() {
        return stack.current();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return stack.scenarioProperty();
    }

    /** Runs any command; see {@link CommandStack#execute}. */
    public boolean execute(EditCommand command) {
        return stack.execute(command);
    }

    /** Adds a host, switch or storage at a canvas position and selects it. */
    public String addNode(ElementKind kind, Position at) {
        String id = scenario().freshId(kind.idPrefix());
        stack.execute(ScenarioEdits.addNode(kind, id, at));
        selection.select(id);
        return id;
    }

    public String addLink(String from, String to) {
        String id = scenario().freshId("link");
        stack.execute(ScenarioEdits.addLink(id, from, to));
        selection.select(id);
        return id;
    }

    public String addVm(String target) {
        String id = scenario().freshId("vm");
        stack.execute(ScenarioEdits.addVm(id, target));
        selection.select(id);
        return id;
    }

    public String addApplication(String target) {
        String id = scenario().freshId("app");
        stack.execute(ScenarioEdits.addApplication(id, target));
        selection.select(id);
        return id;
    }

    public String addSsiDomain(List<String> members) {
        String id = scenario().freshId("ssi");
        stack.execute(ScenarioEdits.addSsiDomain(id, members));
        selection.select(id);
        return id;
    }

    public void placeOn(String id, String target) {
        stack.execute(ScenarioEdits.placeOn(id, target));
    }

    /** Places an element, the undo step named as given (a migration with its predicted cost). */
    public void placeOn(String id, String target, String description) {
        stack.execute(ScenarioEdits.placeOn(id, target, description));
    }

    public void moveBy(Collection<String> ids, double dx, double dy, Map<String, Position> origins, String gesture) {
        stack.execute(ScenarioEdits.moveBy(ids, dx, dy, origins, gesture));
    }

    public void setPositions(String description, Map<String, Position> positions) {
        stack.execute(ScenarioEdits.setPositions(description, positions));
    }

    public void deleteSelection() {
        if (!selection.ids().isEmpty()) {
            stack.execute(ScenarioEdits.delete(selection.ids()));
        }
    }

    public void copySelection() {
        if (!selection.ids().isEmpty()) {
            clipboard = ScenarioClipboard.copy(scenario(), selection.ids());
        }
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    /** Pastes the clipboard, shifted, and selects the copy. */
    public void paste() {
        if (!canPaste()) {
            return;
        }
        ScenarioClipboard.Fragment fragment = clipboard;
        List<String> ids = ScenarioClipboard.paste(scenario(), fragment, PASTE_OFFSET, PASTE_OFFSET).ids();
        stack.execute(EditCommand.of("Paste " + ids.size() + " elements",
                s -> ScenarioClipboard.paste(s, fragment, PASTE_OFFSET, PASTE_OFFSET).scenario()));
        selection.set(ids);
        // The next paste lands a further step away rather than on top of this one.
        clipboard = ScenarioClipboard.copy(scenario(), new HashSet<>(ids));
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    /** Replaces the whole document (New, Open): no history, clean. */
    public void reset(Scenario fresh) {
        selection.clear();
        stack.reset(fresh);
    }

    private void pruneSelection(Scenario now) {
        Set<String> kept = new HashSet<>(selection.ids());
        if (kept.isEmpty()) {
            return;
        }
        Map<String, ElementKind> kinds = now.kindsById();
        if (kept.removeIf(id -> !kinds.containsKey(id))) {
            selection.set(selection.ids().stream().filter(kinds::containsKey).toList());
        }
    }
}
