package org.clustercomposer.app.live;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.clustercomposer.app.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two real libvirt daemons for the test class (see {@link LibvirtLab}) and the command line with captured output. */
abstract class LibvirtLabTestBase {

    static LibvirtLab lab;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void startDaemons() throws Exception {
        lab = LibvirtLab.startOrSkip();
    }

    @AfterAll
    static void stopDaemons() throws Exception {
        if (lab != null) {
            lab.close();
            lab = null;
        }
    }

    int cli(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
