package org.clustercomposer.app.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last files opened or saved, newest first, kept in a small text file. */
public final class RecentFiles {

    public static final int MAX = 8;
    private final Path store;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .map(Path::of).limit(MAX).forEach(files::add);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable list only costs the user the menu entries.
        }
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Moves a file to the top of the list and persists it. */
    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        files.remove(normal);
        files.add(0, normal);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Not worth interrupting the user for.
        }
    }
}
