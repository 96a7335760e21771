package dev.memoria.ui.internal.data;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a record's components by name, the way both JSON values and table rows see a record. The accessors of each
 * record class are looked up once: a table of 100,000 records reads them 100,000 times.
 */
final class Records {

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] readable = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                readable[i] = new Component(components[i].getName(), accessible(components[i].getAccessor()));
            }
            return readable;
        }
    };

    private record Component(String name, Method accessor) {
    }

    private Records() {
    }

    /** The components of {@code record} in declaration order. */
    static Map<String, Object> components(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Component component : COMPONENTS.get(record.getClass())) {
            values.put(component.name(), read(record, component));
        }
        return values;
    }

    private static Method accessible(Method accessor) {
        try {
            // a record declared private or package-private in the app still shows its data
            accessor.setAccessible(true);
        } catch (RuntimeException inaccessible) {
            // a record in a module that is not open to the toolkit: read() reports it per value
        }
        return accessor;
    }

    private static Object read(Record record, Component component) {
        try {
            return component.accessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "<" + component.name() + " unreadable: " + e + ">";
        }
    }
}
