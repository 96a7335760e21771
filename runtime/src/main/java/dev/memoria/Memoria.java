package dev.memoria;

import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.attach.SelfAttach;
import dev.memoria.internal.call.Engine;
import dev.memoria.internal.facade.FunctionHandles;
import dev.memoria.internal.policy.CacheSpec;

import java.util.List;

/**
 * Programmatic control of Memoria's caches, like {@code st.cache_data.clear()} and friends.
 *
 * <pre>{@code
 * Memoria.function(Reports.class, "load").clear(2024);   // drop one entry
 * Memoria.clearData();                                    // drop every @CacheData entry
 * System.out.println(Memoria.stats());
 * }</pre>
 */
public final class Memoria {

    private Memoria() {
    }

    /** Drops every {@link CacheData} entry, in memory and on disk. */
    public static void clearData() {
        Engine.jvm().caches().clear(CacheSpec.Kind.DATA);
    }

    /** Drops every {@link CacheResource} entry, releasing each one. */
    public static void clearResources() {
        Engine.jvm().caches().clear(CacheSpec.Kind.RESOURCE);
    }

    /** Drops every entry of every cache. */
    public static void clearAll() {
        Engine.jvm().caches().clearAll();
    }

    /**
     * A handle to a cached method.
     *
     * @param owner          the class declaring the method
     * @param method         the method name
     * @param parameterTypes the parameter types; may be omitted when the name is not overloaded
     * @throws IllegalArgumentException when no such cached method exists, naming the candidates
     */
    public static CachedFunction function(Class<?> owner, String method, Class<?>... parameterTypes) {
        return FunctionHandles.find(owner, method, parameterTypes);
    }

    /** Every cached method that has been called in this JVM, sorted by name. */
    public static List<CachedFunction> functions() {
        return FunctionHandles.all();
    }

    /** Statistics summed over every cached method. */
    public static CacheStats stats() {
        CacheStats total = CacheStats.empty("all cached methods");
        for (CachedFunction function : functions()) {
            total = total.plus(function.stats());
        }
        return total;
    }

    /**
     * Attaches the Memoria agent to this JVM when it was started without it, and rewrites the cached methods of
     * classes already loaded. Does nothing when the agent already runs ({@code -javaagent},
     * {@code Launcher-Agent-Class}, or an earlier call), or when caching is turned off ({@code memoria.disabled}).
     * Call it first thing in {@code main}.
     *
     * <p>The agent jar is found through the system property {@code memoria.agent.jar} (or {@code MEMORIA_AGENT_JAR}),
     * on the class path, or in the local Maven repository. The JDK forbids a JVM to attach to itself, so a short-lived
     * helper JVM does it (as Byte Buddy's {@code ByteBuddyAgent.install()} does).
     *
     * <p>Since Java 21 (JEP 451) the JDK prints a four-line warning when an agent is loaded into a running JVM; Memoria
     * prints, once and just before it, why and how to avoid it. Ways to start the agent without an attach, and so
     * without the warning: {@code -javaagent:/path/to/memoria-agent.jar}, or, for an application run with
     * {@code java -jar}, {@code Launcher-Agent-Class: dev.memoria.agent.MemoriaAgent} in the jar's manifest. To keep
     * the attach without the warning, put {@code -XX:+EnableDynamicAgentLoading} on the command line (in
     * {@code JAVA_TOOL_OPTIONS} the JDK still warns): then neither the JDK nor Memoria prints a word. A JVM run with
     * {@code -XX:-EnableDynamicAgentLoading} refuses the attach; install() then throws at once, starting no helper,
     * with a message that says so and lists the fixes.
     *
     * <p>Whether the application may run without its caches is the application's call. To run on, uncached, catch
     * the exception and print its message, which says it all:
     *
     * <pre>{@code
     * public static void main(String[] args) {
     *     try {
     *         Memoria.install();
     *     } catch (IllegalStateException e) {
     *         System.err.println(e.getMessage());   // cached methods run uncached
     *     }
     *     ...
     * }
     * }</pre>
     *
     * Left uncaught, the exception ends {@code main} as any other would: its message, then a short stack trace
     * through {@code main}.
     *
     * @throws IllegalStateException when the JVM forbids the attach, the agent jar cannot be found, or the attach
     *                               fails; the message says why and what to do
     */
    public static void install() {
        SelfAttach.install();
    }

    /** Whether the Memoria agent runs in this JVM. */
    public static boolean isInstalled() {
        return Agents.isInstalled();
    }
}
