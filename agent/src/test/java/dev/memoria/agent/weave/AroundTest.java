package dev.memoria.agent.weave;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Around} on bodies of every shape: what the woven method returns and throws, and what the calls see. */
class AroundTest {

    /** The woven calls: they log what they see; the enter returns {@link Skip} for a first argument of 99. */
    public static final class Calls {
        public static final List<String> LOG = new ArrayList<>();

        public static Object enter(Object[] args) {
            LOG.add("enter " + Arrays.toString(args));
            return args.length > 0 && Integer.valueOf(99).equals(args[0]) ? new Skip() : "call";
        }

        /** Replaces a returned 4 by a thrown exception, and a skipped body's value by 1,000. */
        public static Object exit(Object call, Object returned, Throwable thrown) {
            LOG.add("exit " + returned + " " + thrown);
            if (call instanceof Skip) {
                return returned == null ? 1000 : returned;
            }
            if (Integer.valueOf(4).equals(returned)) {
                throw new IllegalStateException("thrown by the exit");
            }
            return returned;
        }

        public static void observe(Object call, Object returned, Throwable thrown) {
            LOG.add("observed " + returned + " " + thrown);
        }
    }

    public static final class Skip {
    }

    /** Bodies with loops (frames at their first instruction), handlers, wide values and several returns. */
    public static final class Shapes {
        public static int runs;

        public static long wide(long a, double b, int c) {
            runs++;
            long sum = a;
            for (int i = 0; i < c; i++) {
                sum += (long) b;
            }
            return sum;
        }

        public static int caught(int x) {
            runs++;
            try {
                if (x < 0) {
                    throw new IllegalArgumentException("negative");
                }
                return x * 2;
            } catch (IllegalStateException | IllegalArgumentException e) {
                return -1;
            }
        }

        public static int loopFirst(int x) {
            while (x > 10) {
                x -= 10;
            }
            runs++;
            return x;
        }

        public String instance(String name, boolean loud) {
            runs++;
            return loud ? name.toUpperCase() : name;
        }

        public static void fails(int x) {
            runs++;
            throw new UnsupportedOperationException("body " + x);
        }

        public static void nothing() {
        }
    }

    private static final MethodInsnNode EXIT = exit("exit", Object.class);
    private static final MethodInsnNode OBSERVE = exit("observe", void.class);

    private static MethodInsnNode exit(String name, Class<?> returns) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, Type.getInternalName(Calls.class), name,
                "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Throwable;)" + Type.getDescriptor(returns), false);
    }

    private static Around.Advice advice(MethodInsnNode exit, String skipOn) {
        return new Around.Advice() {
            @Override
            public InsnList enter(MethodNode method) {
                InsnList code = Boxing.arguments(method);
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Type.getInternalName(Calls.class), "enter",
                        "([Ljava/lang/Object;)Ljava/lang/Object;", false));
                return code;
            }

            @Override
            public String skipOn() {
                return skipOn;
            }

            @Override
            public MethodInsnNode exit() {
                return exit;
            }
        };
    }

    private static Class<?> woven(Around.Advice advice) throws Exception {
        byte[] original;
        try (InputStream in = AroundTest.class.getResourceAsStream("AroundTest$Shapes.class")) {
            original = in.readAllBytes();
        }
        byte[] woven = Around.weave(original, (access, name, descriptor) -> name.startsWith("<") ? null : advice);
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(woven), AroundTest.class.getClassLoader(), false,
                new PrintWriter(problems));
        assertThat(problems.toString()).isEmpty();
        Calls.LOG.clear();
        return new ClassLoader(AroundTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(Shapes.class.getName(), woven, 0, woven.length);
            }
        }.define();
    }

    private static Object call(Class<?> type, Object receiver, String name, Object... args) throws Throwable {
        Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
        try {
            return method.invoke(receiver, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static int runs(Class<?> type) throws ReflectiveOperationException {
        return type.getField("runs").getInt(null);
    }

    @Test
    void theExitSeesWhatTheBodyReturnedAndItsValueIsReturned() throws Throwable {
        Class<?> shapes = woven(advice(EXIT, Type.getInternalName(Skip.class)));
        assertThat(call(shapes, null, "wide", 5L, 2.5, 3)).isEqualTo(11L);
        assertThat(call(shapes, null, "loopFirst", 25)).isEqualTo(5);
        Object instance = shapes.getConstructor().newInstance();
        assertThat(call(shapes, instance, "instance", "memo", true)).isEqualTo("MEMO");
        assertThat(Calls.LOG).containsExactly("enter [5, 2.5, 3]", "exit 11 null", "enter [25]", "exit 5 null",
                "enter [memo, true]", "exit MEMO null");
    }

    @Test
    void aSkippedBodyDoesNotRunAndTheExitSuppliesTheValue() throws Throwable {
        Class<?> shapes = woven(advice(EXIT, Type.getInternalName(Skip.class)));
        assertThat(call(shapes, null, "caught", 99)).isEqualTo(1000);
        assertThat(call(shapes, null, "loopFirst", 99)).isEqualTo(1000);
        assertThat(runs(shapes)).isZero();
        assertThat(call(shapes, null, "caught", 3)).isEqualTo(6);
        assertThat(runs(shapes)).isOne();
    }

    @Test
    void aThrowingBodyReachesTheExitAndItsExceptionPropagates() throws Throwable {
        Class<?> shapes = woven(advice(EXIT, null));
        assertThatThrownBy(() -> call(shapes, null, "fails", 7)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("body 7");
        assertThat(call(shapes, null, "caught", -5)).isEqualTo(-1);
        assertThat(Calls.LOG).containsExactly("enter [7]",
                "exit null java.lang.UnsupportedOperationException: body 7", "enter [-5]", "exit -1 null");
    }

    @Test
    void anExceptionOfTheExitIsNotCaughtByTheBodyNorSeenByTheExitAgain() throws Throwable {
        Class<?> shapes = woven(advice(EXIT, null));
        // the body returns 4 inside a try that catches IllegalStateException: the exit's exception must escape
        assertThatThrownBy(() -> call(shapes, null, "caught", 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("thrown by the exit");
        assertThat(Calls.LOG).containsExactly("enter [2]", "exit 4 null");
    }

    @Test
    void anObservingExitLeavesTheReturnedValueAlone() throws Throwable {
        Class<?> shapes = woven(advice(OBSERVE, null));
        assertThat(call(shapes, null, "wide", 1L, 1.0, 2)).isEqualTo(3L);
        assertThat(call(shapes, null, "caught", 2)).isEqualTo(4);
        call(shapes, null, "nothing");
        assertThat(Calls.LOG).containsExactly("enter [1, 1.0, 2]", "observed 3 null", "enter [2]", "observed 4 null",
                "enter []", "observed null null");
    }

    @Test
    void aMethodWithoutBodyIsRefused() throws IOException {
        byte[] original;
        try (InputStream in = Runnable.class.getResourceAsStream("Runnable.class")) {
            original = in.readAllBytes();
        }
        assertThatThrownBy(() -> Around.weave(original, (access, name, descriptor) -> advice(EXIT, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run()V has no body");
    }
}
