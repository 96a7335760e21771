package dev.memoria.internal.key;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * One record class: its name, then each component read through its accessor. Built once per class by {@link Rules},
 * which caches it in a {@code ClassValue}, so the reflection happens once.
 */
final class RecordRule implements Rule {

    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

    private final String className;
    private final String[] componentNames;
    private final MethodHandle[] accessors;

    private RecordRule(String className, String[] componentNames, MethodHandle[] accessors) {
        this.className = className;
        this.componentNames = componentNames;
        this.accessors = accessors;
    }

    /** Returns the rule for {@code recordClass}, or a {@link NoRule} when Memoria may not call its accessors. */
    static Rule of(Class<?> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        String[] names = new String[components.length];
        MethodHandle[] accessors = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            // A private or nested record's accessor is public, but its class is not accessible from here.
            accessor.trySetAccessible();
            try {
                accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(OBJECT_TO_OBJECT);
            } catch (IllegalAccessException e) {
                return NoRule.inaccessibleRecord(recordClass, e);
            }
            names[i] = components[i].getName();
        }
        return new RecordRule(recordClass.getName(), names, accessors);
    }

    @Override
    public void write(Object record, DigestSink out, ValueEncoder values) {
        out.tag(Tag.RECORD);
        out.text(className);
        out.i32(accessors.length);
        for (int i = 0; i < accessors.length; i++) {
            values.component(read(record, i), componentNames[i]);
        }
    }

    @Override
    public boolean nests() {
        return true;
    }

    /**
     * The record's components as its accessors return them, in order (what {@link #write} encodes).
     *
     * @throws UnhashableValueException when an accessor throws
     */
    Object[] components(Object record) {
        Object[] components = new Object[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            components[i] = read(record, i);
        }
        return components;
    }

    private Object read(Object record, int component) {
        try {
            return (Object) accessors[component].invokeExact(record);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // An accessor can be overridden with code that throws, checked exceptions included.
            throw UnhashableValueException.accessorThrew(record, componentNames[component], e);
        }
    }
}
