package org.clustercomposer.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON style of the reports: Jackson's default pretty printer, fields in insertion order. */
final class PrettyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PrettyJson() {
    }

    static String of(Object value) throws JsonProcessingException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
