package dev.memoria.internal.policy;

import dev.memoria.CacheConfigurationException;
import dev.memoria.HiddenInputs;
import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import dev.memoria.internal.inputs.DeclaredInputs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The validated configuration of one cached method: the attributes of its {@code @CacheData} or
 * {@code @CacheResource} annotation, or of its rules-file entry. Immutable; built with {@link #builder}, which rejects
 * invalid values with a {@link CacheConfigurationException} naming the method, the attribute and the fix.
 */
public final class CacheSpec {

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

    private static final long UNBOUNDED = -1;

    private final Kind kind;
    private final Duration ttl;
    private final long maxEntries;
    private final long maxBytes;
    private final Persist persist;
    private final boolean offHeap;
    private final boolean showSpinner;
    private final String spinnerText;
    private final Scope scope;
    private final boolean allowWidgets;
    private final List<String> hashers;
    private final String validate;
    private final String onRelease;
    private final Refresh refresh;
    private final Duration maxStale;
    private final boolean showTime;
    private final List<String> inputs;
    private final HiddenInputs hiddenInputs;

    private CacheSpec(Builder builder, Duration ttl, long maxBytes, Duration maxStale) {
        this.kind = builder.kind;
        this.ttl = ttl;
        this.maxEntries = builder.maxEntries;
        this.maxBytes = maxBytes;
        this.persist = builder.persist;
        this.offHeap = builder.offHeap;
        this.showSpinner = builder.showSpinner;
        this.spinnerText = builder.spinnerText;
        this.scope = builder.scope;
        this.allowWidgets = builder.allowWidgets;
        this.hashers = List.copyOf(builder.hashers);
        this.validate = builder.validate;
        this.onRelease = builder.onRelease;
        this.refresh = builder.refresh;
        this.maxStale = maxStale;
        this.showTime = builder.showTime;
        this.inputs = List.copyOf(builder.inputs);
        this.hiddenInputs = builder.hiddenInputs;
    }

    /**
     * @param kind   which annotation's semantics apply
     * @param method the method being configured, named in every error
     */
    public static Builder builder(Kind kind, String method) {
        return new Builder(kind, method);
    }

    public Kind kind() {
        return kind;
    }

    /** How long an entry lives after it was written; empty when entries never expire. */
    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** The most entries kept; empty when unbounded. */
    public OptionalLong maxEntries() {
        return maxEntries == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(maxEntries);
    }

    /** The most bytes kept (serialized size); empty when unbounded. */
    public OptionalLong maxBytes() {
        return maxBytes == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(maxBytes);
    }

    public Persist persist() {
        return persist;
    }

    public boolean offHeap() {
        return offHeap;
    }

    public boolean showSpinner() {
        return showSpinner;
    }

    /** The custom progress text; empty for the default. */
    public String spinnerText() {
        return spinnerText;
    }

    public Scope scope() {
        return scope;
    }

    public boolean allowWidgets() {
        return allowWidgets;
    }

    /** Binary names of the declared {@code Hasher} classes, in declaration order. */
    public List<String> hashers() {
        return hashers;
    }

    /** The name of the validate method; empty when there is none. */
    public String validate() {
        return validate;
    }

    /** The name of the onRelease method; empty when there is none. */
    public String onRelease() {
        return onRelease;
    }

    public Refresh refresh() {
        return refresh;
    }

    /**
     * How long past the {@code ttl} a stale entry may be served while it is refreshed in the background: zero in
     * {@link Refresh#FOREGROUND} mode.
     */
    public Duration maxStale() {
        return maxStale;
    }

    /**
     * How long an entry is kept after it was written: {@code ttl}, plus {@link #maxStale()} in background mode;
     * empty when entries never expire.
     */
    public Optional<Duration> retention() {
        return ttl().map(fresh -> fresh.plus(maxStale));
    }

    public boolean showTime() {
        return showTime;
    }

    /** The declared inputs, valid for {@link DeclaredInputs#parse}, in declaration order. */
    public List<String> inputs() {
        return inputs;
    }

    public HiddenInputs hiddenInputs() {
        return hiddenInputs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheSpec that
               && kind == that.kind && Objects.equals(ttl, that.ttl) && maxEntries == that.maxEntries
               && maxBytes == that.maxBytes && persist == that.persist && offHeap == that.offHeap
               && showSpinner == that.showSpinner && spinnerText.equals(that.spinnerText) && scope == that.scope
               && allowWidgets == that.allowWidgets && hashers.equals(that.hashers)
               && validate.equals(that.validate) && onRelease.equals(that.onRelease) && refresh == that.refresh
               && maxStale.equals(that.maxStale) && showTime == that.showTime && inputs.equals(that.inputs)
               && hiddenInputs == that.hiddenInputs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, ttl, maxEntries, maxBytes, persist, offHeap, showSpinner, spinnerText, scope,
                allowWidgets, hashers, validate, onRelease, refresh, maxStale, showTime, inputs, hiddenInputs);
    }

    @Override
    public String toString() {
        return kind.annotation() + "(ttl=" + (ttl == null ? "none" : ttl) + ", maxEntries=" + maxEntries
               + ", maxBytes=" + maxBytes + ", persist=" + persist + ", offHeap=" + offHeap + ", scope=" + scope
               + ", hashers=" + hashers + ", validate=" + validate + ", onRelease=" + onRelease + ", refresh="
               + refresh + ", maxStale=" + maxStale + ", showTime=" + showTime + ", inputs=" + inputs
               + ", hiddenInputs=" + hiddenInputs + ")";
    }

    /** Collects attribute values; {@link #build()} checks them all. Defaults match the annotations' defaults. */
    public static final class Builder {

        private final Kind kind;
        private final String method;
        private String ttl = "";
        private long maxEntries = UNBOUNDED;
        private String maxSize = "";
        private Persist persist = Persist.NONE;
        private boolean offHeap;
        private boolean showSpinner = true;
        private String spinnerText = "";
        private Scope scope = Scope.GLOBAL;
        private boolean allowWidgets;
        private final List<String> hashers = new ArrayList<>();
        private String validate = "";
        private String onRelease = "";
        private Refresh refresh = Refresh.FOREGROUND;
        private String maxStale = "";
        private boolean showTime;
        private final List<String> inputs = new ArrayList<>();
        private HiddenInputs hiddenInputs = HiddenInputs.REPORT;

        private Builder(Kind kind, String method) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.method = Objects.requireNonNull(method, "method");
        }

        /** A duration text such as {@code "1h"}, or {@code ""} for no expiry. */
        public Builder ttl(String ttl) {
            this.ttl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        public Builder maxEntries(long maxEntries) {
            this.maxEntries = maxEntries;
            return this;
        }

        /** A size text such as {@code "512MB"}, or {@code ""} for no bound. */
        public Builder maxSize(String maxSize) {
            this.maxSize = Objects.requireNonNull(maxSize, "maxSize");
            return this;
        }

        public Builder persist(Persist persist) {
            this.persist = Objects.requireNonNull(persist, "persist");
            return this;
        }

        public Builder offHeap(boolean offHeap) {
            this.offHeap = offHeap;
            return this;
        }

        public Builder showSpinner(boolean showSpinner) {
            this.showSpinner = showSpinner;
            return this;
        }

        public Builder spinnerText(String spinnerText) {
            this.spinnerText = Objects.requireNonNull(spinnerText, "spinnerText");
            return this;
        }

        public Builder scope(Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        public Builder allowWidgets(boolean allowWidgets) {
            this.allowWidgets = allowWidgets;
            return this;
        }

        /** Adds a {@code Hasher} class by binary name. */
        public Builder hasher(String className) {
            hashers.add(Objects.requireNonNull(className, "className"));
            return this;
        }

        public Builder validate(String validate) {
            this.validate = Objects.requireNonNull(validate, "validate");
            return this;
        }

        public Builder onRelease(String onRelease) {
            this.onRelease = Objects.requireNonNull(onRelease, "onRelease");
            return this;
        }

        public Builder refresh(Refresh refresh) {
            this.refresh = Objects.requireNonNull(refresh, "refresh");
            return this;
        }

        /** A duration text such as {@code "10m"}, or {@code ""} for as long as the {@code ttl}. */
        public Builder maxStale(String maxStale) {
            this.maxStale = Objects.requireNonNull(maxStale, "maxStale");
            return this;
        }

        public Builder showTime(boolean showTime) {
            this.showTime = showTime;
            return this;
        }

        /** Adds a declared input, e.g. {@code env:REGION}. */
        public Builder input(String input) {
            inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        public Builder hiddenInputs(HiddenInputs hiddenInputs) {
            this.hiddenInputs = Objects.requireNonNull(hiddenInputs, "hiddenInputs");
            return this;
        }

        /** @throws CacheConfigurationException naming the first invalid attribute and its fix */
        public CacheSpec build() {
            if (maxEntries == 0 || maxEntries < UNBOUNDED) {
                throw problem("maxEntries = " + maxEntries + " would keep nothing. Use a positive bound, or -1"
                              + " (the default) for no bound");
            }
            if (kind == Kind.RESOURCE) {
                requireDataOnly(!maxSize.isEmpty(), "maxSize", "resources are shared objects whose size is not"
                        + " measured; bound them with maxEntries");
                requireDataOnly(persist != Persist.NONE, "persist = " + persist, "a resource is a live object"
                        + " that cannot outlive the JVM");
            } else {
                requireResourceOnly(validate, "validate");
                requireResourceOnly(onRelease, "onRelease");
            }
            if (scope == Scope.SESSION && persist == Persist.DISK) {
                throw problem("scope = SESSION with persist = DISK: session caches end with their session, so"
                              + " there is nothing to keep on disk. Drop one of the two");
            }
            requireIdentifier("validate", validate);
            requireIdentifier("onRelease", onRelease);
            for (String hasher : hashers) {
                if (hasher.isBlank()) {
                    throw problem("a hasher class name is empty");
                }
            }
            try {
                DeclaredInputs.validate(inputs);
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage().substring(0, e.getMessage().length() - 1)); // problem() ends it
            }
            Duration ttl = parseTtl();
            return new CacheSpec(this, ttl, parseMaxSize(), parseMaxStale(ttl));
        }

        /** Streamlit's rule: a background refresh needs a {@code ttl} to know when an entry turns stale. */
        private Duration parseMaxStale(Duration ttl) {
            if (refresh == Refresh.FOREGROUND) {
                if (!maxStale.isEmpty()) {
                    throw problem("maxStale = \"" + maxStale + "\" only applies with refresh = BACKGROUND, which"
                                  + " serves stale entries while refreshing them. Add refresh = BACKGROUND, or"
                                  + " remove maxStale");
                }
                return Duration.ZERO;
            }
            if (ttl == null || ttl.isZero()) {
                throw problem("refresh = BACKGROUND requires a ttl: an entry turns stale, and is refreshed in the"
                              + " background, once its ttl has passed. Add a ttl such as ttl = \"10m\", or use"
                              + " refresh = FOREGROUND");
            }
            if (maxStale.isEmpty()) {
                return ttl;
            }
            try {
                Duration parsed = Durations.parse(maxStale);
                if (parsed.isZero() || parsed.isNegative()) {
                    throw new IllegalArgumentException("\"" + maxStale + "\" would serve no stale entry. Give a"
                            + " positive duration such as \"5m\", or \"\" for as long as the ttl");
                }
                return parsed;
            } catch (IllegalArgumentException e) {
                throw problem("maxStale " + e.getMessage());
            }
        }

        private Duration parseTtl() {
            if (ttl.isEmpty()) {
                return null;
            }
            Duration parsed;
            try {
                parsed = Durations.parse(ttl);
            } catch (IllegalArgumentException e) {
                throw problem("ttl " + e.getMessage());
            }
            if (parsed.isZero()) {
                // like maxEntries = 0: a bound that keeps nothing is a mistake, not a way to turn caching off
                throw problem("ttl = \"" + ttl + "\" would expire every entry as soon as it is stored. Use a"
                              + " positive duration such as \"10m\", or leave ttl out (the default) for no expiry");
            }
            return parsed;
        }

        private long parseMaxSize() {
            if (maxSize.isEmpty()) {
                return UNBOUNDED;
            }
            try {
                return ByteSizes.parse(maxSize);
            } catch (IllegalArgumentException e) {
                throw problem("maxSize " + e.getMessage());
            }
        }

        private void requireDataOnly(boolean set, String attribute, String why) {
            if (set) {
                throw problem(attribute + " is not supported on @CacheResource: " + why
                              + ". Use @CacheData if the value is plain data");
            }
        }

        private void requireResourceOnly(String value, String attribute) {
            if (!value.isEmpty()) {
                throw problem(attribute + " = \"" + value + "\" is only supported on @CacheResource: @CacheData"
                              + " hands out copies, so there is no shared object to check or release");
            }
        }

        private void requireIdentifier(String attribute, String value) {
            if (!value.isEmpty() && !isJavaIdentifier(value)) {
                throw problem(attribute + " = \"" + value + "\" is not a method name. Give the name of a method"
                              + " of the same class, without parentheses");
            }
        }

        private static boolean isJavaIdentifier(String name) {
            if (!Character.isJavaIdentifierStart(name.charAt(0))) {
                return false;
            }
            return name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
        }

        private CacheConfigurationException problem(String text) {
            return new CacheConfigurationException(method, text + ".");
        }
    }
}
