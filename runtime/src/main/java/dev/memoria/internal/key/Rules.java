package dev.memoria.internal.key;

import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Collection;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Picks the built-in {@link Rule} of each runtime class, once per class. */
final class Rules {

    /** Classes whose rule is decided by the exact class: final classes, and {@code Date} (see {@link JdkValueRule#DATE}). */
    private static final Map<Class<?>, Rule> BY_EXACT_CLASS = Map.ofEntries(
            entry(Boolean.class, ScalarRule.BOOLEAN),
            entry(Byte.class, ScalarRule.BYTE),
            entry(Short.class, ScalarRule.SHORT),
            entry(Character.class, ScalarRule.CHAR),
            entry(Integer.class, ScalarRule.INT),
            entry(Long.class, ScalarRule.LONG),
            entry(Float.class, ScalarRule.FLOAT),
            entry(Double.class, ScalarRule.DOUBLE),
            entry(String.class, ScalarRule.STRING),
            entry(Class.class, ScalarRule.CLASS),
            entry(LocalDate.class, JdkValueRule.TEXT),
            entry(LocalTime.class, JdkValueRule.TEXT),
            entry(LocalDateTime.class, JdkValueRule.TEXT),
            entry(Instant.class, JdkValueRule.TEXT),
            entry(ZonedDateTime.class, JdkValueRule.TEXT),
            entry(OffsetDateTime.class, JdkValueRule.TEXT),
            entry(OffsetTime.class, JdkValueRule.TEXT),
            entry(Duration.class, JdkValueRule.TEXT),
            entry(Period.class, JdkValueRule.TEXT),
            entry(Year.class, JdkValueRule.TEXT),
            entry(YearMonth.class, JdkValueRule.TEXT),
            entry(MonthDay.class, JdkValueRule.TEXT),
            entry(Locale.class, JdkValueRule.TEXT),
            entry(URI.class, JdkValueRule.TEXT),
            entry(Currency.class, JdkValueRule.TEXT),
            entry(UUID.class, JdkValueRule.UUID),
            entry(Pattern.class, JdkValueRule.PATTERN),
            entry(Date.class, JdkValueRule.DATE),
            entry(BitSet.class, JdkValueRule.BIT_SET),
            entry(OptionalInt.class, JdkValueRule.OPTIONAL_INT),
            entry(OptionalLong.class, JdkValueRule.OPTIONAL_LONG),
            entry(OptionalDouble.class, JdkValueRule.OPTIONAL_DOUBLE),
            entry(Optional.class, ContainerRule.OPTIONAL));

    /**
     * Supertypes whose subclasses share one rule, in the order they are tried: the first that a class extends or
     * implements wins, so {@code List} and {@code Set} come before {@code Collection}.
     */
    private static final List<Map.Entry<Class<?>, Rule>> BY_SUPERTYPE = List.of(
            entry(Enum.class, ScalarRule.ENUM),
            entry(CharSequence.class, JdkValueRule.TEXT),
            entry(ZoneId.class, JdkValueRule.TEXT),
            entry(Path.class, JdkValueRule.TEXT),
            entry(File.class, JdkValueRule.TEXT),
            entry(Charset.class, JdkValueRule.TEXT),
            entry(BigInteger.class, JdkValueRule.BIG_INTEGER),
            entry(BigDecimal.class, JdkValueRule.BIG_DECIMAL),
            entry(ByteBuffer.class, JdkValueRule.BYTE_BUFFER),
            entry(List.class, ContainerRule.LIST),
            entry(Set.class, ContainerRule.SET),
            entry(Map.class, ContainerRule.MAP),
            entry(Collection.class, ContainerRule.SEQUENCE),
            entry(Map.Entry.class, ContainerRule.MAP_ENTRY));

    // A ClassValue rather than a map keyed by Class: it does not keep the classes (and their loaders) alive.
    private static final ClassValue<Rule> BY_CLASS = new ClassValue<>() {
        @Override
        protected Rule computeValue(Class<?> type) {
            return resolve(type);
        }
    };

    private Rules() {
    }

    /** Returns the rule for values of exactly {@code type}. */
    static Rule forClass(Class<?> type) {
        return BY_CLASS.get(type);
    }

    private static Rule resolve(Class<?> type) {
        if (type.isArray()) {
            Class<?> elementType = type.getComponentType();
            return elementType.isPrimitive() ? PrimitiveArrayRule.of(elementType) : ContainerRule.OBJECT_ARRAY;
        }
        Rule exact = BY_EXACT_CLASS.get(type);
        if (exact != null) {
            return exact;
        }
        if (type.isRecord()) {
            return RecordRule.of(type);
        }
        for (Map.Entry<Class<?>, Rule> supertype : BY_SUPERTYPE) {
            if (supertype.getKey().isAssignableFrom(type)) {
                return supertype.getValue();
            }
        }
        return NoRule.of(type);
    }
}
