package dev.memoria.agent.report;

import java.util.List;

/**
 * The agent's messages to users, written in one place so that they read alike: what happened, why, and what to do.
 * The runtime's {@code dev.memoria.internal.report.Messages} is the model; these are the agent's own: its options and
 * start (premain), the class transformer, UI toolkit bindings, rules files and the cache directory tool. Each method
 * returns the text; the caller throws it or reports it once. Arguments are plain text, so every package can use this
 * class and it uses none of theirs.
 */
public final class Messages {

    private Messages() {
    }

    // ---- options and start (premain, agentmain, Memoria.install())

    public static String unknownOption(String key) {
        return "Unknown Memoria agent option '" + key + "'. Known options: cacheDir=<directory>, config=<rules file>,"
               + " disabled, maxMemory=<size or % of the heap>, listMatches, explain, remote=<redis:// or"
               + " redis-cluster:// address>.";
    }

    public static String optionWithoutValue(String key) {
        return "The Memoria agent option '" + key + "' has no value. Write it as " + key + "=<value>, or leave it"
               + " out.";
    }

    public static String optionsRejected(String why) {
        return why + " Memoria is not active: cached methods run uncached until the option is fixed.";
    }

    public static String agentFailedToStart(String failure) {
        return "The Memoria agent could not start: " + failure + ". Cached methods run uncached. Please report this"
               + " with the JVM's version and the options the agent was given.";
    }

    public static String rulesFileIgnored(String problems) {
        return problems + "\nMemoria ignores this rules file and caches annotated methods only. The file is named by"
               + " the agent option config=, -Dmemoria.config or MEMORIA_CONFIG.";
    }

    public static String listMatchesFailed(String file, String failure) {
        return "Could not list what the rules file " + file + " caches: " + failure + ". Caching is not affected;"
               + " java -jar memoria-agent.jar rules --class-path <class path> " + file + " lists it without running"
               + " the application.";
    }

    public static String moduleAccessRefused(String failure, String jvmFlags) {
        return "Memoria could not open the JDK packages its disk and off-heap caches need: " + failure + ". Memory"
               + " caching is not affected; for the others add the JVM options " + jvmFlags;
    }

    // ---- the class transformer

    public static String runsUncached(String problem) {
        return problem + " The method runs uncached.";
    }

    public static String cannotInstrument(String className, String failure) {
        return "Could not instrument " + className + ": " + failure + ". Its cached methods run uncached; the rest"
               + " of the class is unchanged.";
    }

    public static String cannotRewriteLoaded(String className, String failure) {
        return "Could not rewrite the already loaded class " + className + ": " + failure + ". Its cached methods"
               + " run uncached. Start the JVM with -javaagent:memoria-agent.jar to weave it as it loads.";
    }

    public static String missingClassPathEntry(String entry, String absolute) {
        return "The class path entry " + entry + " does not exist (" + absolute + "). Pass jars and class"
               + " directories, separated as on java's class path.";
    }

    public static String unreadableClassPathEntry(String entry, String failure) {
        return "Cannot read the class path entry " + entry + ": " + failure + ". Pass a readable jar or class"
               + " directory.";
    }

    // ---- UI toolkit bindings

    public static String cannotBindToolkitClass(String className, String failure) {
        return "Could not bind the UI toolkit class " + className + ": " + failure + ". Its calls inside cached"
               + " methods are not replayed on hits.";
    }

    public static String cannotBindToolkit(String toolkit, String targetClass, String failure) {
        return "Could not bind the UI toolkit " + toolkit + " (" + targetClass + "): " + failure + ". Its calls"
               + " inside cached methods are not replayed on hits.";
    }

    public static String notAFunnel(String targetClass, String method, String toolkit, String funnels) {
        return "A recording names " + targetClass + "." + method + ", which " + toolkit + "'s description does not"
               + " list among its funnel methods " + funnels + ": the entry was written with another description of"
               + " the toolkit. Clear the method's cache, or add " + method + " to the toolkit's funnels.";
    }

    public static String toolkitWithoutPeek(String toolkit) {
        return "The UI toolkit " + toolkit + " is bound without a way to read a widget's value, so allowWidgets ="
               + " true cannot key by widget values. Name a peek method in its description.";
    }

    // ---- describing a UI toolkit (a rules file's ui line, or a binding in code)

    public static String badToolkitName(String name) {
        return "The toolkit name '" + name + "' must be letters, digits, '.', '_' or '-', e.g. acme-ui";
    }

    public static String badTargetClass(String targetClass, String toolkit) {
        return "The target class '" + targetClass + "' of toolkit " + toolkit + " is not a class name: write it in"
               + " full, e.g. com.acme.Box";
    }

    public static String widgetWithoutParameter(String method, String toolkit) {
        return "The widget method " + method + " of toolkit " + toolkit + " takes no parameter; its first parameter"
               + " must describe the widget";
    }

    public static String badRootName(String rootName, String toolkit) {
        return "The root name '" + rootName + "' of toolkit " + toolkit + " must be a single word, e.g. main";
    }

    public static String badRecordedType(String pattern, String toolkit) {
        return "'" + pattern + "' in the recorded types of toolkit " + toolkit + " is neither a class name nor a"
               + " package followed by .*, e.g. com.acme.ui.*";
    }

    public static String toolkitLacks(String toolkit, List<String> missing) {
        return "The description of toolkit " + toolkit + " lacks " + String.join(", ", missing) + "; see"
               + " docs/rules.md, section \"Binding another UI toolkit\"";
    }

    public static String peekWithoutWidgetId(String toolkit, boolean peekMissing) {
        return "The description of toolkit " + toolkit + " names " + (peekMissing ? "widgetId but no peek"
               : "peek but no widgetId") + ": allowWidgets needs both, a widget's identity and its value. Name both,"
               + " or neither.";
    }

    // ---- the cache directory tool

    public static String whereTheCacheIs() {
        return "Pass --dir with the directory the application caches in (its agent option cacheDir=, if it has one)."
               + " Without --dir, the tool looks where the application does by default: the system property"
               + " memoria.cache.dir, else the environment variable MEMORIA_CACHE_DIR, else .memoria in the working"
               + " directory.";
    }

    public static String noCacheDirectory(String root, boolean isFile) {
        return (isFile ? root + " is a file, not a cache directory." : "There is no cache directory at " + root + ".")
               + "\n" + whereTheCacheIs();
    }

    public static String notACacheDirectory(String root) {
        return root + " is not a Memoria cache directory: it has no functions folder, where Memoria keeps persisted"
               + " entries.\n" + whereTheCacheIs();
    }

    public static String toolWithoutAccess(List<String> missing, String command, String jvmFlags) {
        return "This JVM does not give Memoria the access to JDK internals that Chronicle Map needs to read the cache: "
               + String.join(", ", missing) + ".\nRun the tool as `java -jar memoria-agent.jar " + command + " ...`:"
               + " the jar's manifest grants that access. Or add these JVM options:\n  " + jvmFlags;
    }

    public static String unreadableCacheDirectory(String root, String reason) {
        return "Could not read the cache directory " + root + ": " + reason + ".\nRun the tool as the user the"
               + " application runs as: Memoria makes the directory readable by that user only.";
    }
}
