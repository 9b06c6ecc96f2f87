package org.clustercomposer.simulation.cluster;

import java.util.Arrays;

/** A growable list of ints without boxing, for the VMs on a host. Order is insertion order. */
public final class IntList {

    private int[] items = new int[4];
    private int size;

    public void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    /** Inserts into a list kept in ascending order, after any equal values. */
    public void addSorted(int value) {
        int i = after(value);
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = value;
        size++;
    }

    /** Removes one occurrence from a list kept in ascending order (found by halving: lists of thousands). */
    public boolean removeSorted(int value) {
        int i = after(value) - 1;
        if (i < 0 || items[i] != value) {
            return false;
        }
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        size--;
        return true;
    }

    // In a list kept in ascending order: the index of the first value above this one (or the size).
    private int after(int value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (items[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Removes the first occurrence, keeping order (so runs do not depend on removal history). */
    public boolean remove(int value) {
        for (int i = 0; i < size; i++) {
            if (items[i] == value) {
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    public void clear() {
        size = 0;
    }

    public void set(int i, int value) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        items[i] = value;
    }

    /** Keeps the first {@code newSize} values. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize);
        }
        size = newSize;
    }

    public int get(int i) {
        return items[i];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
