package org.clustercomposer.app.live;

import java.util.Optional;

import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * One change a push makes to the live hosts, and how to take it back. Steps hold what they need
 * to undo themselves (the definition they replaced), filled in when they run.
 */
public sealed interface PushStep {

    /** The VM (domain name) the step is about. */
    String vm();

    /** One line for the plan and the log: "define web on h2". */
    String describe();

    void apply(Connections hosts) throws LiveHostException;

    void undo(Connections hosts) throws LiveHostException;

    /** Defines a domain the live hosts do not have. */
    record Define(String vm, String host, String xml) implements PushStep {
        public String describe() {
            return "define " + vm + " on " + host;
        }

        public void apply(Connections hosts) throws LiveHostException {
            hosts.libvirt(host).define(xml);
        }

        public void undo(Connections hosts) throws LiveHostException {
            hosts.libvirt(host).undefine(vm);
        }
    }

    /** Changes vCPUs and memory of a stopped domain; undone by restoring its old definition. */
    final class Change implements PushStep {
        private final String vm;
        private final String host;
        private final int fromVcpus;
        private final int vcpus;
        private final double fromMemory;
        private final double memory;
        private String before;

        public Change(String vm, String host, int fromVcpus, int vcpus, double fromMemory, double memory) {
            this.vm = vm;
            this.host = host;
            this.fromVcpus = fromVcpus;
            this.vcpus = vcpus;
            this.fromMemory = fromMemory;
            this.memory = memory;
        }

        public String vm() {
            return vm;
        }

        public String describe() {
            StringBuilder d = new StringBuilder("change " + vm + " on " + host + ":");
            if (fromVcpus != vcpus) {
                d.append(" vCPUs ").append(fromVcpus).append(" -> ").append(vcpus);
            }
            if (fromMemory != memory) {
                d.append(" memory ").append(Quantities.display(fromMemory, Dimension.SIZE)).append(" -> ")
                        .append(Quantities.display(memory, Dimension.SIZE));
            }
            return d.toString();
        }

        public void apply(Connections hosts) throws LiveHostException {
            LibvirtHost h = hosts.libvirt(host);
            before = h.definition(vm);
            h.define(DomainXml.parse(before).withVcpusAndMemory(vcpus, memory));
        }

        public void undo(Connections hosts) throws LiveHostException {
            if (before != null) {
                hosts.libvirt(host).define(before);
            }
        }
    }

    record Start(String vm, String host) implements PushStep {
        public String describe() {
            return "start " + vm + " on " + host;
        }

        public void apply(Connections hosts) throws LiveHostException {
            hosts.libvirt(host).start(vm);
        }

        public void undo(Connections hosts) throws LiveHostException {
            hosts.libvirt(host).stop(vm);
        }
    }

    record Stop(String vm, String host) implements PushStep {
        public String describe() {
            return "stop " + vm + " on " + host;
        }

        public void apply(Connections hosts) throws LiveHostException {
            hosts.libvirt(host).stop(vm);
        }

        public void undo(Connections hosts) throws LiveHostException {
            hosts.libvirt(host).start(vm);
        }
    }

    /**
     * Live-migrates a running domain; undone by migrating it back.
     *
     * @param predicted the model's prediction for this move, as one phrase ("2.1 s, 30 ms down, 1.2 GiB sent")
     */
    record Migrate(String vm, String from, String to, String predicted) implements PushStep {
        public String describe() {
            return "migrate " + vm + " from " + from + " to " + to + " (predicted: " + predicted + ")";
        }

        public void apply(Connections hosts) throws LiveHostException {
            hosts.libvirt(from).migrate(vm, hosts.libvirt(to));
        }

        public void undo(Connections hosts) throws LiveHostException {
            hosts.libvirt(to).migrate(vm, hosts.libvirt(from));
        }
    }

    /** Moves a stopped domain's definition to another host; undone by moving it back. */
    final class Move implements PushStep {
        private final String vm;
        private final String from;
        private final String to;
        private String definition;

        public Move(String vm, String from, String to) {
            this.vm = vm;
            this.from = from;
            this.to = to;
        }

        public String vm() {
            return vm;
        }

        public String describe() {
            return "move " + vm + " (shut off) from " + from + " to " + to;
        }

        public void apply(Connections hosts) throws LiveHostException {
            String old = hosts.libvirt(from).definition(vm);
            hosts.libvirt(to).define(old);
            try {
                hosts.libvirt(from).undefine(vm);
            } catch (LiveHostException e) {
                hosts.libvirt(to).undefine(vm); // half a move is no move: the runner undoes only whole steps
                throw e;
            }
            definition = old;
        }

        public void undo(Connections hosts) throws LiveHostException {
            if (definition != null) {
                hosts.libvirt(from).define(definition);
                hosts.libvirt(to).undefine(vm);
            }
        }
    }

    /** Writes an SSI membership file over SSH; undone by writing back what was there (or removing it). */
    final class WriteFile implements PushStep {
        private final String host;
        private final String path;
        private final String content;
        private final String why;
        private Optional<String> before;

        public WriteFile(String host, String path, String content, String why) {
            this.host = host;
            this.path = path;
            this.content = content;
            this.why = why;
        }

        public String vm() {
            return host;
        }

        public String path() {
            return path;
        }

        public String describe() {
            return "write " + path + " on " + host + " (" + why + ")";
        }

        public void apply(Connections hosts) throws LiveHostException {
            String uri = hosts.sshUris().get(host);
            Optional<String> old = hosts.ssh().readIfPresent(uri, path);
            hosts.ssh().write(uri, path, content);
            before = old;
        }

        public void undo(Connections hosts) throws LiveHostException {
            if (before == null) {
                return;
            }
            String uri = hosts.sshUris().get(host);
            if (before.isPresent()) {
                hosts.ssh().write(uri, path, before.get());
            } else {
                hosts.ssh().remove(uri, path);
            }
        }
    }
}
