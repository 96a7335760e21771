package dev.memoria.internal.copy;

import java.util.List;
import java.util.Set;

/**
 * The JDK classes a value read back from disk may contain: boxes, strings, numbers, time, and the collections, with
 * the internal classes behind {@code List.of}, {@code Collections.unmodifiableList} and the like. Nothing with
 * behaviour beyond holding data, so a crafted file cannot make deserialization do anything but build data.
 */
final class JdkValueTypes {

    private static final Set<String> NAMES = Set.of(
            "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Character", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.String",
            "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.UUID", "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong",
            "java.util.OptionalDouble", "java.util.BitSet", "java.util.Date", "java.util.Locale", "java.util.Currency",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.PriorityQueue",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.EnumMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.RegularEnumSet",
            "java.util.JumboEnumSet", "java.util.Arrays$ArrayList",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.concurrent.CopyOnWriteArraySet", "java.util.concurrent.ConcurrentLinkedQueue",
            "java.util.concurrent.ConcurrentLinkedDeque", "java.util.concurrent.TimeUnit",
            "java.util.Collections$ReverseComparator");

    private static final List<String> PREFIXES = List.of("java.time.", "java.util.ImmutableCollections$",
            "java.util.Collections$Unmodifiable", "java.util.Collections$Singleton", "java.util.Collections$Empty",
            "java.util.Comparators$");

    private JdkValueTypes() {
    }

    static boolean contains(String className) {
        if (NAMES.contains(className)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
