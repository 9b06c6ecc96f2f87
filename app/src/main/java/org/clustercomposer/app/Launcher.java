package org.clustercomposer.app;

import org.clustercomposer.app.cli.Cli;
import org.clustercomposer.app.gui.ClusterComposerApp;

/**
 * Entry point of the jar. With no arguments it opens the editor; with arguments it is the command
 * line. A plain class (not an {@code Application}) so {@code java -jar} works with JavaFX on the
 * class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ClusterComposerApp.launchEditor(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
