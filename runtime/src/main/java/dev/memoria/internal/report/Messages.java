package dev.memoria.internal.report;

import java.util.List;

/**
 * The engine's messages to users, written in one place so that they read alike: what is wrong, why, and what to do.
 * Each method returns the text; the caller decides whether it is thrown (as a {@code CacheConfigurationException},
 * which adds the method's name) or reported once. Arguments are plain text, so every layer can use this class.
 */
public final class Messages {

    private Messages() {
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
