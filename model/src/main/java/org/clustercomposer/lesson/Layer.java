package org.clustercomposer.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The layers a student can hide or show (View › Layers), as lesson files name them. */
public enum Layer {
    HARDWARE("hardware", "Hardware"),
    VMS("vms", "VMs"),
    SSI_DOMAINS("ssi-domains", "SSI Domains"),
    APPLICATIONS("applications", "Applications");

    private final String key;
    private final String label;

    Layer(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in a lesson file: "ssi-domains". */
    public String key() {
        return key;
    }

    /** As View › Layers shows it: "SSI Domains". */
    public String label() {
        return label;
    }

    public static Optional<Layer> of(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
