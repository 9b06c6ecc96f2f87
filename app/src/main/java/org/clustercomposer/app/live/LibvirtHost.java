package org.clustercomposer.app.live;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clustercomposer.scenario.VmState;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.MemoryStatistic;
import org.libvirt.NodeInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One open connection to a libvirt daemon: reads the host and its domains, and makes the changes
 * a push needs. Every failure becomes a {@link LiveHostException} naming the URI.
 */
public final class LibvirtHost implements AutoCloseable {

    private static final long MIGRATE_LIVE = 1;
    private static final long MIGRATE_PERSIST_DEST = 8;
    private static final long MIGRATE_UNDEFINE_SOURCE = 16;
    /** VIR_DOMAIN_MEMORY_STAT_RSS: host memory the domain's process holds, KiB. */
    private static final int MEMORY_STAT_RSS = 7;
    private static final int MEMORY_STAT_COUNT = 13;

    static {
        // libvirt prints every error to stderr unless told otherwise; ours become messages instead.
        try {
            Connect.setErrorCallback((userData, error) -> { });
        } catch (LibvirtException e) {
            // Only noise on stderr is at stake.
        }
    }

    private final String uri;
    private final Connect connect;

    private LibvirtHost(String uri, Connect connect) {
        this.uri = uri;
        this.connect = connect;
    }

    /** Connects (read-write). An unreachable or refusing daemon is a {@link LiveHostException}. */
    public static LibvirtHost open(String uri) throws LiveHostException {
        try {
            return new LibvirtHost(uri, new Connect(uri, false));
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot connect (" + message(e) + ")", e);
        } catch (UnsatisfiedLinkError e) {
            throw new LiveHostException(uri + ": the libvirt library (libvirt0) is not installed", e);
        }
    }

    public String uri() {
        return uri;
    }

    /**
     * Reads the host and every domain. Running domains have their dirty rate measured over
     * {@code measureSeconds} (all at once), with the CPU time they used meanwhile; 0 skips it.
     */
    public LiveHost read(int measureSeconds, BooleanSupplier cancelled) throws LiveHostException, InterruptedException {
        try {
            NodeInfo node = connect.nodeInfo();
            String capabilities = connect.getCapabilities();
            Document caps = parse(capabilities, "host capabilities");
            String uuid = text(caps, "uuid");
            String domainType = capabilities.contains("<domain type='kvm'") ? "kvm" : "qemu";
            List<Domain> domains = List.of(connect.listAllDomains(0));
            List<LiveDomain> read = new ArrayList<>();
            for (Domain d : domains) {
                read.add(domain(d));
            }
            if (measureSeconds > 0) {
                read = measure(domains, read, measureSeconds, cancelled);
            }
            return new LiveHost(uri, connect.getHostName(), uuid, node.cpus, node.mhz * 1e6, node.memory * 1024.0,
                    nics(), domainType, read, "");
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": " + message(e), e);
        }
    }

    private LiveDomain domain(Domain d) throws LibvirtException, LiveHostException {
        String name = d.getName();
        String xml = d.getXMLDesc(0);
        DomainXml parsed;
        try {
            parsed = DomainXml.parse(xml);
            DomainInfo info = d.getInfo();
            VmState state = info.state == DomainInfo.DomainState.VIR_DOMAIN_SHUTOFF ? VmState.SHUT_OFF : VmState.RUNNING;
            double disk = 0;
            for (String target : parsed.diskTargets()) {
                try {
                    disk += d.blockInfo(target).getCapacity();
                } catch (LibvirtException e) {
                    // A disk whose file is missing (or a stopped domain's) has no size to read: counted as 0.
                }
            }
            return new LiveDomain(name, d.getUUIDString(), parsed.type(), parsed.vcpus(), parsed.memory(), disk,
                    parsed.interfaceMacs(), state, parsed.placedOn(), Double.NaN, Double.NaN, Double.NaN, xml);
        } catch (IllegalArgumentException e) {
            throw new LiveHostException(uri + ": domain \"" + name + "\": " + e.getMessage(), e);
        }
    }

    private List<LiveDomain> measure(List<Domain> domains, List<LiveDomain> read, int seconds, BooleanSupplier cancelled)
            throws LibvirtException, InterruptedException {
        long[] cpuBefore = new long[domains.size()];
        boolean[] started = new boolean[domains.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < domains.size(); i++) {
            if (read.get(i).isRunning()) {
                cpuBefore[i] = domains.get(i).getInfo().cpuTime;
                started[i] = DirtyRateCalls.start(domains.get(i), seconds);
            }
        }
        // libvirt answers calc_status=2 (measured) shortly after the period; wait a little longer.
        long deadline = t0 + seconds * 1_000_000_000L + 500_000_000L;
        while (System.nanoTime() < deadline) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            Thread.sleep(100);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<LiveDomain> measured = new ArrayList<>(read);
        for (int i = 0; i < domains.size(); i++) {
            LiveDomain d = read.get(i);
            if (!d.isRunning()) {
                continue;
            }
            Domain domain = domains.get(i);
            double dirtyRate = Double.NaN;
            if (started[i]) {
                Map<String, Double> stats = awaitDirtyRate(domain, cancelled);
                Double mbps = stats.get("dirtyrate.megabytes_per_second");
                // libvirt's "megabytes" are MiB (QEMU computes dirty-rate in MB as 2^20 bytes).
                dirtyRate = mbps == null ? Double.NaN : mbps * (1 << 20);
            }
            DomainInfo after = domain.getInfo();
            double cpu = (after.cpuTime - cpuBefore[i]) / 1e9 / elapsed / Math.max(1, d.vcpus());
            double rss = Double.NaN;
            try {
                for (MemoryStatistic s : domain.memoryStats(MEMORY_STAT_COUNT)) {
                    if (s.getTag() == MEMORY_STAT_RSS) {
                        rss = s.getValue() * 1024.0;
                    }
                }
            } catch (LibvirtException e) {
                // Memory stats are optional (not every driver has them).
            }
            measured.set(i, d.withMeasurements(dirtyRate, Math.min(1, Math.max(0, cpu)), rss));
        }
        return measured;
    }

    private static Map<String, Double> awaitDirtyRate(Domain domain, BooleanSupplier cancelled)
            throws InterruptedException {
        Map<String, Double> stats = DirtyRateCalls.stats(domain);
        for (int i = 0; i < 30 && !Double.valueOf(2).equals(stats.get("dirtyrate.calc_status")); i++) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            Thread.sleep(100);
            stats = DirtyRateCalls.stats(domain);
        }
        return stats;
    }

    /** NIC names and speeds from libvirt's node devices; empty where the driver does not list them. */
    private List<LiveHost.Nic> nics() {
        List<LiveHost.Nic> nics = new ArrayList<>();
        try {
            for (String device : connect.listDevices("net")) {
                String xml = connect.deviceLookupByName(device).getXMLDescription();
                Document doc = parse(xml, "node device " + device);
                String name = text(doc, "interface");
                NodeList links = doc.getElementsByTagName("link");
                double speed = 0;
                if (links.getLength() > 0) {
                    String mbps = ((Element) links.item(0)).getAttribute("speed");
                    speed = mbps.isEmpty() ? 0 : LiveHost.Nic.bytesPerSecond(Double.parseDouble(mbps));
                }
                if (!name.equals("lo")) {
                    nics.add(new LiveHost.Nic(name, speed));
                }
            }
        } catch (LibvirtException | LiveHostException | NumberFormatException e) {
            // Session daemons and some drivers have no node devices: speeds stay unknown.
        }
        return nics;
    }

    /** Defines a domain from its XML; the name of the new domain. */
    public String define(String xml) throws LiveHostException {
        try {
            return connect.domainDefineXML(xml).getName();
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot define the domain (" + message(e) + ")", e);
        }
    }

    public void start(String name) throws LiveHostException {
        try {
            lookup(name).create();
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot start \"" + name + "\" (" + message(e) + ")", e);
        }
    }

    /** Stops at once (virDomainDestroy): a push stops what the design says is shut off. */
    public void stop(String name) throws LiveHostException {
        try {
            lookup(name).destroy();
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot stop \"" + name + "\" (" + message(e) + ")", e);
        }
    }

    public void undefine(String name) throws LiveHostException {
        try {
            Domain d = lookup(name);
            if (d.isActive() == 1) {
                d.destroy();
            }
            d.undefine();
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot undefine \"" + name + "\" (" + message(e) + ")", e);
        }
    }

    /** The domain's persistent definition (what it will be on its next start). */
    public String definition(String name) throws LiveHostException {
        try {
            return lookup(name).getXMLDesc(2 /* VIR_DOMAIN_XML_INACTIVE */);
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot read \"" + name + "\" (" + message(e) + ")", e);
        }
    }

    /** Live migration to {@code destination}, persistent there and undefined here. */
    public void migrate(String name, LibvirtHost destination) throws LiveHostException {
        try {
            lookup(name).migrate(destination.connect, MIGRATE_LIVE | MIGRATE_PERSIST_DEST | MIGRATE_UNDEFINE_SOURCE,
                    null, null, 0);
        } catch (LibvirtException e) {
            throw new LiveHostException(uri + ": cannot migrate \"" + name + "\" to " + destination.uri + " ("
                    + message(e) + ")", e);
        }
    }

    private Domain lookup(String name) throws LibvirtException {
        return connect.domainLookupByName(name);
    }

    @Override
    public void close() {
        try {
            connect.close();
        } catch (LibvirtException e) {
            // Closing a connection that broke: nothing left to release.
        }
    }

    private Document parse(String xml, String what) throws LiveHostException {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new LiveHostException(uri + ": the " + what + " is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    private static String text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    static String message(LibvirtException e) {
        String m = e.getError() != null && e.getError().getMessage() != null ? e.getError().getMessage() : e.getMessage();
        return m == null ? "libvirt gave no reason" : m.strip();
    }
}
