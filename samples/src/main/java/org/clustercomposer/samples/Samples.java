package org.clustercomposer.samples;

import java.util.List;
import java.util.Optional;

/**
 * Every sample scenario, in the order a Help &gt; Samples menu lists them: one per stacking of
 * DESIGN.md, then a mix. Each file says in its "description" what it shows and where its numbers
 * come from.
 */
public final class Samples {

    private static final List<Sample> ALL = List.of(
            new Sample("Bare metal: one HPC rack", "bare-metal.json", Stacking.BARE_METAL),
            new Sample("VMs on hosts: a consolidated three-tier service", "vms-on-hosts.json", Stacking.VMS_ON_HOSTS),
            new Sample("SSI on hosts: a Kerrighed cluster", "ssi-on-hosts.json", Stacking.SSI_ON_HOSTS),
            new Sample("SSI over VMs: two virtual SSI clusters on shared hardware", "ssi-over-vms.json",
                    Stacking.SSI_OVER_VMS),
            new Sample("VMs on an SSI: an aggregate VM and VMs as SSI processes", "vms-on-ssi.json",
                    Stacking.VMS_ON_SSI),
            new Sample("Mixed: MOSIX on hosts and on VMs, beside plain VMs", "mixed-mosix.json", Stacking.MIXED));

    private Samples() {
    }

    public static List<Sample> all() {
        return ALL;
    }

    /** The first sample showing a stacking. */
    public static Optional<Sample> of(Stacking stacking) {
        return ALL.stream().filter(s -> s.stacking() == stacking).findFirst();
    }
}
