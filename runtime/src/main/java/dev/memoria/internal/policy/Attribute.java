package dev.memoria.internal.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One attribute of the cache annotations, as a row of {@link Attributes}: its name, the form its value takes in an
 * annotation and in a rules file, which annotations carry it, its default, and how a written value becomes the value
 * the engine uses (checking it on the way). Everything that reads or writes attributes — annotation reading, the site
 * descriptor, rules files, the build plugin — goes through rows, so an attribute is defined once.
 *
 * @param <T> the value the engine uses, e.g. a {@code Duration} for {@code ttl = "10m"}
 */
public final class Attribute<T> {

    /**
     * How a value is written: in an annotation, a rules file and a site descriptor alike. Annotation values arrive in
     * the Java form of each: {@code String}, {@code Integer}, {@code Boolean}, an enum constant or its name, a list of
     * strings (class names for {@code Class[]} attributes).
     */
    public enum Form {
        /** A {@code String} attribute. */
        TEXT,
        /** An {@code int} attribute. */
        WHOLE_NUMBER,
        /** A {@code boolean} attribute. */
        FLAG,
        /** An enum attribute; {@link #constants()} lists its values. */
        CONSTANT,
        /** A {@code Class[]} attribute, as binary class names. */
        CLASS_NAMES,
        /** A {@code String[]} attribute. */
        TEXTS
    }

    private final String name;
    private final Form form;
    private final Class<? extends Enum<?>> constants;
    private final Set<CacheSpec.Kind> kinds;
    private final Object defaultForm;
    private final Object example;
    private final Attributes.Codec codec;
    private final String absentBecause;

    private Attribute(Builder<T> builder) {
        this.name = builder.name;
        this.form = builder.form;
        this.constants = builder.constants;
        this.kinds = Set.copyOf(builder.kinds);
        this.defaultForm = builder.defaultForm;
        this.example = builder.example;
        this.codec = builder.codec;
        this.absentBecause = builder.absentBecause;
    }

    static <T> Builder<T> named(String name, Form form) {
        return new Builder<>(name, form);
    }

    /** The attribute's name, as annotations and rules files spell it. */
    public String name() {
        return name;
    }

    public Form form() {
        return form;
    }

    /** The enum type of a {@link Form#CONSTANT} attribute; null for the other forms. */
    public Class<? extends Enum<?>> constants() {
        return constants;
    }

    /** Whether the annotation of {@code kind} declares this attribute. */
    public boolean appliesTo(CacheSpec.Kind kind) {
        return kinds.contains(kind);
    }

    /** The default as an annotation writes it, e.g. {@code ""} or {@code -1}. */
    public Object defaultForm() {
        return defaultForm;
    }

    /** A valid value other than the default, as an annotation writes it: what tests and messages show. */
    public Object example() {
        return example;
    }

    /**
     * Why a cache of a kind that does not declare this attribute cannot take it, e.g. a resource and {@code maxSize};
     * shown with {@link Messages#notOn}.
     */
    String absentBecause() {
        return absentBecause;
    }

    /**
     * The engine's value of a written one.
     *
     * @param written the value in its annotation form (an enum constant or its name for {@link Form#CONSTANT})
     * @throws IllegalArgumentException saying what is wrong with the value and how to write it
     */
    @SuppressWarnings("unchecked")
    T read(Object written) {
        return (T) codec.read(this, written);
    }

    /** The annotation form of an engine value: {@code read(write(value))} equals {@code value}. */
    public Object write(T value) {
        return codec.write(value);
    }

    /**
     * The text a site descriptor holds for {@code value}: its written form, list entries one per line (no entry may
     * hold a line break: none of the list attributes' values can).
     */
    public String encode(Object value) {
        Object written = codec.write(value);
        if (!(written instanceof List<?> entries)) {
            return String.valueOf(written);
        }
        StringBuilder text = new StringBuilder();
        for (Object entry : entries) {
            text.append(text.isEmpty() ? "" : "\n").append(entry);
        }
        return text.toString();
    }

    /** The written form of a descriptor's text: {@code read(decode(encode(value)))} equals {@code value}. */
    public Object decode(String text) {
        return switch (form) {
            case TEXT, CONSTANT -> text;
            case WHOLE_NUMBER -> Long.parseLong(text);
            case FLAG -> Boolean.parseBoolean(text);
            // class names never hold a comma: descriptors of earlier versions separated them with commas
            case CLASS_NAMES -> text.isEmpty() ? List.of() : List.of(text.split("[,\n]", -1));
            case TEXTS -> text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        };
    }

    @Override
    public String toString() {
        return name;
    }

    static final class Builder<T> {
        private final String name;
        private final Form form;
        private Class<? extends Enum<?>> constants;
        private Set<CacheSpec.Kind> kinds = EnumSet.allOf(CacheSpec.Kind.class);
        private Object defaultForm;
        private Object example;
        private Attributes.Codec codec;
        private String absentBecause = "";

        private Builder(String name, Form form) {
            this.name = name;
            this.form = form;
        }

        Builder<T> constants(Class<? extends Enum<?>> type) {
            this.constants = type;
            return this;
        }

        /** Only the annotation of {@code kind} declares it; {@code because} says why the other cannot. */
        Builder<T> only(CacheSpec.Kind kind, String because) {
            this.kinds = EnumSet.of(kind);
            this.absentBecause = because;
            return this;
        }

        Builder<T> byDefault(Object written) {
            this.defaultForm = written;
            return this;
        }

        Builder<T> example(Object written) {
            this.example = written;
            return this;
        }

        Builder<T> reads(Attributes.Codec codec) {
            this.codec = codec;
            return this;
        }

        Attribute<T> build() {
            Objects.requireNonNull(defaultForm, name + ": default");
            Objects.requireNonNull(example, name + ": example");
            Objects.requireNonNull(codec, name + ": codec");
            return new Attribute<>(this);
        }
    }
}
