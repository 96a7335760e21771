package dev.memoria.internal.policy;

import dev.memoria.HiddenInputs;
import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import dev.memoria.internal.inputs.DeclaredInputs;
import dev.memoria.internal.policy.Attribute.Form;
import dev.memoria.internal.report.Messages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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
            .reads(Codec.TTL)
            .build();

    public static final Attribute<OptionalLong> MAX_ENTRIES = Attribute.<OptionalLong>named("maxEntries",
                    Form.WHOLE_NUMBER)
            .byDefault(-1).example(100)
            .reads(Codec.BOUND)
            .build();

    public static final Attribute<OptionalLong> MAX_SIZE = Attribute.<OptionalLong>named("maxSize", Form.TEXT)
            .only(DATA, "resources are shared objects whose size is not measured; bound them with maxEntries")
            .byDefault("").example("64MB")
            .reads(Codec.BYTE_SIZE)
            .build();

    public static final Attribute<Persist> PERSIST = constant("persist", Persist.class, Persist.NONE, Persist.DISK)
            .only(DATA, "a resource is a live object of one JVM, which can neither outlive it (DISK) nor be"
                        + " shared with other JVMs (REMOTE)")
            .build();

    public static final Attribute<Boolean> OFF_HEAP = flag("offHeap", false);

    public static final Attribute<Boolean> SHOW_SPINNER = flag("showSpinner", true);

    public static final Attribute<String> SPINNER_TEXT = Attribute.<String>named("spinnerText", Form.TEXT)
            .byDefault("").example("Loading the year's sales")
            .reads(Codec.TEXT)
            .build();

    public static final Attribute<Scope> SCOPE = constant("scope", Scope.class, Scope.GLOBAL, Scope.SESSION).build();

    public static final Attribute<Boolean> ALLOW_WIDGETS = flag("allowWidgets", false);

    public static final Attribute<List<String>> HASHERS = Attribute.<List<String>>named("hashers", Form.CLASS_NAMES)
            .byDefault(List.of()).example(List.of("com.acme.MoneyHasher"))
            .reads(Codec.CLASS_NAMES)
            .build();

    public static final Attribute<String> VALIDATE = callback("validate");

    public static final Attribute<String> ON_RELEASE = callback("onRelease");

    public static final Attribute<Refresh> REFRESH = constant("refresh", Refresh.class, Refresh.FOREGROUND,
            Refresh.BACKGROUND).build();

    /** As written: empty for "as long as the ttl"; {@link CacheSpec#maxStale()} resolves it. */
    public static final Attribute<Optional<Duration>> MAX_STALE = Attribute.<Optional<Duration>>named("maxStale",
                    Form.TEXT)
            .byDefault("").example("5m")
            .reads(Codec.MAX_STALE)
            .build();

    public static final Attribute<Boolean> SHOW_TIME = flag("showTime", false);

    /** Declared inputs, checked as {@link DeclaredInputs#parse} reads them; see {@code docs/inputs.md}. */
    public static final Attribute<List<String>> INPUTS = Attribute.<List<String>>named("inputs", Form.TEXTS)
            .byDefault(List.of()).example(List.of("env:REGION", "file:data/**/*.csv"))
            .reads(Codec.INPUTS)
            .build();

    public static final Attribute<HiddenInputs> HIDDEN_INPUTS = constant("hiddenInputs", HiddenInputs.class,
            HiddenInputs.REPORT, HiddenInputs.IGNORE).build();

    private static final List<Attribute<?>> ALL = List.of(TTL, MAX_ENTRIES, MAX_SIZE, PERSIST, OFF_HEAP, SHOW_SPINNER,
            SPINNER_TEXT, SCOPE, ALLOW_WIDGETS, HASHERS, VALIDATE, ON_RELEASE, REFRESH, MAX_STALE, SHOW_TIME, INPUTS,
            HIDDEN_INPUTS);

    private static final Map<String, Attribute<?>> BY_NAME = byName();

    /**
     * How a row reads a written value into the engine's value and writes it back. Constants rather than a lambda per
     * row: every lambda spins a class of its own on first use, and the table is read on the first cached call of
     * every JVM.
     */
    enum Codec {
        TTL, MAX_STALE, BOUND, BYTE_SIZE, FLAG, TEXT, CALLBACK, CONSTANT, CLASS_NAMES, INPUTS;

        Object read(Attribute<?> row, Object written) {
            return switch (this) {
                case TTL, MAX_STALE -> optionalDuration(this, row.name(), (String) written);
                case BOUND -> bound(written);
                case BYTE_SIZE -> byteSize(written);
                case FLAG -> (Boolean) written;
                case TEXT -> (String) written;
                case CALLBACK -> methodName(row.name(), (String) written);
                case CONSTANT -> written instanceof Enum<?> given ? row.constants().cast(given)
                        : enumConstant(row.constants(), ((String) written).toUpperCase(Locale.ROOT));
                case CLASS_NAMES -> classNames(written);
                case INPUTS -> inputs(written);
            };
        }

        Object write(Object value) {
            return switch (this) {
                case TTL, MAX_STALE -> ((Optional<?>) value).isPresent() ? ((Optional<?>) value).get().toString() : "";
                case BOUND -> ((OptionalLong) value).isPresent() ? ((OptionalLong) value).getAsLong() : -1L;
                case BYTE_SIZE -> ((OptionalLong) value).isPresent()
                        ? Long.toString(((OptionalLong) value).getAsLong()) : "";
                case CONSTANT -> ((Enum<?>) value).name();
                case FLAG, TEXT, CALLBACK, CLASS_NAMES, INPUTS -> value;
            };
        }
    }

    /**
     * A rule over several attributes: the spec breaks it when {@link #broken} holds; the message is told the values
     * as written (defaults filled in), so it quotes the user's own text. Constants, not lambdas, as {@link Codec}.
     */
    enum Check {
        SESSION_ON_DISK, SESSION_SHARED, OFF_HEAP_SHARED, MAX_STALE_WITHOUT_BACKGROUND, BACKGROUND_WITHOUT_TTL;

        boolean broken(CacheSpec spec) {
            return switch (this) {
                case SESSION_ON_DISK -> spec.scope() == Scope.SESSION && spec.persist() == Persist.DISK;
                case SESSION_SHARED -> spec.scope() == Scope.SESSION && spec.persist() == Persist.REMOTE;
                case OFF_HEAP_SHARED -> spec.offHeap() && spec.persist() == Persist.REMOTE;
                case MAX_STALE_WITHOUT_BACKGROUND -> spec.refresh() == Refresh.FOREGROUND
                                                     && spec.get(MAX_STALE).isPresent();
                case BACKGROUND_WITHOUT_TTL -> spec.refresh() == Refresh.BACKGROUND && spec.ttl().isEmpty();
            };
        }

        String message(Map<String, Object> written) {
            return switch (this) {
                case SESSION_ON_DISK -> Messages.sessionOnDisk();
                case SESSION_SHARED -> Messages.sessionShared();
                case OFF_HEAP_SHARED -> Messages.offHeapShared();
                case MAX_STALE_WITHOUT_BACKGROUND -> Messages.maxStaleWithoutBackground(
                        (String) written.get(MAX_STALE.name()));
                case BACKGROUND_WITHOUT_TTL -> Messages.backgroundWithoutTtl();
            };
        }
    }

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

    private static Map<String, Attribute<?>> byName() {
        Map<String, Attribute<?>> byName = new HashMap<>();
        for (Attribute<?> attribute : ALL) {
            byName.put(attribute.name(), attribute);
        }
        return Map.copyOf(byName);
    }

    private static Attribute<Boolean> flag(String name, boolean byDefault) {
        return Attribute.<Boolean>named(name, Form.FLAG)
                .byDefault(byDefault).example(!byDefault)
                .reads(Codec.FLAG)
                .build();
    }

    private static <E extends Enum<E>> Attribute.Builder<E> constant(String name, Class<E> type, E byDefault,
                                                                     E example) {
        return Attribute.<E>named(name, Form.CONSTANT)
                .constants(type).byDefault(byDefault.name()).example(example.name())
                .reads(Codec.CONSTANT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> enumConstant(Class<? extends Enum<?>> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Attribute<String> callback(String name) {
        return Attribute.<String>named(name, Form.TEXT)
                .only(RESOURCE, "@CacheData hands out copies, so there is no shared object to check or release")
                .byDefault("").example(name.equals("validate") ? "isOpen" : "close")
                .reads(Codec.CALLBACK)
                .build();
    }

    private static Optional<Duration> optionalDuration(Codec codec, String name, String written) {
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
            throw new IllegalArgumentException(codec == Codec.TTL ? Messages.ttlExpiresAtOnce(written)
                    : Messages.maxStaleServesNothing(written));
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

    private static List<String> inputs(Object written) {
        List<String> inputs = new ArrayList<>();
        for (Object input : (List<?>) written) {
            inputs.add(String.valueOf(input));
        }
        DeclaredInputs.validate(inputs);
        return List.copyOf(inputs);
    }

    private static String methodName(String attribute, String name) {
        boolean identifier = name.isEmpty() || Character.isJavaIdentifierStart(name.charAt(0));
        for (int i = 1; i < name.length() && identifier; i++) {
            identifier = Character.isJavaIdentifierPart(name.charAt(i));
        }
        if (!identifier) {
            throw new IllegalArgumentException(Messages.notAMethodName(attribute, name));
        }
        return name;
    }
}
