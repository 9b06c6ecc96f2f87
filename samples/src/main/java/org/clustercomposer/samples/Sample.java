package org.clustercomposer.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.io.ScenarioFileException;
import org.clustercomposer.scenario.io.ScenarioFiles;

/**
 * One sample scenario shipped as a resource of this module.
 *
 * @param title    for menus, e.g. "SSI over VMs: two virtual SSI clusters"
 * @param file     the resource name next to this class, e.g. "ssi-over-vms.json"
 * @param stacking the stacking it shows
 */
public record Sample(String title, String file, Stacking stacking) {

    /** The sample file's bytes; the caller closes the stream. */
    public InputStream open() {
        InputStream in = Sample.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("sample resource missing from the build: " + file);
        }
        return in;
    }

    /** The sample as a scenario. Samples are tested to load, so a failure here is a build fault. */
    public Scenario load() {
        try (InputStream in = open()) {
            return ScenarioFiles.read(in, "sample " + file);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
