package org.clustercomposer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;

/**
 * One libvirt domain XML per VM: vCPUs, memory, a disk on the scenario's storage, one virtio
 * interface and the domain type of the hypervisor the VM runs on. Where the VM is placed goes into
 * the domain's metadata, so a file defined on a host says which host the design meant.
 */
public final class LibvirtDomains {

    /** Our metadata namespace (libvirt keeps one element per namespace under {@code <metadata>}). */
    public static final String METADATA_NAMESPACE = "https://clustercomposer.org/xmlns/libvirt/1";

    /** Hypervisor kinds people write, to libvirt's domain types. */
    private static final Map<String, String> DOMAIN_TYPES = Map.ofEntries(
            Map.entry("kvm", "kvm"), Map.entry("qemu", "qemu"), Map.entry("xen", "xen"), Map.entry("lxc", "lxc"),
            Map.entry("vmware", "vmware"), Map.entry("esx", "vmware"), Map.entry("esxi", "vmware"),
            Map.entry("hyperv", "hyperv"), Map.entry("hyper-v", "hyperv"), Map.entry("vbox", "vbox"),
            Map.entry("virtualbox", "vbox"), Map.entry("bhyve", "bhyve"), Map.entry("vz", "vz"),
            Map.entry("openvz", "openvz"));

    private LibvirtDomains() {
    }

    /** {@code VMID.xml} for every VM. */
    public static List<ExportedFile> export(Scenario scenario) throws ExportRefusedException {
        List<Problem> problems = new ArrayList<>();
        List<ExportedFile> files = new ArrayList<>();
        for (int i = 0; i < scenario.vms().size(); i++) {
            Vm vm = scenario.vms().get(i);
            ExportNames.check(scenario, vm, ExportTarget.LIBVIRT, "a libvirt domain and file name", problems);
            Optional<String> type = domainType(scenario, vm);
            if (type.isEmpty()) {
                problems.add(new Problem("/vms/" + i + "/placedOn", "libvirt export: VM \"" + vm.id()
                        + "\" is on " + describeHypervisor(scenario, vm) + ", which libvirt has no domain type for"
                        + " (known: " + String.join(", ", DOMAIN_TYPES.keySet().stream().sorted().toList()) + ")"));
                continue;
            }
            files.add(new ExportedFile(vm.id() + ".xml", domainXml(scenario, vm, type.get())));
        }
        if (!problems.isEmpty()) {
            throw new ExportRefusedException(problems);
        }
        return files;
    }

    /**
     * How a domain's interface joins the host's network.
     *
     * @param type   libvirt's interface type: "network", "bridge" or "user" (no host set-up, as in session daemons)
     * @param source the network or bridge name; unused for "user"
     */
    public record Interface(String type, String source) {
        public static final Interface DEFAULT_NETWORK = new Interface("network", "default");

        String xml() {
            String src = switch (type) {
                case "network" -> "      <source network=\"" + Xml.escape(source) + "\"/>\n";
                case "bridge" -> "      <source bridge=\"" + Xml.escape(source) + "\"/>\n";
                default -> "";
            };
            return "    <interface type=\"" + Xml.escape(type) + "\">\n" + src + "      <model type=\"virtio\"/>\n"
                    + "    </interface>\n";
        }
    }

    /** The domain XML of one VM, for a host of the given libvirt domain type ("kvm", "qemu"). */
    public static String domainXml(Scenario scenario, Vm vm, String domainType) {
        return domainXml(scenario, vm, domainType, null, Interface.DEFAULT_NETWORK);
    }

    /**
     * The domain XML of one VM with a UUID of its own (so that defining it where another domain
     * has its name fails instead of replacing that domain) and the given interface.
     */
    public static String domainXml(Scenario scenario, Vm vm, String domainType, String uuid, Interface nic) {
        long memoryKiB = (long) Math.ceil(vm.memory() / 1024);
        StringBuilder x = new StringBuilder(1024);
        x.append("<domain type=\"").append(domainType).append("\">\n");
        x.append("  <name>").append(Xml.escape(vm.id())).append("</name>\n");
        if (uuid != null) {
            x.append("  <uuid>").append(Xml.escape(uuid)).append("</uuid>\n");
        }
        if (!vm.name().isBlank()) {
            x.append("  <title>").append(Xml.escape(vm.name())).append("</title>\n");
        }
        x.append("  <description>").append(Xml.escape("Exported by Cluster Composer from \"" + scenario.name()
                + "\"")).append("</description>\n");
        x.append("  <metadata>\n    <cc:vm xmlns:cc=\"").append(METADATA_NAMESPACE).append("\" placedOn=\"")
                .append(Xml.escape(vm.placedOn())).append("\" disk=\"").append(String.format(Locale.ROOT, "%.0f",
                        vm.disk())).append("\"/>\n  </metadata>\n");
        x.append("  <memory unit=\"KiB\">").append(memoryKiB).append("</memory>\n");
        x.append("  <currentMemory unit=\"KiB\">").append(memoryKiB).append("</currentMemory>\n");
        x.append("  <vcpu placement=\"static\">").append(vm.vcpus()).append("</vcpu>\n");
        x.append("  <os>\n    <type arch=\"x86_64\">hvm</type>\n    <boot dev=\"hd\"/>\n  </os>\n");
        x.append("  <devices>\n");
        if (vm.disk() > 0) {
            x.append("    <disk type=\"file\" device=\"disk\">\n")
                    .append("      <driver name=\"qemu\" type=\"qcow2\"/>\n")
                    .append("      <source file=\"").append(Xml.escape(diskPath(scenario, vm))).append("\"/>\n")
                    .append("      <target dev=\"vda\" bus=\"virtio\"/>\n")
                    .append("    </disk>\n");
        }
        x.append(nic.xml());
        x.append("  </devices>\n</domain>\n");
        return x.toString();
    }

    /** On the scenario's (first) shared storage when it has one, else in libvirt's default pool. */
    static String diskPath(Scenario scenario, Vm vm) {
        String dir = scenario.storages().isEmpty() ? "/var/lib/libvirt/images"
                : "/var/lib/libvirt/" + scenario.storages().get(0).id();
        return dir + "/" + vm.id() + ".qcow2";
    }

    /** libvirt's domain type for the VM's host; a VM on an SSI domain runs as a KVM process there. */
    static Optional<String> domainType(Scenario scenario, Vm vm) {
        Optional<Host> host = scenario.host(vm.placedOn());
        if (host.isEmpty()) {
            return Optional.of("kvm");
        }
        Hypervisor hypervisor = host.get().hypervisor();
        if (hypervisor == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(DOMAIN_TYPES.get(hypervisor.kind().toLowerCase(Locale.ROOT)));
    }

    private static String describeHypervisor(Scenario scenario, Vm vm) {
        Host host = scenario.host(vm.placedOn()).orElseThrow();
        return host.hypervisor() == null ? "bare-metal host \"" + host.id() + "\""
                : "host \"" + host.id() + "\" with hypervisor \"" + host.hypervisor().kind() + "\"";
    }
}
