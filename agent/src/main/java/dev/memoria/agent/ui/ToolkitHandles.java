package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The methods of one {@link UiToolkit} description, resolved in the class loader that loaded the toolkit, as method
 * handles typed with {@code Object}s so the binding can call them without knowing the toolkit's types. Optional parts
 * the description leaves out are {@code null}.
 */
final class ToolkitHandles {

    final Class<?> targetClass;
    /** Funnel methods by name and descriptor, as the woven advice reports them. */
    final Map<String, MethodHandle> funnels = new HashMap<>();
    final Set<String> widgetFunnels = new HashSet<>();
    final MethodHandle running;
    final MethodHandle active;
    final Map<String, MethodHandle> roots = new HashMap<>();
    final MethodHandle peek;
    final MethodHandle widgetId;
    final MethodHandle warning;
    final MethodHandle spinner;
    final MethodHandle sessionId;
    final MethodHandle sessionEnd;
    final MethodHandle metrics;

    /** @throws IllegalStateException naming the method of the description that the toolkit does not have */
    ToolkitHandles(UiToolkit toolkit, ClassLoader loader) {
        try {
            targetClass = Class.forName(toolkit.targetClass(), false, loader);
            for (InstanceMethod funnel : toolkit.funnels()) {
                Method method = instanceMethod(funnel);
                funnels.put(InstanceMethod.signature(method), unreflect(method));
                if (toolkit.widgets().contains(funnel)) {
                    widgetFunnels.add(InstanceMethod.signature(method));
                }
            }
            running = staticMethod(toolkit.running(), loader, MethodType.methodType(boolean.class));
            active = staticMethod(toolkit.active(), loader, MethodType.methodType(Object.class));
            for (Map.Entry<String, StaticMethod> root : toolkit.roots().entrySet()) {
                roots.put(root.getKey(), staticMethod(root.getValue(), loader, MethodType.methodType(Object.class)));
            }
            peek = optionalInstance(toolkit.peek(), MethodType.methodType(Object.class, Object.class, Object.class));
            widgetId = optionalStatic(toolkit.widgetId(), loader, MethodType.methodType(String.class, Object.class));
            warning = optionalInstance(toolkit.warning(), MethodType.methodType(void.class, Object.class, String.class));
            spinner = optionalInstance(toolkit.spinner(),
                    MethodType.methodType(AutoCloseable.class, Object.class, String.class));
            sessionId = optionalStatic(toolkit.sessionId(), loader, MethodType.methodType(String.class));
            sessionEnd = optionalStatic(toolkit.sessionEnd(), loader,
                    MethodType.methodType(void.class, java.util.function.Consumer.class));
            metrics = optionalStatic(toolkit.metrics(), loader,
                    MethodType.methodType(void.class, java.util.function.Supplier.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(Messages.cannotBindToolkitMethods(toolkit.name(), e.getMessage()), e);
        }
    }

    private Method instanceMethod(InstanceMethod wanted) throws NoSuchMethodException {
        for (Method method : targetClass.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && wanted.matches(method)) {
                return method;
            }
        }
        throw new NoSuchMethodException(Messages.noInstanceMethod(targetClass.getName(), wanted.toString()));
    }

    private MethodHandle optionalInstance(InstanceMethod wanted, MethodType type) throws ReflectiveOperationException {
        return wanted == null ? null : unreflect(instanceMethod(wanted)).asType(type);
    }

    private static MethodHandle optionalStatic(StaticMethod wanted, ClassLoader loader, MethodType type)
            throws ReflectiveOperationException {
        return wanted == null ? null : staticMethod(wanted, loader, type);
    }

    private static MethodHandle staticMethod(StaticMethod wanted, ClassLoader loader, MethodType type)
            throws ReflectiveOperationException {
        Class<?> owner = Class.forName(wanted.owner(), false, loader);
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(wanted.name()) && Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == type.parameterCount()) {
                return unreflect(method).asType(type);
            }
        }
        throw new NoSuchMethodException(Messages.noStaticMethod(wanted.owner(), wanted.name(), type.parameterCount()));
    }

    private static MethodHandle unreflect(Method method) throws IllegalAccessException {
        return MethodHandles.publicLookup().unreflect(method);
    }
}
