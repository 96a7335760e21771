package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.engine.Toolkits;
import dev.memoria.internal.replay.ReplayBinding;
import dev.memoria.internal.report.Reporter;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link ReplayBinding} of one toolkit in one class loader, calling the toolkit through the method handles of
 * its {@link UiToolkit} description. The handles are resolved on first use: the binding is installed while the target
 * class is being defined, before it can be looked up. A description the toolkit does not match is reported once, and
 * the toolkit then behaves as if unbound.
 */
final class HandleBinding implements ReplayBinding {

    private final UiToolkit toolkit;
    private final ClassLoader loader;
    private volatile ToolkitHandles handles;

    private HandleBinding(UiToolkit toolkit, ClassLoader loader) {
        this.toolkit = toolkit;
        this.loader = loader;
    }

    /**
     * Installs the binding of {@code toolkit} in {@code loader}. Here, not in {@link BindingTransformer}, which is
     * loaded in {@code premain}: verifying a {@code HandleBinding} handed over as a {@link ReplayBinding} loads the
     * latter.
     */
    static void install(UiToolkit toolkit, ClassLoader loader) {
        Toolkits.bind(new HandleBinding(toolkit, loader));
    }

    @Override
    public String toolkit() {
        return toolkit.name();
    }

    @Override
    public Object activeTarget() {
        ToolkitHandles h;
        try {
            h = handles();
        } catch (IllegalStateException unbound) {
            Reporter.jvm().once("bind " + toolkit.name(), unbound.getMessage());
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
            throw new IllegalStateException(Messages.notAFunnel(toolkit.targetClass(), method, toolkit.name(),
                    String.valueOf(toolkit.funnels())));
        }
        Object[] receiverAndArgs = new Object[args.length + 1];
        receiverAndArgs[0] = target;
        System.arraycopy(args, 0, receiverAndArgs, 1, args.length);
        return funnel.invokeWithArguments(receiverAndArgs);
    }

    @Override
    public List<String> recordedTypes() {
        return toolkit.recordedTypes();
    }

    @Override
    public String describe(Object target, String method, Object[] args) {
        return method.substring(0, method.indexOf('(')) + List.of(args) + " on " + target;
    }

    @Override
    public boolean isWidget(String method) {
        return handles().widgetFunnels.contains(method);
    }

    @Override
    public String widgetId(Object widget) {
        MethodHandle widgetId = handles().widgetId;
        return widgetId == null ? null : (String) call(widgetId, widget);
    }

    @Override
    public Object peek(Object target, Object widget) {
        MethodHandle peek = handles().peek;
        if (peek == null) {
            throw new UnsupportedOperationException(Messages.toolkitWithoutPeek(toolkit.name()));
        }
        return call(peek, target, widget);
    }

    @Override
    public boolean warn(Object target, String text) {
        MethodHandle warning = handles().warning;
        if (warning != null) {
            call(warning, target, text);
        }
        return warning != null;
    }

    @Override
    public AutoCloseable spinner(Object target, String text) {
        MethodHandle spinner = handles().spinner;
        return spinner == null ? null : (AutoCloseable) call(spinner, target, text);
    }

    @Override
    public String sessionId() {
        MethodHandle sessionId = handles().sessionId;
        return sessionId == null ? null : (String) call(sessionId);
    }

    @Override
    public void onSessionEnd(Consumer<String> listener) {
        MethodHandle sessionEnd = handles().sessionEnd;
        if (sessionEnd != null) {
            call(sessionEnd, listener);
        }
    }

    @Override
    public void addMetrics(Supplier<String> source) {
        MethodHandle metrics = handles().metrics;
        if (metrics != null) {
            call(metrics, source);
        }
    }

    private ToolkitHandles handles() {
        ToolkitHandles h = handles;
        if (h == null) {
            h = new ToolkitHandles(toolkit, loader);
            handles = h;
        }
        return h;
    }

    private static Object call(MethodHandle method, Object... args) {
        try {
            return method.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
