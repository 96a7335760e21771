package dev.memoria.internal.policy;

import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import dev.memoria.internal.policy.Attribute.Form;
import dev.memoria.internal.report.Messages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dev.memoria.internal.policy.CacheSpec.Kind.DATA;
import static dev.memoria.internal.policy.CacheSpec.Kind.RESOURCE;

/**
 * The attribute table: every attribute of {@code @CacheData} and {@code @CacheResource}, one row each, and the checks
 * that span several attributes. Adding an attribute is its annotation method plus a row here (and, if a rule spans
 * attributes, a {@link Check}); {@code AttributeTableTest} holds the rows to the annotations (names, kinds, forms,
 * defaults) and round-trips every row through annotation reading, the site descriptor and rules files.
 */
public final class Attributes {

    public static final Attribute<Optional<Duration>> TTL = Attribute.<Optional<Duration>>named("ttl", Form.TEXT)
            .byDefault("").example("10m")
            .reads(written -> optionalDuration("ttl", (String) written, Messages::ttlExpiresAtOnce),
                    value -> value.map(Duration::toString).orElse(""))
            .build();

    public static final Attribute<OptionalLong> MAX_ENTRIES = Attribute.<OptionalLong>named("maxEntries",
                    Form.WHOLE_NUMBER)
            .byDefault(-1).example(100)
            .reads(Attributes::bound, value -> value.isPresent() ? value.getAsLong() : -1L)
            .build();

    public static final Attribute<OptionalLong> MAX_SIZE = Attribute.<OptionalLong>named("maxSize", Form.TEXT)
            .only(DATA, "resources are shared objects whose size is not measured; bound them with maxEntries")
            .byDefault("").example("64MB")
            .reads(Attributes::byteSize, value -> value.isPresent() ? Long.toString(value.getAsLong()) : "")
            .build();

    public static final Attribute<Persist> PERSIST = constant("persist", Persist.class, Persist.NONE, Persist.DISK)
            .only(DATA, "a resource is a live object that cannot outlive the JVM")
            .build();

    public static final Attribute<Boolean> OFF_HEAP = flag("offHeap", false);

    public static final Attribute<Boolean> SHOW_SPINNER = flag("showSpinner", true);

    public static final Attribute<String> SPINNER_TEXT = Attribute.<String>named("spinnerText", Form.TEXT)
            .byDefault("").example("Loading the year's sales")
            .reads(written -> (String) written, value -> value)
            .build();

    public static final Attribute<Scope> SCOPE = constant("scope", Scope.class, Scope.GLOBAL, Scope.SESSION).build();

    public static final Attribute<Boolean> ALLOW_WIDGETS = flag("allowWidgets", false);

    public static final Attribute<List<String>> HASHERS = Attribute.<List<String>>named("hashers", Form.CLASS_NAMES)
            .byDefault(List.of()).example(List.of("com.acme.MoneyHasher"))
            .reads(Attributes::classNames, value -> value)
            .build();

    public static final Attribute<String> VALIDATE = callback("validate");

    public static final Attribute<String> ON_RELEASE = callback("onRelease");

    public static final Attribute<Refresh> REFRESH = constant("refresh", Refresh.class, Refresh.FOREGROUND,
            Refresh.BACKGROUND).build();

    /** As written: empty for "as long as the ttl"; {@link CacheSpec#maxStale()} resolves it. */
    public static final Attribute<Optional<Duration>> MAX_STALE = Attribute.<Optional<Duration>>named("maxStale",
                    Form.TEXT)
            .byDefault("").example("5m")
            .reads(written -> optionalDuration("maxStale", (String) written, Messages::maxStaleServesNothing),
                    value -> value.map(Duration::toString).orElse(""))
            .build();

    public static final Attribute<Boolean> SHOW_TIME = flag("showTime", false);

    private static final List<Attribute<?>> ALL = List.of(TTL, MAX_ENTRIES, MAX_SIZE, PERSIST, OFF_HEAP, SHOW_SPINNER,
            SPINNER_TEXT, SCOPE, ALLOW_WIDGETS, HASHERS, VALIDATE, ON_RELEASE, REFRESH, MAX_STALE, SHOW_TIME);

    private static final Map<String, Attribute<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Attribute::name, Function.identity()));

    /**
     * A rule over several attributes: the spec breaks it when {@code broken} holds; the message is told the values
     * as written (defaults filled in), so it quotes the user's own text.
     */
    record Check(Predicate<CacheSpec> broken, Function<Map<String, Object>, String> message) {
    }

    static final List<Check> CHECKS = List.of(
            new Check(spec -> spec.scope() == Scope.SESSION && spec.persist() == Persist.DISK,
                    written -> Messages.sessionOnDisk()),
            new Check(spec -> spec.refresh() == Refresh.FOREGROUND && spec.get(MAX_STALE).isPresent(),
                    written -> Messages.maxStaleWithoutBackground((String) written.get(MAX_STALE.name()))),
            new Check(spec -> spec.refresh() == Refresh.BACKGROUND && spec.ttl().isEmpty(),
                    written -> Messages.backgroundWithoutTtl()));

    private Attributes() {
    }

    /** Every attribute, in the order descriptors and messages list them. */
    public static List<Attribute<?>> all() {
        return ALL;
    }

    /** The attribute called {@code name}; empty when there is none. */
    public static Optional<Attribute<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Attribute<Boolean> flag(String name, boolean byDefault) {
        return Attribute.<Boolean>named(name, Form.FLAG)
                .byDefault(byDefault).example(!byDefault)
                .reads(written -> (Boolean) written, value -> value)
                .build();
    }

    private static <E extends Enum<E>> Attribute.Builder<E> constant(String name, Class<E> type, E byDefault,
                                                                     E example) {
        return Attribute.<E>named(name, Form.CONSTANT)
                .constants(type).byDefault(byDefault.name()).example(example.name())
                .reads(written -> written instanceof Enum<?> given ? type.cast(given)
                                : Enum.valueOf(type, ((String) written).toUpperCase(Locale.ROOT)),
                        Enum::name);
    }

    private static Attribute<String> callback(String name) {
        return Attribute.<String>named(name, Form.TEXT)
                .only(RESOURCE, "@CacheData hands out copies, so there is no shared object to check or release")
                .byDefault("").example(name.equals("validate") ? "isOpen" : "close")
                .reads(written -> methodName(name, (String) written), value -> value)
                .build();
    }

    private static Optional<Duration> optionalDuration(String name, String written,
                                                       Function<String, String> whenZero) {
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Duration parsed;
        try {
            parsed = Durations.parse(written);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.badValue(name, e.getMessage()), e);
        }
        if (parsed.isZero()) {
            throw new IllegalArgumentException(whenZero.apply(written));
        }
        return Optional.of(parsed);
    }

    private static OptionalLong bound(Object written) {
        long bound = ((Number) written).longValue();
        if (bound == 0 || bound < -1) {
            throw new IllegalArgumentException(Messages.maxEntriesKeepsNothing(bound));
        }
        return bound == -1 ? OptionalLong.empty() : OptionalLong.of(bound);
    }

    private static OptionalLong byteSize(Object written) {
        String text = (String) written;
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(ByteSizes.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.badValue("maxSize", e.getMessage()), e);
        }
    }

    private static List<String> classNames(Object written) {
        List<String> names = new ArrayList<>();
        for (Object name : (List<?>) written) {
            if (String.valueOf(name).isBlank()) {
                throw new IllegalArgumentException(Messages.emptyHasherName());
            }
            names.add(String.valueOf(name));
        }
        return List.copyOf(names);
    }

    private static String methodName(String attribute, String name) {
        boolean identifier = name.isEmpty() || Character.isJavaIdentifierStart(name.charAt(0))
                                               && name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
        if (!identifier) {
            throw new IllegalArgumentException(Messages.notAMethodName(attribute, name));
        }
        return name;
    }
}
