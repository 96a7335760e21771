package dev.memoria.agent.ui;

import dev.memoria.internal.replay.ReplayBinding;
import dev.memoria.internal.report.Reporter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ReplayBinding} of one toolkit in one class loader, calling the toolkit through method handles found by
 * the names of its {@link UiToolkit} description. The handles are looked up on first use: the binding is installed
 * while the target class is being defined, before it can be looked up.
 */
final class HandleBinding implements ReplayBinding {

    private final UiToolkit toolkit;
    private final ClassLoader loader;
    private volatile Handles handles;

    HandleBinding(UiToolkit toolkit, ClassLoader loader) {
        this.toolkit = toolkit;
        this.loader = loader;
    }

    @Override
    public String toolkit() {
        return toolkit.name();
    }

    @Override
    public Object activeTarget() {
        Handles h;
        try {
            h = handles();
        } catch (IllegalStateException unbound) {
            Reporter.once("bind " + toolkit.name(), unbound.getMessage());
            return null;
        }
        return (boolean) call(h.running) ? call(h.active) : null;
    }

    @Override
    public String rootName(Object target) {
        for (Map.Entry<String, MethodHandle> root : handles().roots.entrySet()) {
            if (call(root.getValue()) == target) {
                return root.getKey();
            }
        }
        return null;
    }

    @Override
    public Object root(String name) {
        MethodHandle root = handles().roots.get(name);
        return root == null ? null : call(root);
    }

    @Override
    public List<?> createdBy(String method, Object returned) {
        Class<?> targets = handles().targetClass;
        if (targets.isInstance(returned)) {
            return List.of(returned);
        }
        if (returned instanceof List<?> list && !list.isEmpty() && targets.isInstance(list.get(0))) {
            return list;
        }
        return List.of();
    }

    @Override
    public Object invoke(Object target, String method, Object[] args) throws Throwable {
        MethodHandle funnel = handles().funnels.get(method);
        if (funnel == null) {
            throw new IllegalStateException("A recording names " + toolkit.targetClass() + "." + method + ", which "
                    + toolkit.name() + "'s binding does not list among its funnel methods " + toolkit.funnelMethods());
        }
        Object[] receiverAndArgs = new Object[args.length + 1];
        receiverAndArgs[0] = target;
        System.arraycopy(args, 0, receiverAndArgs, 1, args.length);
        return funnel.invokeWithArguments(receiverAndArgs);
    }

    /** The packages of memoria-ui's element, layout and widget records, the arguments of its funnel methods. */
    @Override
    public List<String> recordedTypes() {
        return List.of("dev.memoria.ui.element.*", "dev.memoria.ui.layout.*", "dev.memoria.ui.widget.*");
    }

    @Override
    public String describe(Object target, String method, Object[] args) {
        return method.substring(0, method.indexOf('(')) + List.of(args) + " on " + target;
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            h = new Handles(toolkit, loader);
            handles = h;
        }
        return h;
    }

    private static Object call(MethodHandle staticMethod) {
        try {
            return staticMethod.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The toolkit's methods, resolved. */
    private static final class Handles {

        final Class<?> targetClass;
        final MethodHandle running;
        final MethodHandle active;
        final Map<String, MethodHandle> roots = new HashMap<>();
        final Map<String, MethodHandle> funnels = new HashMap<>();

        Handles(UiToolkit toolkit, ClassLoader loader) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                targetClass = Class.forName(toolkit.targetClass(), false, loader);
                running = staticMethod(lookup, toolkit.running(), loader, boolean.class);
                active = staticMethod(lookup, toolkit.active(), loader, Object.class);
                for (Map.Entry<String, String> root : toolkit.roots().entrySet()) {
                    roots.put(root.getKey(), staticMethod(lookup, root.getValue(), loader, Object.class));
                }
                for (String funnel : toolkit.funnelMethods()) {
                    int paren = funnel.indexOf('(');
                    MethodType type = MethodType.fromMethodDescriptorString(funnel.substring(paren), loader);
                    funnels.put(funnel, lookup.findVirtual(targetClass, funnel.substring(0, paren), type));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot bind the UI toolkit " + toolkit.name() + ": " + e
                        + ". Its calls inside cached methods are not replayed on hits.", e);
            }
        }

        private static MethodHandle staticMethod(MethodHandles.Lookup lookup, String reference, ClassLoader loader,
                                                 Class<?> returns) throws ReflectiveOperationException {
            int hash = reference.indexOf('#');
            Class<?> owner = Class.forName(reference.substring(0, hash), false, loader);
            String name = reference.substring(hash + 1);
            for (Method method : owner.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 0
                    && Modifier.isStatic(method.getModifiers())) {
                    return lookup.unreflect(method).asType(MethodType.methodType(returns));
                }
            }
            throw new NoSuchMethodException("public static " + reference + "()");
        }
    }
}
