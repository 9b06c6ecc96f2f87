package org.clustercomposer.simulation.network;

import java.util.Arrays;

/**
 * Flow id to slot, for ids that are never negative: open addressing with linear probing in plain int arrays. The
 * migrations ask for their flows' rates after every event, thousands at a time at 10,000 hosts, where a
 * {@code HashMap<Integer, Integer>}'s boxed keys and nodes cost a cache miss each.
 */
final class SlotsById {

    private static final int NONE = -1;

    private int[] keys = new int[32];
    private int[] values = new int[32];
    private int size;

    SlotsById() {
        Arrays.fill(keys, NONE);
    }

    /** The slot of {@code id}, or -1. */
    int get(int id) {
        int mask = keys.length - 1;
        for (int i = hash(id) & mask; keys[i] != NONE; i = (i + 1) & mask) {
            if (keys[i] == id) {
                return values[i];
            }
        }
        return NONE;
    }

    void put(int id, int slot) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(id) & mask;
        while (keys[i] != NONE && keys[i] != id) {
            i = (i + 1) & mask;
        }
        if (keys[i] == NONE) {
            size++;
        }
        keys[i] = id;
        values[i] = slot;
    }

    void remove(int id) {
        int mask = keys.length - 1;
        int i = hash(id) & mask;
        while (keys[i] != id) {
            if (keys[i] == NONE) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        // Backward shift: move up every later entry of the run that the hole would cut off from its home.
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != NONE; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = NONE;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, NONE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != NONE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    // Ids are consecutive: a multiplicative mix spreads them over the table's low bits.
    private static int hash(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
