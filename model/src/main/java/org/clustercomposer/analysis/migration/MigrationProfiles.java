package org.clustercomposer.analysis.migration;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.JsonPaths;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.HypervisorMigrationSettings;

/**
 * The calibration profiles a scenario's hypervisors name ({@code hypervisor.migration.profile}), read from files
 * relative to the scenario file's folder, each once. A scenario that names none, or a scenario not saved yet, uses
 * the built-in profile of each hypervisor's transport.
 */
public final class MigrationProfiles {

    private final Path folder;
    private final Map<String, TransportProfile> read = new HashMap<>();
    private final Map<String, String> failed = new HashMap<>();

    private MigrationProfiles(Path folder) {
        this.folder = folder;
    }

    /** Profiles for a scenario read from (or to be saved to) {@code scenarioFile}; null = not saved: none readable. */
    public static MigrationProfiles beside(Path scenarioFile) {
        Path parent = scenarioFile == null ? null : scenarioFile.toAbsolutePath().getParent();
        return new MigrationProfiles(parent);
    }

    /** For scenarios that live in no file (generated, tests): every named profile is an error. */
    public static MigrationProfiles none() {
        return new MigrationProfiles(null);
    }

    /**
     * The profile settings name, or the built-in one of their transport when they name none.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public synchronized TransportProfile profileFor(HypervisorMigrationSettings settings) {
        String name = settings.profile();
        if (name == null) {
            return TransportProfile.defaults(settings.transportOrDefault());
        }
        TransportProfile known = read.get(name);
        if (known != null) {
            return known;
        }
        String why = failed.computeIfAbsent(name, this::load);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return read.get(name);
    }

    // Null when read; else why not, naming the file.
    private String load(String name) {
        if (folder == null) {
            return "profile \"" + name + "\" cannot be read: the scenario is not saved in a file, so there is no "
                    + "folder to read it from";
        }
        Path file;
        try {
            file = folder.resolve(name);
        } catch (InvalidPathException e) {
            return "profile \"" + name + "\" is not a file name (" + e.getReason() + ")";
        }
        try {
            read.put(name, TransportProfileFile.read(file));
            return null;
        } catch (IOException e) {
            return "profile " + file + " cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage()) + ")";
        } catch (IllegalArgumentException e) {
            return "profile " + e.getMessage();
        }
    }

    /** One problem per host whose named profile cannot be read, at its JSON path: commands print these. */
    public List<Problem> problems(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        List<Host> hosts = scenario.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            Host h = hosts.get(i);
            if (h.hypervisor() == null || h.hypervisor().migration().profile() == null) {
                continue;
            }
            try {
                profileFor(h.hypervisor().migration());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(JsonPaths.element(ElementKind.HOST, i) + "/hypervisor/migration/profile",
                        e.getMessage()));
            }
        }
        return problems;
    }
}
