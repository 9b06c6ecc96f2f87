package org.clustercomposer.views.properties;

import org.clustercomposer.units.Dimension;

/**
 * One editable property of an element.
 *
 * @param path      record component, dotted for nested records ("workload.dirtyRate")
 * @param label     what the sheet shows
 * @param category  the sheet's group
 * @param type      how it is typed
 * @param dimension the unit kind for quantities, else null
 * @param help      what it means, shown as the property's description
 */
public record FieldSpec(String path, String label, String category, ValueType type, Dimension dimension, String help) {

    static FieldSpec text(String path, String label, String category, String help) {
        return new FieldSpec(path, label, category, ValueType.TEXT, null, help);
    }

    static FieldSpec of(String path, String label, String category, ValueType type, String help) {
        return new FieldSpec(path, label, category, type, null, help);
    }

    static FieldSpec quantity(String path, String label, String category, Dimension dimension, String help) {
        return new FieldSpec(path, label, category, ValueType.QUANTITY, dimension, help);
    }

    public boolean editable() {
        return !path.equals("id");
    }
}
