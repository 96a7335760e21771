package dev.memoria;

import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.attach.SelfAttach;
import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.cache.FunctionHandles;
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
        Caches.clear(CacheSpec.Kind.DATA);
    }

    /** Drops every {@link CacheResource} entry, releasing each one. */
    public static void clearResources() {
        Caches.clear(CacheSpec.Kind.RESOURCE);
    }

    /** Drops every entry of every cache. */
    public static void clearAll() {
        Caches.clearAll();
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
     * Attaches the Memoria agent to this JVM when it was started without {@code -javaagent}, and rewrites the cached
     * methods of classes already loaded. Does nothing when the agent already runs.
     *
     * <p>The agent jar is found through the system property {@code memoria.agent.jar} (or {@code MEMORIA_AGENT_JAR}),
     * on the class path, or in the local Maven repository. The JDK forbids a JVM to attach to itself, so a short-lived
     * helper JVM does it (as Byte Buddy's {@code ByteBuddyAgent.install()} does). On Java 21 and later the JVM prints a
     * warning about dynamically loaded agents unless started with {@code -XX:+EnableDynamicAgentLoading}; prefer
     * {@code -javaagent:memoria-agent.jar}, which needs neither.
     *
     * @throws IllegalStateException when the agent jar cannot be found or the attach fails, saying what to do
     */
    public static void install() {
        SelfAttach.install();
    }

    /** Whether the Memoria agent runs in this JVM. */
    public static boolean isInstalled() {
        return Agents.isInstalled();
    }
}
