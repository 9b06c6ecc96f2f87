package org.clustercomposer.views.properties;

/** One line of the property sheet: a field of the selected element and its current text. */
public record PropertyRow(String elementId, FieldSpec spec, String text) {
}
