package dev.memoria.maven;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plugin's messages to users, written in one place so that they read alike: what happened, why, and what to do.
 * The agent's and the runtime's {@code Messages} are the model. Each method returns the text; the mojo throws it or
 * logs it. Build logs quote these texts, so a change here is a change to what users (and the ITs) read.
 */
final class Messages {

    private static final String PREFIX = "Memoria: ";

    private Messages() {
    }

    // ---- both goals

    static String skipped() {
        return PREFIX + "skipped (memoria.skip)";
    }

    // ---- memoria:instrument

    static String noClassesDirectory(String classes) {
        return PREFIX + "no classes to weave (" + classes + " does not exist)";
    }

    static String noCachedMethods(String classes) {
        return PREFIX + "no cached methods in " + classes;
    }

    static String wove(int methods, int classCount, String classes) {
        return PREFIX + "wove " + methods + " cached method" + (methods == 1 ? "" : "s") + " in " + classCount
               + " class" + (classCount == 1 ? "" : "es") + " of " + classes;
    }

    /** @param report the agent's hidden-inputs report of one method, which says what to do */
    static String hiddenInputs(String report) {
        return PREFIX + report;
    }

    /** @param problems one message per method, each naming the method, what is wrong and the fix */
    static String cannotCache(List<String> problems) {
        boolean one = problems.size() == 1;
        return "Memoria cannot cache " + problems.size() + " method" + (one ? "" : "s")
               + problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining())
               + "\nFix the annotation" + (one ? "" : "s") + " (or the rules file) and build again.";
    }

    static String runtimeMissing(int methods, String artifactId, String runtime) {
        return "Memoria wove " + methods + " cached methods, but " + artifactId + " does not depend on " + runtime
               + ", which woven classes call at run time. Add the dependency dev.memoria:memoria-runtime (compile"
               + " scope).";
    }

    /** Memoria's own failure on a class file the compiler wrote: say so, and how to build until it is fixed. */
    static String cannotWeave(String classFile, String failure) {
        return "Memoria could not weave " + classFile + ": " + failure + ". This is a fault in Memoria: please report"
               + " it with that class file. To build meanwhile, skip weaving with -Dmemoria.skip=true; the classes"
               + " then stay as compiled, and their methods are cached only when the Memoria agent runs.";
    }

    static String wovenWithoutOriginal(String classFile, String originals) {
        return classFile + " was woven by an earlier build, but its original is not in " + originals + ", and a woven"
               + " class cannot be woven again. Run `mvn clean` (or delete that class file) so the compiler writes it"
               + " afresh.";
    }

    // ---- memoria:prepare-agent

    static String propertySet(String property, String value) {
        return PREFIX + property + " set to " + value;
    }

    static String pathWithSeparator(String parameter, String path) {
        return "The prepare-agent parameter <" + parameter + "> is " + path + ": the agent separates its options with"
               + " commas, so a path with a comma or a quote cannot be passed. Choose a path without one.";
    }

    static String agentJarUnresolved(String agent, String failure) {
        return "Memoria could not resolve its agent jar " + agent + ": " + failure + ". It is published beside this"
               + " plugin; check that the repositories this build uses for plugins hold it.";
    }
}
