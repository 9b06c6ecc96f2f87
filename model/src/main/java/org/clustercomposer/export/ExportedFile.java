package org.clustercomposer.export;

import java.util.Objects;

/**
 * One file an export makes.
 *
 * @param path    relative path under the output directory, '/'-separated ("ssi1/etc/kerrighed_nodes")
 * @param content the text (UTF-8)
 */
public record ExportedFile(String path, String content) {

    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
