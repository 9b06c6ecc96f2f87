package org.clustercomposer.views.palette;

import org.clustercomposer.scenario.ElementKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The elements one can drag onto the canvas, with what each is for. */
public enum PaletteEntry {
    HOST(ElementKind.HOST, "Host", MaterialDesignS.SERVER,
            "A physical machine: cores, memory, NIC, power. Drag onto the canvas."),
    SWITCH(ElementKind.SWITCH, "Switch", MaterialDesignS.SWITCH,
            "A network switch. Drag onto the canvas, then connect hosts to it with links."),
    STORAGE(ElementKind.STORAGE, "Storage", MaterialDesignD.DATABASE,
            "Shared storage (NAS/SAN): VMs migrate without copying their disk."),
    LINK(ElementKind.LINK, "Link", MaterialDesignL.LAN_CONNECT,
            "Connects two nodes. Click with two nodes selected, or use it as a tool: drag from node to node."),
    VM(ElementKind.VM, "VM", MaterialDesignM.MONITOR,
            "A virtual machine. Drop it onto a host or an SSI domain."),
    SSI_DOMAIN(ElementKind.SSI_DOMAIN, "SSI domain", MaterialDesignV.VECTOR_POLYGON,
            "A single system image over the selected hosts or VMs: global scheduling and shared memory."),
    APPLICATION(ElementKind.APPLICATION, "Application", MaterialDesignA.APPLICATION,
            "Processes or a job. Drop onto a VM, a host or an SSI domain.");

    private final ElementKind kind;
    private final String label;
    private final Ikon icon;
    private final String hint;

    PaletteEntry(ElementKind kind, String label, Ikon icon, String hint) {
        this.kind = kind;
        this.label = label;
        this.icon = icon;
        this.hint = hint;
    }

    public ElementKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    public String hint() {
        return hint;
    }
}
