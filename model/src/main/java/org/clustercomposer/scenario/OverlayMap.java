package org.clustercomposer.scenario;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map read through to a base map it never changes, plus its own entries: what a drag changes of a large map (a
 * layout's positions, a drawing's boxes) costs O(changed entries), not a copy of the map. Iterates in the base's order
 * with changed values, then the keys the base lacks in the order they were put. Overlays do not stack: an overlay
 * over an overlay reads through to the same base and copies only the other's changes. No null values, no removal;
 * {@link #freeze} makes it read-only.
 */
public final class OverlayMap<V> extends AbstractMap<String, V> {

    private final Map<String, V> base;
    private final Map<String, V> replaced;
    private final Map<String, V> added;
    private boolean frozen;
    private Set<Entry<String, V>> entries;

    private OverlayMap(Map<String, V> base, Map<String, V> replaced, Map<String, V> added) {
        this.base = base;
        this.replaced = replaced;
        this.added = added;
    }

    /**
     * A writable overlay over a map the caller no longer changes. O(1), or O(changes) over another overlay.
     */
    public static <V> OverlayMap<V> over(Map<String, V> map) {
        if (map instanceof OverlayMap<V> o) {
            return new OverlayMap<>(o.base, new HashMap<>(o.replaced), new LinkedHashMap<>(o.added));
        }
        return new OverlayMap<>(map, new HashMap<>(), new LinkedHashMap<>());
    }

    /** How many entries this overlay holds of its own (a caller copies the map flat when they grow large). */
    public int changes() {
        return replaced.size() + added.size();
    }

    /** The size of the map read through. */
    public int baseSize() {
        return base.size();
    }

    /** Makes this overlay read-only, and returns it. */
    public OverlayMap<V> freeze() {
        frozen = true;
        return this;
    }

    @Override
    public V get(Object key) {
        V v = replaced.get(key);
        if (v != null) {
            return v;
        }
        v = base.get(key);
        return v != null ? v : added.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key) || added.containsKey(key);
    }

    @Override
    public V put(String key, V value) {
        if (frozen) {
            throw new UnsupportedOperationException("a frozen overlay");
        }
        Objects.requireNonNull(value, "value");
        if (base.containsKey(key)) {
            V before = replaced.put(key, value);
            return before != null ? before : base.get(key);
        }
        return added.put(key, value);
    }

    @Override
    public int size() {
        return base.size() + added.size();
    }

    /**
     * O(changes) against an overlay of the same base (a drag's successive layouts, which JavaFX compares at every
     * change of the scenario property), else the map comparison.
     */
    @Override
    public boolean equals(Object o) {
        if (o instanceof OverlayMap<?> other && other.base == base) {
            return size() == other.size() && sameWhere(other, replaced.keySet()) && sameWhere(other, added.keySet())
                    && other.sameWhere(this, other.replaced.keySet()) && other.sameWhere(this, other.added.keySet());
        }
        return super.equals(o);
    }

    // Whether another map has, for each key of "keys", what this one has.
    private boolean sameWhere(Map<?, ?> other, Set<String> keys) {
        for (String k : keys) {
            if (!get(k).equals(other.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        if (entries == null) {
            entries = new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, V>> iterator() {
                    return new Entries();
                }

                @Override
                public int size() {
                    return OverlayMap.this.size();
                }
            };
        }
        return entries;
    }

    private final class Entries implements Iterator<Entry<String, V>> {
        private final Iterator<Entry<String, V>> inBase = base.entrySet().iterator();
        private final Iterator<Entry<String, V>> inAdded = added.entrySet().iterator();

        @Override
        public boolean hasNext() {
            return inBase.hasNext() || inAdded.hasNext();
        }

        @Override
        public Entry<String, V> next() {
            if (inBase.hasNext()) {
                Entry<String, V> e = inBase.next();
                V changed = replaced.isEmpty() ? null : replaced.get(e.getKey());
                return changed == null ? e : new SimpleImmutableEntry<>(e.getKey(), changed);
            }
            if (inAdded.hasNext()) {
                return inAdded.next();
            }
            throw new NoSuchElementException();
        }
    }
}
