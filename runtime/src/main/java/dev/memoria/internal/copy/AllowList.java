package dev.memoria.internal.copy;

import org.apache.fory.resolver.TypeChecker;
import org.apache.fory.resolver.TypeResolver;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes a value read back from disk may contain: JDK value types, plus the types one persisted cached method
 * declares — its return type with type arguments, and, for the application's own classes, the types of their fields
 * and record components, and the permitted subclasses of sealed types, transitively. A file that names any other
 * class is refused before that class is touched, so a tampered cache file cannot instantiate what the method never
 * returns.
 */
final class AllowList implements TypeChecker {

    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> visited = ConcurrentHashMap.newKeySet();

    /** Admits a method's declared return type and what it is made of. */
    void allow(Type declaredType) {
        if (declaredType instanceof Class<?> type) {
            allowClass(type);
        } else if (declaredType instanceof ParameterizedType parameterized) {
            allow(parameterized.getRawType());
            for (Type argument : parameterized.getActualTypeArguments()) {
                allow(argument);
            }
        } else if (declaredType instanceof GenericArrayType array) {
            allow(array.getGenericComponentType());
        } else if (declaredType instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                allow(bound);
            }
        } else if (declaredType instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                allow(bound);
            }
        }
    }

    private void allowClass(Class<?> type) {
        if (type.isArray()) {
            allowClass(type.getComponentType());
            return;
        }
        if (type.isPrimitive() || !visited.add(type)) {
            return;
        }
        declared.add(type.getName());
        if (type.getName().startsWith("java.") || type.getName().startsWith("javax.")) {
            return; // JDK types are admitted by JdkValueTypes, never because an application mentions them
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            declared.add(level.getName());
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    allow(field.getGenericType());
                }
            }
        }
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                allowClass(permitted);
            }
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                declared.add(constant.getClass().getName()); // constants with bodies are subclasses
            }
        }
    }

    /** @throws NotAllowedException for a class outside the list, naming it */
    @Override
    public boolean checkType(TypeResolver resolver, String className) {
        String element = elementName(className);
        if (element == null || JdkValueTypes.contains(element) || declared.contains(element)) {
            return true;
        }
        throw new NotAllowedException(element);
    }

    /** The class name inside an array descriptor, or null for arrays of primitives. */
    static String elementName(String className) {
        if (!className.startsWith("[")) {
            return className;
        }
        String element = className.replaceFirst("^\\[+", "");
        return element.startsWith("L") ? element.substring(1, element.length() - 1) : null;
    }
}
