package org.clustercomposer.views.migration;

/** Where one cell of the memory grid is, in one frame of the animation; the legend names each. */
public enum PageState {
    NOT_SENT("only on the source"),
    ZERO("zero page (crosses as a 9-byte marker)"),
    SENDING("crossing now"),
    SENT("on the destination, up to date"),
    DIRTY("written again after it was sent: to re-send"),
    PAUSED("sent while the guest is paused"),
    REMOTE("left on the source: a touch faults it over"),
    PULLED("pulled on demand (page fault)");

    private final String meaning;

    PageState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    private static final PageState[] VALUES = values();

    static PageState of(byte b) {
        return VALUES[b];
    }

    byte code() {
        return (byte) ordinal();
    }
}
