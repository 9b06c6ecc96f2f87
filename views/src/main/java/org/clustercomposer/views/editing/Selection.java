package org.clustercomposer.views.editing;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected element ids, shared by the canvas, the property sheet and the problems panel.
 * Held as an immutable set so a listener sees one consistent value per change.
 */
public final class Selection {

    private final ReadOnlyObjectWrapper<Set<String>> ids = new ReadOnlyObjectWrapper<>(this, "ids", Set.of());

    public Set<String> ids() {
        return ids.get();
    }

    public ReadOnlyObjectProperty<Set<String>> idsProperty() {
        return ids.getReadOnlyProperty();
    }

    public void set(Collection<String> selected) {
        Set<String> next = Collections.unmodifiableSet(new LinkedHashSet<>(selected));
        if (!next.equals(ids.get())) {
            ids.set(next);
        }
    }

    public void select(String id) {
        set(Set.of(id));
    }

    public void clear() {
        set(Set.of());
    }

    /** Shift-click: adds the id, or removes it when already selected. */
    public void toggle(String id) {
        Set<String> next = new LinkedHashSet<>(ids.get());
        if (!next.remove(id)) {
            next.add(id);
        }
        set(next);
    }

    public void add(Collection<String> more) {
        Set<String> next = new LinkedHashSet<>(ids.get());
        next.addAll(more);
        set(next);
    }

    /** The single selected id, or null when none or several are selected. */
    public String single() {
        return ids.get().size() == 1 ? ids.get().iterator().next() : null;
    }
}
