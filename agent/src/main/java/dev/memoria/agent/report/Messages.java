package dev.memoria.agent.report;

import java.util.Collection;
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

    /** Printed by the attacher process, which {@code Memoria.install()} runs and whose output it reports. */
    public static String attachFailed(String pid, String failure) {
        return "Could not attach to JVM " + pid + ": " + failure;
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

    // ---- reading a cached method's annotation or rules (SpecReader, Instrumenter); CacheConfigurationException
    // adds the method's name in front

    public static String bothAnnotations() {
        return "it is annotated with both @CacheData and @CacheResource. Keep @CacheData for plain data that callers"
               + " may change, @CacheResource for one shared object.";
    }

    public static String noBodyToCache() {
        return "it is abstract or native, so there is no body to cache. Annotate the implementing method instead.";
    }

    public static String offHeapResourceNotABuffer(String returnType) {
        return "offHeap = true on @CacheResource keeps a java.nio buffer off the heap and hands out read-only views"
               + " of it, but this method returns " + returnType + ". Return a ByteBuffer (or another java.nio"
               + " buffer), or use @CacheData(offHeap = true) to keep copies of plain data off-heap.";
    }

    public static String callbackOnInstance(String attribute, String callback, String method) {
        return attribute + " = \"" + callback + "\" is an instance method, but " + method + " is static, so there"
               + " is no receiver to call it on. Make " + callback + " static.";
    }

    /** @param expected the signature it needs, e.g. {@code boolean fresh(com.acme.Report value)} */
    public static String noSuchCallback(String attribute, String callback, String expected) {
        return attribute + " = \"" + callback + "\" names no method " + expected + " in this class. Declare one, or"
               + " fix the name.";
    }

    public static String classFileTooOld() {
        return "its class was compiled for Java 6 or older. Recompile it for Java 7 or newer.";
    }

    /** Why a cached method cannot be cached as written: a clause, put after the method's name by the caller. */
    public static String mutationNotFollowed(String how) {
        return "Memoria could not follow its bytecode (" + how + "), so it counts as changing its arguments";
    }

    /** @param what the argument, e.g. {@code its parameter items}; {@code line} 0 when unknown */
    public static String mutatesArgument(String what, String how, int line) {
        return "it may change " + what + ", which a cached call would not: it " + how + (line > 0 ? " (line " + line
               + ")" : "");
    }

    public static String returnsNothing() {
        return "it returns nothing (void), so a cached call would skip what it does";
    }

    /**
     * A method whose annotation, or an earlier rule, gives it the other kind.
     *
     * @param first what gives it the first kind, e.g. {@code it is annotated @CacheData}
     * @param kind  the keyword of that kind; {@code ruleKind} the keyword the second rule gives it
     */
    public static String kindChange(String first, boolean annotated, String kind, String rule, String ruleKind) {
        String fix = annotated ? "make the rule a " + kind + " rule, or change the annotation."
                : "narrow one of the two patterns, or give both rules the same kind.";
        return first + ", but the rule at " + rule + " caches it as " + ruleKind + ". A rule can change a method's"
               + " attributes, not its kind: " + fix;
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

    // ---- rules files: the file as a whole (RulesFile); each text names the file and the fix

    public static String rulesFileNotRegular(String file, String kind) {
        return "The rules file " + file + " is " + kind + ", not a regular file: Memoria does not read it, since"
               + " reading it could hold up the application's start. Name a text file.";
    }

    public static String rulesFileMissing(String file, String absolute, String workingDirectory) {
        return "The rules file " + file + " does not exist: there is no file " + absolute + " (relative paths start"
               + " from the working directory, " + workingDirectory + "). Fix the path, or create the file.";
    }

    public static String rulesFileNotUtf8(String file) {
        return "The rules file " + file + " is not UTF-8 text. Save it as UTF-8.";
    }

    public static String rulesFileUnreadable(String file, String absolute, String failure) {
        return "The rules file " + file + " (" + absolute + ") cannot be read: " + failure + ". Make it a readable"
               + " file.";
    }

    /** Sizes come formatted, e.g. {@code 1,048,576}. */
    public static String rulesFileTooLarge(String file, String size, String maxBytes) {
        return "The rules file " + file + " is larger than a rules file may be (" + size + " bytes or more; at most "
               + maxBytes + "). Name the rules file itself, or split off what is not rules.";
    }

    public static String rulesFileProblems(String file, String total, boolean one) {
        return "The rules file " + file + " has " + total + (one ? " problem:" : " problems:");
    }

    public static String moreRulesFileProblems(String unreported) {
        return "... and " + unreported + " more, not listed. Fix those above and read the file again to see the"
               + " rest.";
    }

    // ---- rules files: one line. A rule's texts end without a period: InvalidRuleException adds it. Text quoted
    // from the file comes shortened and with invisible characters spelled out (Limits.excerpt).

    public static String unknownRuleKind(String kind, String didYouMean) {
        return "Unknown kind '" + kind + "'." + didYouMean + " A rule starts with its kind: data (cached like"
               + " @CacheData) or resource (cached like @CacheResource); a ui line binds a UI toolkit";
    }

    public static String ruleWithoutPattern(String kind) {
        return "The " + kind + " rule names no method. Write a method pattern after the kind, as in " + kind
               + " com.acme.Reports.load";
    }

    /** Lengths come formatted, e.g. {@code 4,096}. */
    public static String uiLineTooLong(String length, String maxLength) {
        return "The ui line is " + length + " characters long; a ui line may have at most " + maxLength + " (lines"
               + " that end in \\ count as one). Shorten it.";
    }

    public static String valueTooLong(String name, String value, String length, String maxLength) {
        return name + "=" + value + " is " + length + " characters long; a value may have at most " + maxLength
               + ". Shorten it.";
    }

    public static String attributeSetTwice(String name) {
        return "'" + name + "' is set twice in this rule. Keep one.";
    }

    public static String notAnAttribute(String found) {
        return "Expected an attribute as name=value, found '" + found + "'. Write attributes after the method"
               + " pattern, as in ttl=10m, and quote values with spaces, as in ttl=\"1 day\"";
    }

    public static String attributeWithoutValue(String name) {
        return name + "= has no value. Write " + name + "=<value>, or " + name + "=\"\" for empty text";
    }

    public static String quoteInsideValue(String name, String value) {
        return name + "=" + value + " has a quote inside. Quote the whole value and write \\\" for each quote"
               + " within it: " + name + "=\"" + value.replace("\"", "\\\"") + "\"";
    }

    public static String textAfterQuotedValue(String name, String following) {
        return "The quoted value of " + name + " is followed by '" + following + "'. Put a space between"
               + " attributes, or move the text inside the quotes";
    }

    public static String quotedValueNotClosed(String name) {
        return "The quoted value of " + name + " is not closed. Add the closing \" (write \\\" for a quote"
               + " within the value)";
    }

    // ---- rules files: method patterns

    public static String patternTooLong(String pattern, String length, String maxLength) {
        return "The pattern '" + pattern + "' is " + length + " characters long; a pattern may have at most "
               + maxLength + ". Shorten it, with * and ** for the parts that vary";
    }

    /** @param character the character spelled out, e.g. {@code U+200B (ZERO WIDTH SPACE)} */
    public static String invisibleCharacter(String pattern, String character) {
        return "'" + pattern + "' holds an invisible character, " + character + ", which no Java name contains, so"
               + " the rule could never match. Delete it (retype the pattern if your editor does not show it)";
    }

    public static String notANameCharacter(String pattern, String character) {
        return "'" + pattern + "' has a character that no Java name contains: '" + character + "'. Class and method"
               + " names take letters, digits, _ and $, with * and ** as wildcards";
    }

    public static String patternWithoutClass(String pattern) {
        return "'" + pattern + "' names no class. Write the class and the method, as in com.acme.Reports.load, or"
               + " **.load for a method of that name in any class";
    }

    public static String patternWithoutMethod(String pattern) {
        return "'" + pattern + "' names no method after its last dot. Write the method's name, or * for every"
               + " method of the class";
    }

    public static String anyDepthInMethodName(String pattern) {
        return "'" + pattern + "' has ** in the method name, but ** stands for package names. Use * for any part of"
               + " a method name";
    }

    public static String parameterListNotClosed(String pattern) {
        return "The parameter list of '" + pattern + "' is not closed. Add ')'";
    }

    public static String textAfterParameterList(String pattern, String following) {
        return "'" + pattern + "' goes on after its parameter list with '" + following + "'. End the pattern with"
               + " ')', and separate attributes with a space";
    }

    public static String emptyClassName(String pattern) {
        return "'" + pattern + "' has an empty name between two dots. Remove the extra dot, or write .**. for any"
               + " number of packages";
    }

    public static String anyDepthInsideName(String pattern, String name) {
        return "'" + pattern + "' has ** inside the name '" + name + "', but ** stands for whole package names."
               + " Write it between dots, as in com.acme.**.Catalog, or use * within a name";
    }

    public static String anyDepthTwice(String pattern) {
        return "'" + pattern + "' has **.** where one ** already matches any number of packages. Write ** once";
    }

    public static String jdkClassPattern(String pattern) {
        return "'" + pattern + "' names a JDK class. The JDK's classes are loaded by the bootstrap or platform class"
               + " loader, which cannot see Memoria, so their methods cannot be cached. Write a rule for the method"
               + " of your application or library that calls it";
    }

    public static String anyListBesideTypes(String pattern) {
        return "'" + pattern + "' has .. beside other parameter types, but .. stands for any whole parameter list."
               + " Write (..), or list every type";
    }

    public static String emptyParameterType(String pattern) {
        return "'" + pattern + "' has an empty parameter type. Remove the extra comma";
    }

    public static String typeArguments(String type, String pattern, String erased) {
        return "'" + type + "' in '" + pattern + "' has type arguments, which compiled code does not keep. Write the"
               + " type without them: " + erased;
    }

    public static String parameterNameInTypes(String type, String pattern, String typeOnly) {
        return "'" + type + "' in '" + pattern + "' names a parameter, but a parameter list takes types only."
               + " Write " + typeOnly;
    }

    public static String notAType(String type, String pattern) {
        return "'" + type + "' in '" + pattern + "' is not a type. Write a class name (String, com.acme.Order), a"
               + " primitive (int) or an array (int[], String...)";
    }

    // ---- rules files: attribute values

    /** @param kind the rule's keyword, e.g. {@code data}; {@code known} the attributes its rules take */
    public static String unknownRuleAttribute(String name, String didYouMean, String kind, Collection<String> known) {
        return "Unknown attribute '" + name + "'." + didYouMean + " Attributes of " + kind + " rules: "
               + String.join(", ", known);
    }

    /** @param otherKind the keyword of the rules that take it; {@code annotation} the one that lacks it */
    public static String attributeOfOtherKind(String name, String otherKind, String annotation) {
        return "'" + name + "' applies to " + otherKind + " rules only: " + annotation + " has no " + name + "."
               + " Remove it, or make this a " + otherKind + " rule";
    }

    public static String notAWholeNumber(String name, String value) {
        return name + "=" + value + " is not a whole number. Write a number such as " + name + "=100, or " + name
               + "=-1 for no bound";
    }

    public static String notAFlag(String name, String value) {
        return name + "=" + value + " is neither true nor false. Write " + name + "=true or " + name + "=false";
    }

    public static String notAConstant(String name, String value, List<String> known, String didYouMean) {
        return name + "=" + value + " is not one of " + String.join(", ", known) + "." + didYouMean + " Write one of"
               + " them, as in " + name + "=" + known.get(known.size() - 1);
    }

    public static String notAClassName(String name, String value, String entry) {
        return name + "=" + value + ": '" + entry + "' is not a class name. Write binary class names separated by"
               + " commas, as in " + name + "=com.acme.MoneyHasher,com.acme.Shapes$PointHasher";
    }

    public static String notAnUnhashedEntry(String value, String entry) {
        return "unhashed=" + value + ": '" + entry + "' is neither a parameter name, an index nor this. List"
               + " parameter names or indices from 0, and this for the receiver, separated by commas, as in"
               + " unhashed=log,2,this";
    }

    // ---- unhashed parameters, checked against the method (a rules file's unhashed=, the annotation's)

    public static String unhashedReceiverOfStatic() {
        return "unhashed names this, but the method is static, so there is no receiver to leave out. Remove this"
               + " from unhashed.";
    }

    public static String unhashedIndexOutOfRange(int index, int parameters) {
        return "unhashed names the parameter at index " + index + ", but " + (parameters == 0
               ? "the method has no parameters. Remove the index."
               : "the method has " + parameters + " (index 0 to " + (parameters - 1) + "). Give an index in that"
                 + " range.");
    }

    public static String unhashedUnknownName(String name, List<String> parameterNames) {
        return "unhashed names the parameter '" + name + "', but the method's parameters are ("
               + String.join(", ", parameterNames) + "). Name one of them, or give its index from 0 (a class file"
               + " has parameter names only when compiled with -parameters or -g).";
    }

    // ---- rules files: ui lines

    public static String uiLineWithoutName() {
        return "The ui line names no toolkit. Write its name and its target class, as in ui acme-ui"
               + " target=com.acme.Box elements=\"show(com.acme.Item)\" ...";
    }

    public static String uiLineWithoutTarget(String toolkit) {
        return "The ui line of " + toolkit + " has no target=<class>. Name the class every draw call of the toolkit"
               + " goes through, as in target=com.acme.Box";
    }

    public static String uiAttributeSetTwice(String name) {
        return "'" + name + "' is set twice in this ui line. Keep one.";
    }

    /** Prefixed with the attribute's name by the caller, hence no name here. */
    public static String unknownUiAttribute(String didYouMean, List<String> known) {
        return "Unknown attribute." + didYouMean + " A ui line takes " + known;
    }

    public static String notARoot(String root) {
        return "'" + root + "' is not name=method: write each root as in"
               + " roots=\"main=com.acme.Ui::main, sidebar=com.acme.Ui::sidebar\"";
    }

    public static String toolkitNameTaken(String toolkit, boolean builtIn) {
        return "The toolkit name " + toolkit + " is already taken" + (builtIn ? " by the built-in binding"
               : " in this file") + ". Give each toolkit its own name.";
    }

    public static String notAStaticMethod(String text) {
        return "'" + text + "' is not a static method: write class::method, e.g. com.acme.Ui::active";
    }

    public static String notAnInstanceMethod(String text) {
        return "'" + text + "' is not a method: write name(parameter types), e.g. show(com.acme.Item) or clear()";
    }

    public static String notAParameterType(String text, String type) {
        return "'" + text + "' has a parameter type '" + type + "' that is not a Java type name: write it in full,"
               + " e.g. java.lang.String";
    }

    public static String cannotBindToolkitMethods(String toolkit, String failure) {
        return "Cannot bind the UI toolkit " + toolkit + ": " + failure + ". Fix its description; until then its"
               + " calls inside cached methods are not replayed on hits.";
    }

    public static String noInstanceMethod(String targetClass, String method) {
        return targetClass + " has no public instance method " + method;
    }

    public static String noStaticMethod(String owner, String method, int parameters) {
        return owner + " has no public static method " + method + " taking " + parameters + " parameter(s)";
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

    public static String noRemoteSetting() {
        return "--remote without a URL takes the application's setting, and neither memoria.remote nor"
               + " MEMORIA_REMOTE is set.\nPass the store's URL, e.g. --remote redis://127.0.0.1:6379, or set"
               + " MEMORIA_REMOTE.";
    }

    public static String noCommand() {
        return "Name a command: list, stats, verify, prune, clear or rules.";
    }

    public static String notACutoff(String text) {
        return "'" + text + "' is not a date, a time or an age. Write a date (2026-11-01, from midnight in this"
               + " computer's time zone), a time (2026-11-01T10:00:00Z, or with an offset such as +01:00), or an age"
               + " counted back from now (30d, 12h, 1d12h, 90m).";
    }

    public static String missingClassPathRoot(String root) {
        return "--classpath names " + root + ", which does not exist.\nGive the application's compiled classes:"
               + " directories such as target/classes, or its jar.";
    }

    /** @param location the cache directory or shared store searched; {@code stored} one line per method, or "" */
    public static String noStoredMethod(String query, String location, String stored) {
        return stored.isEmpty()
               ? "No stored method matches '" + query + "': " + location + " holds no persisted entries."
               : "No stored method matches '" + query + "'. " + location + " holds:" + stored + "\nName one in"
                 + " full, as example.Reports.load(int), or by class and method, as Reports.load.";
    }

    /** @param matches one line per method; {@code example} the first of them */
    public static String severalStoredMethods(String query, int count, String matches, String example) {
        return "'" + query + "' matches " + count + " stored methods:" + matches + "\nName one in full, with its"
               + " parameter types, e.g. '" + example + "'.";
    }

    public static String versionUnusable(String version, String method, String directory, String reason) {
        return "Code version " + version + " of " + method + " could not be read or changed (" + directory + "): "
               + reason + ".\nCheck that this user may read and write its files. If they are damaged, `clear '"
               + method + "'` deletes the method's stored entries.";
    }

    /** Under the rules command's listing, when a rule left methods out. */
    public static String wildcardLeavesOut() {
        return "A rule with a wildcard leaves out methods that return nothing or may change what they are given,"
               + " since a cached call would skip that. To cache one anyway, write a rule that names it without"
               + " wildcards.";
    }

    /** @param versions e.g. {@code 2 code versions} */
    public static String versionsUnreadable(String versions, boolean one, int exitCode) {
        return versions + " could not be read (see above): what " + (one ? "it holds" : "they hold") + " is not"
               + " known. Exit code " + exitCode + ".";
    }

    public static String corruptEntriesLeft(boolean one) {
        return "A corrupt entry is never served: a read drops it and recomputes it. To drop " + (one ? "it" : "them")
               + " now, run verify --repair.";
    }
}
