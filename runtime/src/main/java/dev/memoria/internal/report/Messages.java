package dev.memoria.internal.report;

import java.util.List;

/**
 * The engine's messages to users, written in one place so that they read alike: what is wrong, why, and what to do.
 * Each method returns the text; the caller decides whether it is thrown (as a {@code CacheConfigurationException},
 * which adds the method's name) or reported once. Arguments are plain text, so every layer can use this class.
 */
public final class Messages {

    private static final String FIX_LINK = "Memoria never follows a symbolic link in a cache directory: set the cache"
            + " directory (-Dmemoria.cache.dir) to the real folder, or remove the link and let Memoria create a"
            + " folder.";

    private Messages() {
    }

    // ---- the public exceptions' texts (dev.memoria): each names the method, what happened and the ways out

    public static String invalidConfiguration(String method, String problem) {
        return "Invalid cache configuration on " + method + ": " + problem;
    }

    public static String recursiveCall(String method) {
        return method + " called itself with the same cache key while computing it. The inner call would wait for"
               + "\nthe outer one forever. Change the arguments of the recursive call, or leave the parameter that"
               + " makes\nthem equal out of @Unhashed.";
    }

    /**
     * @param annotation {@code @CacheData} or {@code @CacheResource}
     * @param call       the UI call, e.g. "show(Text[body=1]) on Container main.2 of session s1"
     */
    public static String replayClosure(String method, String annotation, String call) {
        return "While running " + method + ", a UI call was made on a container created outside the method:\n"
               + "    " + call + "\n"
               + "This is incompatible with replaying the cached effect of that call, because the referenced\n"
               + "container might not exist when the replay happens.\n"
               + "\n"
               + "How to fix this:\n"
               + "* Move the creation of that container inside " + method + ".\n"
               + "* Move the UI call outside of " + method + ", or make the container active around the cached call\n"
               + "  (container.enter() or container.run(...)) and draw with St.* inside: those calls replay into\n"
               + "  whatever container is active.\n"
               + "* Remove the " + annotation + " annotation from " + method + ".";
    }

    /**
     * @param offending the type inside the value that cannot be copied (the value's own type when it is that)
     * @param rootCause the first line of the innermost cause's message
     */
    public static String unserializableReturnValue(String method, String typeName, String offending,
                                                   String rootCause) {
        String inside = offending.equals(typeName) ? "" : ", which holds a " + offending + ",";
        return "Cannot cache the value returned by " + method + ": a " + typeName + inside
               + " cannot be copied (" + rootCause + ").\n"
               + "@CacheData stores a copy of the value and gives every caller a fresh copy, so the value must be\n"
               + "plain data. Either return data (records, collections, arrays, strings, numbers), or, if the value\n"
               + "is a resource meant to be shared (a connection, a client, a model), use @CacheResource instead:\n"
               + "it hands every caller the same object.";
    }

    /**
     * An argument that cannot be hashed into the key.
     *
     * @param method       the method with its parameter types, e.g. {@code example.Reports.load(Connection, int)}
     * @param index        the zero-based parameter index; {@code receiver} says it is the receiver instead
     * @param path         where the value sits inside the argument, e.g. {@code items[3].owner}; empty for the argument
     * @param hasher       the name a hasher of the type would have, e.g. {@code ConnectionHasher}
     * @param hashed       the type as source code names it, or {@code T} when it cannot be named
     * @param hasherFailed whether the user's Hasher produced the unhashable value
     */
    public static String unhashableParameter(String method, boolean receiver, int index, String name, String typeName,
                                             String path, String problem, boolean hasherFailed, String hasher,
                                             String hashed) {
        String where = receiver ? "the receiver 'this'" : "parameter " + index + " '" + name + "'";
        String inside = path.isEmpty() ? "" : " (at " + path + " inside the argument)";
        String leaveOut = receiver
                ? "declare the receiver parameter: method(@Unhashed " + simpleOwner(method) + " this, ...),\n"
                  + "     or make the method static"
                : "annotate the parameter: @Unhashed " + declaredType(method, index) + " " + name
                  + "  (or name it _" + name + " and compile with -parameters)";
        String header = "Cannot build the cache key of " + method + ":\n"
                        + where + " holds a value of type " + typeName + inside + ", and " + problem + ".\n\n";
        if (hasherFailed) {
            return header + "Fix the Hasher so that it returns a string, number, record or collection of those for"
                   + " every value it\nis given, or leave the argument out of the key: " + leaveOut + ".";
        }
        String unnameable = hashed.equals("T") ? "\n     where T is a named supertype of " + typeName
                + " (a local or anonymous class, which source code cannot name)" : "";
        return header + "Memoria hashes primitives and their boxes, strings, enums, records, arrays, lists, sets,"
               + " maps,\njava.time values, BigDecimal, BigInteger, UUID and Optional. Fix it in one of two ways:\n"
               + "  1. Leave it out of the key: " + leaveOut + ".\n"
               + "  2. Tell Memoria how to hash it: add hashers = " + hasher + ".class to the annotation, with\n"
               + "     class " + hasher + " implements Hasher<" + hashed + "> { public Object hash(" + hashed
               + " v) { return /* a string, number or record */; } }" + unnameable;
    }

    /**
     * The parameter's declared type as {@code method} lists it, simple name: {@code Object[]} for an array that holds
     * a {@code Date}; the annotation goes on the parameter, so it names the parameter's type, not its value's.
     */
    private static String declaredType(String method, int index) {
        String[] types = method.substring(method.indexOf('(') + 1, method.indexOf(')')).split(", ");
        String type = index < types.length ? types[index] : "";
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String simpleOwner(String method) {
        String owner = method.substring(0, method.lastIndexOf('.', method.indexOf('(')));
        return owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** A widget read with allowWidgets = true whose value cannot join the key. */
    public static String unhashableWidget(String method, String widget, String typeName, String problem) {
        String simpleType = typeName.substring(typeName.lastIndexOf('.') + 1).replace('$', '.');
        return "Cannot build the cache key of " + method + ": the widget " + widget + " it reads (allowWidgets ="
               + " true) has a value of type " + typeName + ", and " + problem + ". Give the widget options Memoria"
               + " can hash (strings, numbers, enums, records), add hashers = " + simpleType + "Hasher.class to the"
               + " annotation, or declare the method with allowWidgets = false.";
    }

    // ---- Memoria.install(): loading the agent into a running JVM

    /** Printed just before an attach the JDK will warn about, so that its warning does not come unexplained. */
    public static String beforeJdkAttachWarning(String agentJar, String agentClass) {
        return "Memoria.install() is loading the Memoria agent into this running JVM. Since Java 21 the JDK warns"
               + " whenever an agent is loaded this way, because a future release will refuse it by default (JEP"
               + " 451): the WARNING lines that follow are about Memoria, and caching works. To start without them,"
               + " do one of these:\n"
               + waysWithoutAttach(agentJar, agentClass)
               + "  - or keep install() and allow the attach with -XX:+EnableDynamicAgentLoading on the command line;"
               + " the JDK then says nothing.";
    }

    /** The message of the exception {@code Memoria.install()} throws when the JVM forbids the attach. */
    public static String attachForbidden(String agentClass) {
        return "Memoria.install() cannot load the Memoria agent: this JVM was started with"
               + " -XX:-EnableDynamicAgentLoading, which forbids loading an agent into a running JVM. Without the"
               + " agent, cached methods run uncached. To cache them, do one of these:\n"
               + waysWithoutAttach("/path/to/memoria-agent.jar", agentClass)
               + "  - or remove -XX:-EnableDynamicAgentLoading.";
    }

    private static String waysWithoutAttach(String agentJar, String agentClass) {
        return "  - start the JVM with -javaagent:" + agentJar + " (Memoria.install() then does nothing);\n"
               + "  - for an application started with java -jar, add the line \"Launcher-Agent-Class: "
               + agentClass + "\" to the jar's manifest (see the README, \"Executable jars\");\n";
    }

    /** @param setting the system property and environment variable that name the jar */
    public static String notAnAgentJar(String setting, String jar, String agentClass) {
        return setting + " names " + jar + ", which is not a Memoria agent jar (its manifest has no Agent-Class "
               + agentClass + ").";
    }

    public static String agentJarNotFound(String looked, String property, String environment) {
        return "Memoria.install() could not find memoria-agent.jar. It looked at: " + looked + ". Do one of these:\n"
               + "  - start the JVM with -javaagent:/path/to/memoria-agent.jar (preferred: no attach, no warning);\n"
               + "  - set -D" + property + "=/path/to/memoria-agent.jar (or " + environment + ");\n"
               + "  - depend on dev.memoria:memoria-agent with <classifier>all</classifier>, so the jar is on the class"
               + " path.";
    }

    public static String attachTimedOut(long seconds, String jar) {
        return "Attaching the Memoria agent took more than " + seconds + " s and was abandoned. Start the JVM with"
               + " -javaagent:" + jar + " instead.";
    }

    public static String attacherNotStarted(String java, String failure, String jar) {
        return "Could not start " + java + " to attach the Memoria agent (" + failure + "). Start the JVM with"
               + " -javaagent:" + jar + " instead.";
    }

    public static String attachInterrupted() {
        return "Interrupted while attaching the Memoria agent.";
    }

    /** @param output what the attacher process printed */
    public static String attachFailed(String output, String jar) {
        return "Attaching the Memoria agent failed: " + output + "\nThe JVM may lack the jdk.attach module (a JRE"
               + " rather than a JDK). Start it with -javaagent:" + jar + " instead.";
    }

    public static String agentBesideRuntime(String jar) {
        return "The Memoria agent attached but runs beside, not with, these classes: Memoria's runtime was loaded by"
               + " a class loader the agent does not use. Put memoria-agent.jar and memoria-runtime on the same class"
               + " path, or start with -javaagent:" + jar + ".";
    }

    // ---- Memoria.function(...): a cached method named in code

    /** @param cachedMethods the owner's cached methods, listed for the reader */
    public static String noSuchMethod(String owner, String method, String cachedMethods) {
        return owner + " declares no method " + method + ". Its cached methods: " + cachedMethods + ".";
    }

    /** @param overloads each overload with its parameter types; {@code example} the call that picks the first */
    public static String overloaded(String method, String overloads, String example) {
        return method + " is overloaded: " + overloads + ". Pass the parameter types, e.g. " + example + ".";
    }

    public static String notCached(String method) {
        return method + " is not a cached method. Annotate it with @CacheData or @CacheResource (or name it in the"
               + " rules file), and run with the Memoria agent.";
    }

    public static String receiverMissing(String method) {
        return method + " is an instance method: pass the receiver first, then the arguments, e.g. clear(instance,"
               + " ...) or explain(instance, ...).";
    }

    public static String wrongArgumentCount(String method, int expected, boolean isStatic, String call, int given) {
        return method + " takes " + expected + " argument(s)" + (isStatic ? "" : " after the receiver") + " but "
               + call + " got " + given + ". Pass them exactly as in the call (a varargs parameter as one array).";
    }

    /** @param given {@code null}, or {@code a <class name>} */
    public static String wrongArgumentType(int index, String call, String given, String method, String type) {
        return "Argument " + index + " of " + call + " is " + given + " but " + method + " takes a " + type
               + " there; it could never match a stored key.";
    }

    // ---- sizes and durations written as text (attributes, settings)

    public static String notASize(String text, String why) {
        return "\"" + text + "\" is not a size: " + why + ". Use a number with a binary unit such as \"512MB\","
               + " \"2GiB\" or \"64k\"";
    }

    public static String notADuration(String text, String why) {
        return "\"" + text + "\" is not a duration: " + why + ". Use a sum of terms such as \"90s\", \"10m\","
               + " \"1h30m\", \"1.5 days\" or \"1 day 23hr 45minutes\" (units: w, d, h, m, s, ms, us, ns), a clock"
               + " time such as \"01:30:00\", or ISO-8601 such as \"PT1H\"";
    }

    // ---- binding a cached method's site at its first call

    public static String cannotCacheIn(String className, String why) {
        return "Cannot cache a method of " + className + ": " + why + " It runs uncached.";
    }

    public static String cannotCache(String method, String why) {
        return "Cannot cache " + method + ": " + why + " It runs uncached.";
    }

    public static String uncachedInClassInitializer(String why) {
        return why + "\nThis call came from a class initializer, where an exception would leave the class unusable"
               + " for the rest of the run, so it ran uncached instead.";
    }

    // ---- why a value cannot be hashed: clauses after "holds a value of type T, and" (unhashableParameter)

    public static String noHashingRule() {
        return "Memoria has no rule for hashing it";
    }

    public static String lambdaArgument() {
        return "it is a lambda or method reference, which has no value to compare and no identity that outlives the"
               + " run";
    }

    public static String proxyArgument() {
        return "it is a proxy (java.lang.reflect.Proxy), which Memoria has no rule for hashing";
    }

    public static String threadArgument() {
        return "a thread has no value to compare and no identity that outlives the run";
    }

    public static String consumableArgument() {
        return "reading it to hash it would use it up";
    }

    public static String recordNotReadable(String failure) {
        return "Memoria may not read its components (" + failure + "); open its package to Memoria";
    }

    public static String accessorThrew(String component, String failure) {
        return "its accessor " + component + "() threw " + failure;
    }

    public static String nestedTooDeepToHash(int maxDepth) {
        return "it is nested more than " + maxDepth + " levels deep, deeper than Memoria follows";
    }

    // ---- hashers named by hashers = ...

    public static String hasherWithoutTypeArgument(String hasher) {
        return "Memoria cannot tell which type the Hasher " + hasher + " handles: it implements Hasher without a type"
               + " argument (a raw type or a lambda). Name the type in a class declaration: class FooHasher implements"
               + " Hasher<Foo> { ... }.";
    }

    public static String hasherWithUnboundVariable(String hasher, String variable, String simpleName) {
        return "Memoria cannot tell which type the Hasher " + hasher + " handles: it leaves the type variable "
               + variable + " of its Hasher<" + variable + "> unbound. Bind it in a class declaration: class"
               + " FooHasher extends " + simpleName + "<Foo> { }.";
    }

    public static String hasherNotAHasher(String hasher) {
        return "hasher " + hasher + " does not implement dev.memoria.Hasher.";
    }

    public static String hasherWithoutConstructor(String hasher) {
        return "hasher " + hasher + " has no constructor without parameters; add one.";
    }

    public static String hasherConstructorThrew(String hasher, String failure) {
        return "the constructor of hasher " + hasher + " threw " + failure;
    }

    public static String callbackOnInstance(String attribute, String callback, String method) {
        return attribute + " method " + callback + " is an instance method but " + method + " is static; make "
               + callback + " static.";
    }

    public static String noSuchCallback(String attribute, String callback, String valueType, String owner) {
        return attribute + " = \"" + callback + "\" names no method " + callback + "(" + valueType + ") in " + owner
               + ".";
    }

    public static String callbackThrew(String attribute, String method, String failure) {
        return attribute + " of " + method + " threw " + failure;
    }

    public static String noUiSession(String method, String thread) {
        return method + " has scope = SESSION, but thread '" + thread + "' does not run for a UI session. Session"
               + " caches exist only while a UI session runs its app code; call the method from there, or use scope ="
               + " GLOBAL.";
    }

    public static String computationAbandoned(String method) {
        return "The computation of this call of " + method + " was abandoned (its cache was cleared); call it again.";
    }

    public static String notCachedTooLarge(String method, String why) {
        return "The value " + method + " returned was not cached: " + why + ". Each call computes it again.";
    }

    /** Streamlit's CachedElementsInBackgroundRefreshWarning, under its name. */
    public static String elementsInBackgroundRefresh(String method) {
        return "CachedElementsInBackgroundRefreshWarning: " + method + " draws UI elements, but with refresh ="
               + " BACKGROUND they are not replayed on hits (a refresh runs outside any page). Draw them outside the"
               + " cached method, or use refresh = FOREGROUND.";
    }

    public static String nullFuture(String method) {
        return method + " returned null instead of a future, so there was nothing to cache. Return a future,"
               + " CompletableFuture.completedFuture(null) for no value";
    }

    /** Streamlit's CachedWidgetWarning: shown on the page when the toolkit can, else reported once. */
    public static String widgetInCachedMethod(String method, String annotation, String widgetCall) {
        return "Your app reads a widget inside the cached method " + method + " (" + annotation + "): " + widgetCall
               + ". The method's body runs only on a cache miss and the widget's value is not part of its key, so"
               + " changing the widget does not recompute the result. To fix this, move the widget call out of the"
               + " cached method and pass its value as an argument, or declare the method with allowWidgets = true"
               + " so that widget values become part of its key.";
    }

    /** What memoria.explain prints on a new code version's first miss; {@code changes} one line each. */
    public static String newCodeVersion(String method, String where, String older, List<String> changes) {
        return method + " starts a new code version (the one " + where + " was " + older + "); what changed:\n  "
               + String.join("\n  ", changes);
    }

    public static String changeUnknown() {
        return "(what changed is unknown: the older version was woven without a manifest)";
    }

    // ---- why a stored entry cannot serve its caller: clauses after "A cached entry of <method>" (staleEntry)

    public static String holdsUndeclaredType(String className, String method) {
        return "holds a " + className + ", which is not among the types " + method + " declares: a value read back"
               + " from disk must be of its method's declared return type and may only contain the classes that type"
               + " names (with their fields), and JDK value types. Declare the concrete type, or make the interface"
               + " sealed";
    }

    public static String unreadable(String failure) {
        return "could not be read back: " + failure;
    }

    /** What explain shows instead of {@link #unreadable}: the failure's message may quote the value. */
    public static String unreadableAs(String failureClass) {
        return "could not be read back (" + failureClass + ")";
    }

    public static String holdsDamagedRecording(String why) {
        return "holds a recording of UI calls that " + why;
    }

    public static String fromAnotherLoader(String className) {
        return "holds a " + className + " from another class loader";
    }

    // ---- a method cached by a rules file only: its failures run uncached and speak of the rule, not of annotations
    // (the method is often a library's, whose code the reader cannot change)

    /** @param rule e.g. {@code the rule at memoria.rules:3} */
    public static String ruleCallUnserializable(String method, String typeName, String why, String rule) {
        return method + " returned a " + typeName + ", which Memoria cannot store as a copy (" + why + "). Such calls"
               + " run uncached and return their own value; this is reported once per method and type. If the value"
               + " is meant to be shared, make " + rule + " a resource rule; else narrow its pattern so that it leaves"
               + " this method out.";
    }

    public static String ruleCallRecursive(String method, String rule) {
        return method + " called itself with the same arguments while computing them, so the inner call ran uncached"
               + " (a cached one would wait for itself). If the arguments that make the calls equal do not matter,"
               + " leave them out of the key with unhashed= on " + rule + ".";
    }

    public static String ruleCallFailed(String method, String failure, String rule) {
        return "A call of " + method + " ran uncached: Memoria could not cache it (" + failure + "). This is reported"
               + " once per method and problem; the other calls stay cached. If it keeps happening, narrow " + rule
               + " so that it leaves this method out.";
    }

    /**
     * @param where     e.g. {@code its parameter 1 'conn'}; {@code inside} where in the argument, or ""
     * @param leaveOut  the attribute that leaves it out, e.g. {@code unhashed=conn}
     * @param hasherOf  the Hasher interface to implement, e.g. {@code Hasher<Connection>}
     */
    public static String ruleCallUnhashable(String method, String where, String typeName, String inside,
                                            String problem, String rule, String leaveOut, String hasherOf) {
        return method + " ran a call uncached: " + where + " held a " + typeName + inside + ", and " + problem + "."
               + " Calls with such arguments run uncached and the others stay cached; this is reported once per"
               + " method and type. To cache them too, change " + rule + ": leave the argument out of the key with "
               + leaveOut + ", or add hashers= naming a class that implements dev.memoria." + hasherOf + ".";
    }

    // ---- opening a method's disk or off-heap store; each ends with what happens meanwhile

    public static String moduleAccessRefused(String failure, String jvmFlags) {
        return "Memoria could not open the JDK packages its disk and off-heap caches need: " + failure + ". Memory"
               + " caching is not affected; for the others add the JVM options " + jvmFlags;
    }

    public static String chronicleWithoutAccess(String missing, String jvmFlags, String method) {
        return "The disk and off-heap caches use Chronicle Map, which needs access to JDK internals that this JVM does"
               + " not grant (" + missing + "). Run with the Memoria agent (-javaagent:memoria-agent.jar), which"
               + " grants it, or add these JVM flags: " + jvmFlags + ". Until then " + method + " and other such"
               + " caches keep their entries in memory.";
    }

    /** @param why the UntrustedDirectoryException's message, which says what is wrong and the fix */
    public static String untrustedStore(String why, String method) {
        return why + " Until then " + method + " and the other methods stored there keep their entries in memory.";
    }

    public static String diskFullAtOpen(String why, String method) {
        return "The disk cache could not open: " + why + ". Until the next run with room on the disk, " + method
               + " and the other methods stored there keep their entries in memory; no stored entry is lost.";
    }

    /** @param store e.g. {@code disk cache in /home/a/.memoria} or {@code off-heap cache} */
    public static String storeUnopened(String store, String method, String failure) {
        return "Could not open the " + store + " for " + method + " (" + failure + "); its entries are kept in memory.";
    }

    public static String storeFailed(String store, String method, String failure) {
        return "The " + store + " cache of " + method + " failed (" + failure + "); its entries are kept in memory from"
               + " now on.";
    }

    // ---- the disk cache: its folders and files must be this user's alone (DirectoryTrust)

    public static String cacheFolderIsLink(String folder, String target) {
        return "The cache folder " + folder + " is a symbolic link (to " + target + "). " + FIX_LINK;
    }

    public static String cacheFolderNotAFolder(String folder) {
        return "The cache folder " + folder + " is not a folder. Remove it, or set the cache directory"
               + " (-Dmemoria.cache.dir) elsewhere.";
    }

    public static String cacheFolderWritableByOthers(String folder, String mode) {
        return "The cache folder " + folder + " can be written by other users (mode " + mode + "), who could plant"
               + " entries this application would serve as its own. Fix: chmod go-w " + folder + " (Memoria creates"
               + " it as rwx------), or set the cache directory elsewhere.";
    }

    public static String cacheFileNotRegular(String file, boolean link) {
        return "The cache file " + file + " is " + (link ? "a symbolic link. " + FIX_LINK
                : "not a regular file. Remove it; Memoria creates it again.");
    }

    public static String cacheFileOpenToOthers(String file, String mode) {
        return "The cache file " + file + " is open to other users (mode " + mode + "). Fix: chmod 600 " + file
               + ", or delete it and let Memoria create it again (its entries are then recomputed).";
    }

    /** @param what {@code folder} or {@code file} */
    public static String cachePathOfAnotherUser(String what, String path, String owner, String user) {
        return "The cache " + what + " " + path + " is owned by " + owner + ", not by " + user + ", the user this"
               + " application runs as, so " + owner + " could plant entries it would serve. Fix: chown " + user + " "
               + path + " (as root), or set the cache directory (-Dmemoria.cache.dir) to a folder of " + user + ".";
    }

    public static String cacheSecretDamaged(String file, long size, int expected) {
        return "The cache secret " + file + " holds " + size + " bytes, not " + expected + ": it was damaged. Delete"
               + " it; the entries it authenticated will be recomputed.";
    }

    public static String versionOfAnotherMethod(String versionFile, String method) {
        return versionFile + " describes " + method + ", which is not the method of its folder: it was moved or"
               + " altered";
    }

    /** The cache directory tool's (and explain's) read of a disk cache. */
    public static String readWithoutAccess(String missing, String jvmFlags) {
        return "Reading the cache needs JVM access to JDK internals (" + missing + "): run with the Memoria agent,"
               + " or add " + jvmFlags;
    }

    // ---- the disk cache: its disk is full

    /** @param what what needed the room, e.g. {@code writing an entry of m} */
    public static String diskFull(String directory, String what, long bytes, long margin, long usable) {
        return "the disk holding " + directory + " is full: " + what + " needs " + bytes + " bytes plus " + margin
               + " kept free for the index, and " + usable + " bytes are free";
    }

    public static String diskFullFailure(String directory, String what, String failure) {
        return "the disk holding " + directory + " is full: " + what + " failed (" + failure + ")";
    }

    /** {@code what} for {@link #diskFullFailure} when the index's mapped memory faulted. */
    public static String writingIntoIndex(String method) {
        return "writing an entry of " + method + " into its index, which is recovered when no JVM has it open,";
    }

    public static String notStoredDiskFull(String method, String why) {
        return "An entry of " + method + " was not stored on disk because " + why + ". It is kept in memory; entries"
               + " that do not fit are not stored on disk until there is room again, and no stored entry is lost.";
    }

    // ---- the disk cache: damaged entries; the clauses say what is wrong with an entry ("it ..."/"its ...")

    public static String entryDropped(String method, String why) {
        return "A stored entry of " + method + " was dropped because " + why + "; it will be recomputed.";
    }

    public static String indexReplaced(String method, String file, String damage) {
        return "The index of the stored entries of " + method + " (" + file + ") was damaged (" + damage + ") and"
               + " has been replaced by an empty one; those entries will be recomputed.";
    }

    public static String failsAuthentication() {
        return "it fails its authentication: it was altered, or moved there from another argument key, method, code"
               + " version or cache directory";
    }

    public static String failsChecksum() {
        return "its index record fails its checksum";
    }

    public static String unknownRecordFormat() {
        return "its index record has an unknown format";
    }

    public static String earlierFormat(int format) {
        return "it was stored in format " + format + " by an earlier Memoria, whose entries this version does not"
               + " read";
    }

    public static String recordTruncated() {
        return "its index record is truncated";
    }

    public static String blobWrongSize(long size, long expected) {
        return "its blob file holds " + size + " bytes, not " + expected;
    }

    public static String blobMissing(String file) {
        return "its blob file " + file + " is missing";
    }

    public static String lengthsDisagree() {
        return "its record is truncated or its lengths disagree";
    }

    public static String bufferTooLarge(long bytes) {
        return "its record names a buffer of " + bytes + " bytes";
    }

    // ---- the shared store's entries: clauses after remoteBadEntry's "was dropped because"

    public static String remoteHeadInconsistent() {
        return "its head is truncated or its lengths disagree";
    }

    public static String remoteUnknownFormat() {
        return "it is not in a format this Memoria writes";
    }

    public static String remoteHeadTruncated() {
        return "its head is truncated";
    }

    public static String remoteChunkWrongLength() {
        return "a chunk of its payload has the wrong length";
    }

    public static String remoteFailsAuthentication() {
        return "it fails its authentication: it was altered, or moved there from another argument key, method or code"
               + " version, or written under another secret";
    }

    public static String remoteUnusable(String address, String why) {
        return "The shared store at " + address + " cannot be used: " + why + ".";
    }

    /** Added to a shared store failure that speaks of credentials. */
    public static String checkCredentials() {
        return "; check the user and password in memoria.remote and the user's ACL";
    }

    // ---- the memory budget (memoria.maxMemory)

    public static String budgetRejected(String setting, String why, int defaultPercent) {
        return "The memory budget memoria.maxMemory = \"" + setting + "\" cannot be used: " + why + ". Memoria keeps"
               + " the default, " + defaultPercent + "% of the maximum heap. Write a size such as 512MB or a share of"
               + " the heap such as 25% (in -Dmemoria.maxMemory, MEMORIA_MAX_MEMORY or the agent option"
               + " maxMemory=).";
    }

    public static String notAPercentage(String text) {
        return "'" + text + "' is not a number followed by %";
    }

    public static String shareOutOfRange() {
        return "a share of the heap must be more than 0% and at most 100%";
    }

    /** @param budget and {@code held} formatted sizes; {@code origin} how the budget was set */
    public static String budgetReached(String budget, String origin, String largest, String held) {
        return "The cached values in memory reached Memoria's budget of " + budget + " (" + origin + "). To stay"
               + " within it, Memoria now evicts the least used entries of the caches that hold the most, starting"
               + " with " + largest + " (" + held + "); evictions count in Memoria.stats(). To keep more, raise the"
               + " budget with -Dmemoria.maxMemory (a size such as 1GB, or a share of the heap such as 50%),"
               + " MEMORIA_MAX_MEMORY or the agent option maxMemory=; to hold less of one method, give it maxEntries"
               + " or maxSize.";
    }

    // ---- copying values (@CacheData): why a value cannot be copied or read back

    public static String hiddenClass() {
        return "it is a hidden class (a lambda's, for one), which has no name to find it by again, so a copy could"
               + " not hold the class itself";
    }

    public static String resourceNotData(String resource) {
        return "it is a " + resource + ", a resource rather than data";
    }

    /** @param subject the value, as copy messages name it */
    public static String nestedTooDeep(String subject, int maxDepth) {
        return subject + " is nested deeper than " + maxDepth + " levels, the most Memoria reads back. Store a"
               + " flatter form, such as a list instead of a linked chain";
    }

    public static String overflowedCopyThread(String subject) {
        return subject + " overflowed the stack of its copy thread";
    }

    public static String overflowedStack(String subject, long stackMiB) {
        return subject + " overflowed a stack of " + stackMiB + " MiB: it is nested deeper than Memoria can copy"
               + " (StackOverflowError). Store a flatter form, such as a list instead of a linked chain";
    }

    public static String outOfMemory(String subject, String failure, long maxHeapMiB) {
        return subject + " ran out of memory (" + failure + "; the heap may grow to " + maxHeapMiB + " MiB): the value"
               + " is too large to copy here. Raise -Xmx, or return less";
    }

    // ---- UI calls recorded with an entry

    public static String recordedArgumentsNotData(String toolkit, String method, String type, String why) {
        return "The UI calls of a cached method cannot be stored with its entry: the arguments of " + toolkit + "'s "
               + method + " hold a " + type + ", which is not plain data (" + why + "). A toolkit's binding must"
               + " record calls whose arguments are records of plain data.";
    }

    /** A clause after "holds a recording of UI calls that". */
    public static String recordedClassNotAllowed(String className, String toolkit, String method, String allowed) {
        return "names " + className + " in the arguments of " + toolkit + "'s " + method + ", which is not among the"
               + " classes the " + toolkit + " binding records " + allowed + " (and JDK value types): the cache file"
               + " was altered, or written by a version of " + toolkit + " that draws with other classes. If "
               + toolkit + " draws with " + className + ", add it to its binding's recordedTypes()";
    }

    public static String bindingWithoutPeek(String toolkit) {
        return toolkit + "'s binding names no method to read a widget's value";
    }

    // ---- woven classes

    public static String otherSiteFormat(String found, String expected) {
        return "The class was woven by another Memoria version (site format '" + found + "', this runtime reads '"
               + expected + "'). Rebuild it with this version.";
    }

    // ---- entries and their life

    public static String backgroundRefreshFailed(String method, String failure, long cooldownSeconds) {
        return "A background refresh of " + method + " threw " + failure + ". The stale value is served until its"
               + " maxStale ends; the next refresh of that entry starts " + cooldownSeconds + " s after this failure"
               + " at the earliest.";
    }

    public static String onReleaseFailed(String method, String failure) {
        return "onRelease of " + method + " threw " + failure + "; the entry was removed anyway.";
    }

    /** A value that cannot serve its caller: not its method's declared type, from another class loader, unreadable. */
    public static String staleEntry(String method, String why) {
        return "A cached entry of " + method + " " + why + "; it was dropped and will be recomputed.";
    }

    /**
     * What {@code explain} says of an entry dropped as damaged ({@code Explanation.Cause.DAMAGED}): where it was read
     * from and what was wrong, never its bytes.
     *
     * @param where the tier, e.g. {@code disk}
     * @param why   what was wrong, a clause about the entry, e.g. {@code it fails its authentication}
     */
    public static String damagedEntry(String where, String why) {
        return "read from " + where + ", " + why;
    }

    public static String clearFailed(String method, String directory, String failure) {
        return "Could not clear the stored entries of " + method + " in " + directory + " (" + failure + ").";
    }

    // ---- UI toolkits

    public static String toolkitWithoutWidgetIds(String toolkit) {
        return "The UI toolkit " + toolkit + " is bound without a way to identify widgets, so allowWidgets = true"
               + " cannot make widget values part of a key. Name a widget-id method in the toolkit's [ui] section of"
               + " the rules file.";
    }

    // ---- cache attributes: checked where an annotation, a rules file or a site descriptor is read

    public static String maxEntriesKeepsNothing(long maxEntries) {
        return "maxEntries = " + maxEntries + " would keep nothing. Use a positive bound, or -1 (the default) for no"
               + " bound.";
    }

    public static String ttlExpiresAtOnce(String ttl) {
        // like maxEntries = 0: a bound that keeps nothing is a mistake, not a way to turn caching off
        return "ttl = \"" + ttl + "\" would expire every entry as soon as it is stored. Use a positive duration such"
               + " as \"10m\", or leave ttl out (the default) for no expiry.";
    }

    /** {@code why} comes from the duration or size parser: the value and what is wrong with it. */
    public static String badValue(String attribute, String why) {
        return attribute + " " + why + ".";
    }

    public static String maxStaleServesNothing(String maxStale) {
        return "maxStale \"" + maxStale + "\" would serve no stale entry. Give a positive duration such as \"5m\", or"
               + " \"\" for as long as the ttl.";
    }

    public static String emptyHasherName() {
        return "a hasher class name is empty.";
    }

    public static String notAMethodName(String attribute, String value) {
        return attribute + " = \"" + value + "\" is not a method name. Give the name of a method of the same class,"
               + " without parentheses.";
    }

    /**
     * An attribute that only the other annotation declares.
     *
     * @param setting    the attribute as written, e.g. {@code persist = DISK}
     * @param annotation the annotation it was given for, e.g. {@code @CacheResource}
     * @param onlyOn     the annotation that declares it
     * @param because    why the given annotation cannot take it
     */
    public static String notOn(String setting, String annotation, String onlyOn, String because) {
        if (onlyOn.equals("@CacheResource")) {
            return setting + " is only supported on @CacheResource: " + because + ".";
        }
        return setting + " is not supported on " + annotation + ": " + because + ". Use " + onlyOn
               + " if the value is plain data.";
    }

    /** A value of the wrong Java type: only a site descriptor or a build tool of another version writes one. */
    public static String wrongForm(String attribute, String value, String form) {
        return attribute + " = " + value + " is not a " + form.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
               + " value. Rebuild the class with this Memoria version.";
    }

    public static String unknownAttribute(String name, String annotation) {
        return annotation + " has no attribute '" + name + "'. This class was woven by another Memoria version:"
               + " rebuild it with this version.";
    }

    public static String sessionOnDisk() {
        return "scope = SESSION with persist = DISK: session caches end with their session, so there is nothing to"
               + " keep on disk. Drop one of the two.";
    }

    public static String sessionShared() {
        return "scope = SESSION with persist = REMOTE: session caches belong to one user's session in one JVM, so"
               + " there is nothing to share with other JVMs. Drop one of the two.";
    }

    public static String offHeapShared() {
        return "offHeap = true with persist = REMOTE: a shared entry is kept in the heap's memory tier in front of the"
               + " shared store. Drop offHeap, or use persist = NONE or DISK.";
    }

    public static String maxStaleWithoutBackground(String maxStale) {
        return "maxStale = \"" + maxStale + "\" only applies with refresh = BACKGROUND, which serves stale entries"
               + " while refreshing them. Add refresh = BACKGROUND, or remove maxStale.";
    }

    /** Streamlit's rule: a background refresh needs a ttl to know when an entry turns stale. */
    public static String backgroundWithoutTtl() {
        return "refresh = BACKGROUND requires a ttl: an entry turns stale, and is refreshed in the background, once"
               + " its ttl has passed. Add a ttl such as ttl = \"10m\", or use refresh = FOREGROUND.";
    }

    // ---- the shared tier (persist = REMOTE); addresses are shown without their password

    public static String remoteUnavailable(String why, String method) {
        return why + ". Until then " + method + " and the other persist = REMOTE methods cache in memory only.";
    }

    public static String remoteNoAddress() {
        return "No shared store is configured. Set memoria.remote (agent option remote=, or MEMORIA_REMOTE) to"
               + " redis://host:port or redis-cluster://host:port,host:port";
    }

    public static String remoteBadAddress(String redactedAddress, String problem) {
        return "The shared store address " + redactedAddress + " (setting memoria.remote, agent option remote=, or"
               + " MEMORIA_REMOTE) cannot be used: " + problem + ". Write redis://[user:password@]host:port[/db],"
               + " rediss://... for TLS, or redis-cluster://host:port,host:port,... (rediss-cluster:// with TLS)";
    }

    public static String remoteNoSecret(int minimumBytes) {
        return "The shared store needs a secret that authenticates its entries, and none is set. Set"
               + " memoria.remote.secret (or MEMORIA_REMOTE_SECRET) to the same random text of at least "
               + minimumBytes + " characters in every JVM that shares the store, or memoria.remote.secretFile to a"
               + " file holding it";
    }

    public static String remoteSecretFileUnreadable(String file, String failure) {
        return "The secret file " + file + " (memoria.remote.secretFile) cannot be read (" + failure + "). Make it"
               + " readable by this process, or set memoria.remote.secret instead";
    }

    public static String remoteSecretTooShort(String source, int minimumBytes) {
        return "The shared store's secret (" + source + ") is shorter than " + minimumBytes + " bytes, too short to"
               + " keep others from forging entries. Use a random text of at least " + minimumBytes + " characters,"
               + " the same in every JVM that shares the store";
    }

    public static String remoteOutage(String address, String failure) {
        return "The shared store at " + address + " failed (" + failure + "). REMOTE methods keep caching in memory"
               + " and reconnect by themselves; nothing is shared until then.";
    }

    public static String remoteBack(String address) {
        return "The shared store at " + address + " answers again; REMOTE methods share their entries again.";
    }

    public static String remoteBadEntry(String method, String why) {
        return "A shared entry of " + method + " was dropped because " + why + "; it will be recomputed.";
    }

    // ---- declared inputs (inputs = ...): checked with the other attributes; see docs/inputs.md

    public static String inputListedTwice(String input) {
        return "inputs lists \"" + input + "\" twice. Keep one.";
    }

    public static String inputWithoutPrefix(String input, String prefix) {
        return "inputs value \"" + input + "\" has " + (prefix.isEmpty() ? "no prefix" : "the unknown prefix \""
               + prefix + "\"") + ". Start it with env: (an environment variable), property: (a system property) or"
               + " file: (a file or a glob), e.g. \"env:REGION\" or \"file:data/sales.csv\".";
    }

    /** @param what what the prefix names, e.g. "environment variable"; {@code example} a valid name */
    public static String inputWithoutName(String input, String prefix, String what, String example) {
        return "inputs value \"" + input + "\" names nothing after " + prefix + ". Write the " + what + " after it,"
               + " e.g. \"" + prefix + example + "\".";
    }

    public static String inputNameSpaced(String input, String trimmed) {
        return "inputs value \"" + input + "\" has spaces around the name. Remove them: \"" + trimmed + "\".";
    }

    public static String inputNameInvalid(String input, String what) {
        return "inputs value \"" + input.replaceAll("\\p{Cntrl}", "?") + "\" is not a valid " + what + " name"
               + " (it holds a control character, or an environment variable name holds '='). Fix the name.";
    }

    public static String globTooLong(String input, int maxLength) {
        return "inputs value \"" + input + "\" is a glob longer than " + maxLength + " characters. Shorten it, or"
               + " declare the files one by one.";
    }

    public static String globLeavesItsDirectory(String input) {
        return "inputs value \"" + input + "\" has a \"..\" segment after its first wildcard, which would reach"
               + " outside the directory the glob searches. Put every \"..\" before the wildcards, e.g."
               + " \"file:../data/**/*.csv\".";
    }

    public static String globTooManyWildcards(String input, int maxWildcards) {
        return "inputs value \"" + input + "\" has more than " + maxWildcards + " wildcards (*, **, ?), which can"
               + " make matching slow on long paths. Use fewer, e.g. \"file:data/**/*.csv\".";
    }

    public static String globInvalid(String input, String why) {
        return "inputs value \"" + input + "\" is not a valid glob: " + why + ". Fix the pattern (*, **, ?, [abc]"
               + " and {a,b} are allowed).";
    }

    /** Reported once, at run time, for a glob whose tree is too large to list on every call. */
    public static String globTooLarge(String input, int maxEntries, String directory) {
        return "The declared input file:" + input + " walks more than " + maxEntries + " entries under " + directory
               + ", so its cached method cannot key them and recomputes on every call. Narrow the glob to a"
               + " smaller directory.";
    }

    // ---- hidden inputs: reported when a method is woven

    /**
     * @param method  the cached method, as messages name it
     * @param reads   one line per hidden read: what, where, and the call path
     * @param example a declaration that would key one of them, e.g. {@code inputs = "env:REGION"}
     */
    public static String hiddenInputs(String method, List<String> reads, String example) {
        boolean one = reads.size() == 1;
        return method + " reads " + (one ? "an input" : "inputs") + " that its cache key cannot see, so a cached"
               + " result can outlive a change of " + (one ? "it" : "them") + ":\n" + String.join("\n", reads)
               + "\nPass each value as an argument; or declare it so that its current value joins the key ("
               + example + "; the clock, randomness and static fields cannot be declared); or accept it with"
               + " hiddenInputs = IGNORE on the annotation (hiddenInputs=IGNORE in a rules file).";
    }
}
