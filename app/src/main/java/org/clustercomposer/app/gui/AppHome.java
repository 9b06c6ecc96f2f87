package org.clustercomposer.app.gui;

import java.nio.file.Path;

/**
 * Where the editor keeps its own files: the recovery copy and the recent-files list.
 * {@code -Dclustercomposer.home=DIR} moves it (tests use a temporary directory).
 */
public record AppHome(Path dir) {

    public static AppHome fromSystem() {
        String configured = System.getProperty("clustercomposer.home");
        return new AppHome(configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cluster-composer"));
    }

    /** Autosaved copy of unsaved work; present at start-up only after a crash. */
    public Path recoveryFile() {
        return dir.resolve("recovery.ccs.json");
    }

    public Path recentFilesList() {
        return dir.resolve("recent-files.txt");
    }
}
