package dev.memoria.internal.report;

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

    public static String maxStaleWithoutBackground(String maxStale) {
        return "maxStale = \"" + maxStale + "\" only applies with refresh = BACKGROUND, which serves stale entries"
               + " while refreshing them. Add refresh = BACKGROUND, or remove maxStale.";
    }

    /** Streamlit's rule: a background refresh needs a ttl to know when an entry turns stale. */
    public static String backgroundWithoutTtl() {
        return "refresh = BACKGROUND requires a ttl: an entry turns stale, and is refreshed in the background, once"
               + " its ttl has passed. Add a ttl such as ttl = \"10m\", or use refresh = FOREGROUND.";
    }
}
