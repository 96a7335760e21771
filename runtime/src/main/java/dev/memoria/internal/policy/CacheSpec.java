package dev.memoria.internal.policy;

import dev.memoria.CacheConfigurationException;
import dev.memoria.HiddenInputs;
import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import dev.memoria.internal.report.Messages;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The validated configuration of one cached method: the attributes of its {@code @CacheData} or
 * {@code @CacheResource} annotation, or of its rules-file entry, one value per row of {@link Attributes}. Built with
 * {@link #builder}, which rejects invalid values with a {@link CacheConfigurationException} naming the method, the
 * attribute and the fix. The named accessors read the table's values for the engine's convenience; any attribute can
 * be read with {@link #get}.
 *
 * @param kind   which annotation's semantics apply
 * @param values the value of every attribute, by name, in table order
 */
public record CacheSpec(Kind kind, Map<String, Object> values) {

    /** Which annotation's semantics apply. */
    public enum Kind {
        /** {@code @CacheData}: values are stored serialized and copied for every caller. */
        DATA("@CacheData"),
        /** {@code @CacheResource}: one shared object per key. */
        RESOURCE("@CacheResource");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        /** The annotation as written in source, e.g. {@code @CacheData}. */
        public String annotation() {
            return annotation;
        }
    }

    /** Only {@link Builder#build()} makes specs; this checks that one holds a value for every attribute. */
    public CacheSpec {
        Objects.requireNonNull(kind, "kind");
        if (!hasEveryAttribute(values)) {
            throw new IllegalArgumentException("A spec needs one value per attribute, got " + values.keySet());
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static boolean hasEveryAttribute(Map<String, Object> values) {
        for (Attribute<?> attribute : Attributes.all()) {
            if (!values.containsKey(attribute.name())) {
                return false;
            }
        }
        return values.size() == Attributes.all().size();
    }

    /**
     * @param kind   which annotation's semantics apply
     * @param method the method being configured, named in every error
     */
    public static Builder builder(Kind kind, String method) {
        return new Builder(kind, method);
    }

    /** The value of {@code attribute}: its default when it was not written. */
    @SuppressWarnings("unchecked")
    public <T> T get(Attribute<T> attribute) {
        return (T) values.get(attribute.name());
    }

    /** How long an entry lives after it was written; empty when entries never expire. */
    public Optional<Duration> ttl() {
        return get(Attributes.TTL);
    }

    /** The most entries kept; empty when unbounded. */
    public OptionalLong maxEntries() {
        return get(Attributes.MAX_ENTRIES);
    }

    /** The most bytes kept (serialized size); empty when unbounded. */
    public OptionalLong maxBytes() {
        return get(Attributes.MAX_SIZE);
    }

    public Persist persist() {
        return get(Attributes.PERSIST);
    }

    public boolean offHeap() {
        return get(Attributes.OFF_HEAP);
    }

    public boolean showSpinner() {
        return get(Attributes.SHOW_SPINNER);
    }

    /** The custom progress text; empty for the default. */
    public String spinnerText() {
        return get(Attributes.SPINNER_TEXT);
    }

    public Scope scope() {
        return get(Attributes.SCOPE);
    }

    public boolean allowWidgets() {
        return get(Attributes.ALLOW_WIDGETS);
    }

    /** Binary names of the declared {@code Hasher} classes, in declaration order. */
    public List<String> hashers() {
        return get(Attributes.HASHERS);
    }

    /** The name of the validate method; empty when there is none. */
    public String validate() {
        return get(Attributes.VALIDATE);
    }

    /** The name of the onRelease method; empty when there is none. */
    public String onRelease() {
        return get(Attributes.ON_RELEASE);
    }

    public Refresh refresh() {
        return get(Attributes.REFRESH);
    }

    /**
     * How long past the {@code ttl} a stale entry may be served while it is refreshed in the background: zero in
     * {@link Refresh#FOREGROUND} mode, the {@code ttl} when {@code maxStale} was not written.
     */
    public Duration maxStale() {
        if (refresh() == Refresh.FOREGROUND) {
            return Duration.ZERO;
        }
        return get(Attributes.MAX_STALE).or(this::ttl).orElse(Duration.ZERO);
    }

    /**
     * How long an entry is kept after it was written: {@code ttl}, plus {@link #maxStale()} in background mode;
     * empty when entries never expire.
     */
    public Optional<Duration> retention() {
        Optional<Duration> ttl = ttl(); // no lambda: every store reads this on the first cached call
        return ttl.isEmpty() ? ttl : Optional.of(ttl.get().plus(maxStale()));
    }

    public boolean showTime() {
        return get(Attributes.SHOW_TIME);
    }

    /** The declared inputs, valid for {@code DeclaredInputs.parse}, in declaration order. */
    public List<String> inputs() {
        return get(Attributes.INPUTS);
    }

    public HiddenInputs hiddenInputs() {
        return get(Attributes.HIDDEN_INPUTS);
    }

    // equals and hashCode written out: a record's generated ones bootstrap java.lang.runtime.ObjectMethods (dozens
    // of method-handle classes) on their first use, which is the first cached call of every JVM
    @Override
    public boolean equals(Object other) {
        return other instanceof CacheSpec spec && kind == spec.kind && values.equals(spec.values);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + values.hashCode();
    }

    @Override
    public String toString() {
        return kind.annotation() + Attributes.all().stream()
                .filter(attribute -> attribute.appliesTo(kind))
                .map(attribute -> attribute.name() + "=" + writtenForm(attribute))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private <T> Object writtenForm(Attribute<T> attribute) {
        return attribute.write(get(attribute));
    }

    /**
     * Collects written attribute values, in their annotation form (see {@link Attribute.Form}); {@link #build()}
     * reads and checks them all. Attributes not written keep the annotation's default.
     */
    public static final class Builder {

        private final Kind kind;
        private final String method;
        private final Map<String, Object> written = new LinkedHashMap<>();

        private Builder(Kind kind, String method) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.method = Objects.requireNonNull(method, "method");
        }

        /** Sets one attribute, written as an annotation writes it (an enum constant or its name). */
        public Builder set(Attribute<?> attribute, Object value) {
            written.put(attribute.name(), Objects.requireNonNull(value, attribute.name()));
            return this;
        }

        /** Sets attributes by name, as an annotation or a rules file writes them. */
        public Builder setAll(Map<String, ?> values) {
            for (Map.Entry<String, ?> entry : values.entrySet()) { // a loop, not a lambda: see Attributes.Codec
                written.put(entry.getKey(), Objects.requireNonNull(entry.getValue(), entry.getKey()));
            }
            return this;
        }

        /** @throws CacheConfigurationException naming the first invalid attribute and its fix */
        public CacheSpec build() {
            for (String name : written.keySet()) {
                if (Attributes.named(name).isEmpty()) {
                    throw problem(Messages.unknownAttribute(name, kind.annotation()));
                }
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Attribute<?> attribute : Attributes.all()) {
                values.put(attribute.name(), read(attribute));
            }
            CacheSpec spec = new CacheSpec(kind, values);
            for (Attributes.Check check : Attributes.Check.values()) {
                if (check.broken(spec)) {
                    Map<String, Object> asWritten = new LinkedHashMap<>();
                    Attributes.all().forEach(attribute -> asWritten.put(attribute.name(),
                            written.getOrDefault(attribute.name(), attribute.defaultForm())));
                    throw problem(check.message(asWritten));
                }
            }
            return spec;
        }

        private Object read(Attribute<?> attribute) {
            Object value = written.getOrDefault(attribute.name(), attribute.defaultForm());
            try {
                Object read = attribute.read(value);
                if (!attribute.appliesTo(kind) && !read.equals(attribute.read(attribute.defaultForm()))) {
                    Kind other = kind == Kind.DATA ? Kind.RESOURCE : Kind.DATA;
                    String setting = attribute.name() + " = "
                                     + (attribute.form() == Attribute.Form.TEXT ? "\"" + value + "\"" : value);
                    throw problem(Messages.notOn(setting, kind.annotation(), other.annotation(),
                            attribute.absentBecause()));
                }
                return read;
            } catch (IllegalArgumentException | ClassCastException e) {
                throw problem(e instanceof ClassCastException
                        ? Messages.wrongForm(attribute.name(), String.valueOf(value), attribute.form().name())
                        : e.getMessage());
            }
        }

        private CacheConfigurationException problem(String text) {
            return new CacheConfigurationException(method, text);
        }
    }
}
