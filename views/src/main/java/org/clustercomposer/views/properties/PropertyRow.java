package org.clustercomposer.views.properties;

import java.util.List;

/**
 * One line of the property sheet: a field shared by the selected elements (one or several of the
 * same kind) and its text.
 *
 * @param elementIds the elements a commit changes, in selection order
 * @param spec       the field
 * @param text       the common value, or empty when the elements differ
 * @param values     the distinct values as text, in selection order; more than one means mixed
 */
public record PropertyRow(List<String> elementIds, FieldSpec spec, String text, List<String> values) {

    public PropertyRow {
        elementIds = List.copyOf(elementIds);
        values = List.copyOf(values);
        if (elementIds.isEmpty()) {
            throw new IllegalArgumentException("a property row needs at least one element");
        }
    }

    /** The elements hold different values: the sheet shows the field empty with a prompt. */
    public boolean mixed() {
        return values.size() > 1;
    }
}
