package org.clustercomposer.views.properties;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Reads and copies-with-change a record component by name, dotted for nested records
 * ("workload.dirtyRate"). Lets the property sheet edit any field of the immutable domain records
 * without a hand-written copy method per field.
 */
final class RecordPaths {

    private RecordPaths() {
    }

    static Object get(Object record, String path) {
        int dot = path.indexOf('.');
        Object value = component(record, dot < 0 ? path : path.substring(0, dot));
        if (dot < 0) {
            return value;
        }
        return value == null ? null : get(value, path.substring(dot + 1));
    }

    /** A copy of the record with one component replaced; constructors still check the input. */
    static Object with(Object record, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return copy(record, path, value);
        }
        String head = path.substring(0, dot);
        Object inner = component(record, head);
        if (inner == null) {
            throw new IllegalArgumentException("set " + head + " first");
        }
        return copy(record, head, with(inner, path.substring(dot + 1), value));
    }

    private static Object component(Object record, String name) {
        RecordComponent c = find(record.getClass(), name);
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object copy(Object record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals(name) ? value : component(record, components[i].getName());
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent find(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no component " + name));
    }
}
