package org.clustercomposer.analysis.utilization;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An immutable map from element ids to values, in insertion order, whose keys are a slot index
 * that versions share: a new version after an edit copies the value array (one reference per
 * element) and replaces the slots that changed, instead of building a hash map of 100,000 entries.
 *
 * @param <V> the value type
 */
public final class IndexedMap<V> extends AbstractMap<String, V> {

    private final Map<String, Integer> slots;
    private final String[] keys;
    private final Object[] values;

    private IndexedMap(Map<String, Integer> slots, String[] keys, Object[] values) {
        this.slots = slots;
        this.keys = keys;
        this.values = values;
    }

    /** Builds a map in insertion order; a key already present keeps its first value. */
    public static final class Builder<V> {
        private final Map<String, Integer> slots;
        private String[] keys;
        private Object[] values;
        private int size;

        public Builder(int expectedSize) {
            slots = new HashMap<>(Math.max(16, expectedSize * 4 / 3 + 1));
            keys = new String[Math.max(4, expectedSize)];
            values = new Object[keys.length];
        }

        public void putIfAbsent(String key, V value) {
            if (slots.putIfAbsent(key, size) != null) {
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }

        @SuppressWarnings("unchecked")
        public V get(String key) {
            Integer slot = slots.get(key);
            return slot == null ? null : (V) values[slot];
        }

        public IndexedMap<V> build() {
            return new IndexedMap<>(slots, Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
        }
    }

    /** The slot of a key, or -1 when the map has no such key. */
    public int slotOf(Object key) {
        Integer slot = slots.get(key);
        return slot == null ? -1 : slot;
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int slot) {
        return (V) values[slot];
    }

    /** A copy to change some values of: the same keys, slot for slot. */
    public Editor<V> edit() {
        return new Editor<>(this);
    }

    /** Replaces values slot by slot; {@link #build} gives the new map (O(size) once, no hashing). */
    public static final class Editor<V> {
        private final IndexedMap<V> base;
        private final Object[] values;

        private Editor(IndexedMap<V> base) {
            this.base = base;
            this.values = base.values.clone();
        }

        public void set(int slot, V value) {
            values[slot] = value;
        }

        @SuppressWarnings("unchecked")
        public V get(int slot) {
            return (V) values[slot];
        }

        public int slotOf(String key) {
            return base.slotOf(key);
        }

        public IndexedMap<V> build() {
            return new IndexedMap<>(base.slots, base.keys, values.clone());
        }
    }

    /** The same keys, each value mapped (O(size), no hashing). */
    public <W> IndexedMap<W> mapValues(Function<? super V, ? extends W> mapping) {
        Object[] mapped = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            mapped[i] = mapping.apply(valueAt(i));
        }
        return new IndexedMap<>(slots, keys, mapped);
    }

    /**
     * The same keys, a value mapped only where this map's value differs (by identity) from the one
     * in {@code before} at the same slot; elsewhere the value of {@code beforeMapped} is kept. Both
     * earlier maps must have this map's keys.
     */
    public <W> IndexedMap<W> mapChanged(IndexedMap<V> before, IndexedMap<W> beforeMapped,
                                        Function<? super V, ? extends W> mapping) {
        if (before.slots != slots || beforeMapped.slots != slots) {
            throw new IllegalArgumentException("the maps do not share their keys");
        }
        Object[] mapped = beforeMapped.values.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != before.values[i]) {
                mapped[i] = mapping.apply(valueAt(i));
            }
        }
        return new IndexedMap<>(slots, keys, mapped);
    }

    /** Whether the other map has the very same key index (so slots mean the same keys). */
    public boolean sharesKeysWith(IndexedMap<?> other) {
        return other.slots == slots;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return slots.containsKey(key);
    }

    @Override
    public V get(Object key) {
        Integer slot = slots.get(key);
        return slot == null ? null : valueAt(slot);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], valueAt(i));
        }
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], valueAt(i));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
