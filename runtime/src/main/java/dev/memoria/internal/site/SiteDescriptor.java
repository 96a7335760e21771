package dev.memoria.internal.site;

import dev.memoria.internal.policy.Attribute;
import dev.memoria.internal.policy.Attributes;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the weaver knows about one cached method, as the runtime needs it: identity, fingerprint, parameter
 * names, which parameters stay out of the key, and the validated {@link CacheSpec}.
 *
 * <p>The weaver (agent or build plugin) embeds {@link #encode()} as a constant in the rewritten method; the runtime
 * decodes it once, when the method is first called. The text format is versioned so that classes woven by one
 * Memoria version fail clearly, rather than silently misbehave, under another.
 */
public final class SiteDescriptor {

    private static final String HEADER = "memoria-site:1";

    private final String owner;
    private final String method;
    private final String descriptor;
    private final boolean isStatic;
    private final String fingerprint;
    private final List<String> parameterNames;
    private final boolean[] unhashed;
    private final boolean receiverUnhashed;
    private final CacheSpec spec;
    /** Where the rules that cache or configure the method are written, {@code <file>:<line>, ...}; empty if none. */
    private final String rules;
    /** Whether the method carries {@code @CacheData} or {@code @CacheResource} (else only rules cache it). */
    private final boolean annotated;
    /** What the fingerprint was computed from, member by member; {@link Manifest#NONE} when not known. */
    private final Manifest manifest;

    /**
     * @param owner            binary name of the declaring class, e.g. {@code example.Reports$Cache}
     * @param method           the method name
     * @param descriptor       the JVM method descriptor
     * @param isStatic         whether the method is static (has no receiver)
     * @param fingerprint      the code fingerprint computed by the weaver
     * @param parameterNames   one name per parameter ({@code arg0} style when the class file has none)
     * @param unhashed         per parameter: annotated {@code @Unhashed}
     * @param receiverUnhashed whether the explicit receiver parameter is annotated {@code @Unhashed}
     * @param spec             the validated configuration
     */
    public SiteDescriptor(String owner, String method, String descriptor, boolean isStatic, String fingerprint,
                          List<String> parameterNames, boolean[] unhashed, boolean receiverUnhashed, CacheSpec spec) {
        this(owner, method, descriptor, isStatic, fingerprint, parameterNames, unhashed, receiverUnhashed, spec, "",
                true, Manifest.NONE);
    }

    private SiteDescriptor(String owner, String method, String descriptor, boolean isStatic, String fingerprint,
                           List<String> parameterNames, boolean[] unhashed, boolean receiverUnhashed, CacheSpec spec,
                           String rules, boolean annotated, Manifest manifest) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.annotated = annotated;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.method = Objects.requireNonNull(method, "method");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.isStatic = isStatic;
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.parameterNames = List.copyOf(parameterNames);
        this.unhashed = unhashed.clone();
        this.receiverUnhashed = receiverUnhashed;
        this.spec = Objects.requireNonNull(spec, "spec");
        int arity = MethodNames.parameterTypes(descriptor).size();
        if (parameterNames.size() != arity || unhashed.length != arity) {
            throw new IllegalArgumentException(displayName() + " has " + arity + " parameters but "
                    + parameterNames.size() + " names and " + unhashed.length + " unhashed flags were given");
        }
    }

    /**
     * This method as configured by rules of a rules file.
     *
     * @param origins   where the rules are written, {@code <file>:<line>}, in file order
     * @param annotated whether the method also carries a cache annotation
     */
    public SiteDescriptor withRules(List<String> origins, boolean annotated) {
        return new SiteDescriptor(owner, method, descriptor, isStatic, fingerprint, parameterNames, unhashed,
                receiverUnhashed, spec, String.join(", ", origins), annotated, manifest);
    }

    /** This method with the manifest its fingerprint was computed from. */
    public SiteDescriptor withManifest(Manifest manifest) {
        return new SiteDescriptor(owner, method, descriptor, isStatic, fingerprint, parameterNames, unhashed,
                receiverUnhashed, spec, rules, annotated, manifest);
    }

    /** What the fingerprint was computed from; {@link Manifest#NONE} for classes woven before manifests existed. */
    public Manifest manifest() {
        return manifest;
    }

    /** Where the rules that configure the method are written, {@code <file>:<line>, ...}; empty when none do. */
    public String rules() {
        return rules;
    }

    /**
     * Whether only a rules file caches the method: its callers never asked for caching (often a library's own code
     * calls it), so a call Memoria cannot cache runs uncached instead of failing.
     */
    public boolean cachedByRulesOnly() {
        return !annotated && !rules.isEmpty();
    }

    public String owner() {
        return owner;
    }

    public String method() {
        return method;
    }

    public String descriptor() {
        return descriptor;
    }

    public boolean isStatic() {
        return isStatic;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    public CacheSpec spec() {
        return spec;
    }

    /** The cache identity: the same for a class reloaded with unchanged code, different after a code change. */
    public String functionKey() {
        return owner + '.' + method + descriptor + '#' + fingerprint;
    }

    /** The method without its code version: every fingerprint of it shares this signature. */
    public String signature() {
        return owner + '.' + method + descriptor;
    }

    /** The method as people read it, e.g. {@code example.Reports.load(Connection, int)}. */
    public String displayName() {
        return displayName(owner, method, descriptor);
    }

    /** The readable name of any method: {@code owner.method(ParameterTypes...)}, owner as a binary name. */
    public static String displayName(String owner, String method, String descriptor) {
        return owner + '.' + method + '(' + String.join(", ", MethodNames.parameterTypes(descriptor)) + ')';
    }

    /** {@link #displayName()} followed by the rules that configure the method, so a reader knows where to look. */
    public String describedName() {
        if (rules.isEmpty()) {
            return displayName();
        }
        return displayName() + (rules.contains(",") ? " (rules " : " (rule ") + rules + ")";
    }

    /** The default progress text, Streamlit's: {@code Running `Reports.load(...)`.} */
    public String defaultSpinnerText() {
        String arguments = parameterNames.isEmpty() ? "" : "...";
        return "Running `" + MethodNames.simpleName(owner) + '.' + method + '(' + arguments + ")`.";
    }

    /** Per parameter: whether it is part of the key. {@code @Unhashed} and names starting with {@code _} are not. */
    public boolean[] hashedParameters() {
        boolean[] hashed = new boolean[unhashed.length];
        for (int i = 0; i < hashed.length; i++) {
            hashed[i] = !unhashed[i] && !parameterNames.get(i).startsWith("_");
        }
        return hashed;
    }

    /** Whether the receiver is part of the key. */
    public boolean hashesReceiver() {
        return !isStatic && !receiverUnhashed;
    }

    /** The text the weaver embeds; {@link #decode} reverses it. */
    public String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("owner", owner);
        fields.put("method", method);
        fields.put("descriptor", descriptor);
        fields.put("static", Boolean.toString(isStatic));
        fields.put("fingerprint", fingerprint);
        fields.put("parameters", String.join(",", parameterNames));
        fields.put("unhashed", flags(unhashed));
        fields.put("receiverUnhashed", Boolean.toString(receiverUnhashed));
        fields.put("kind", spec.kind().name());
        fields.put("rules", rules);
        fields.put("annotated", Boolean.toString(annotated));
        for (Attribute<?> attribute : Attributes.all()) {
            if (attribute.appliesTo(spec.kind())) {
                fields.put(attribute.name(), attribute.encode(spec.get(attribute)));
            }
        }
        fields.put("manifest", manifest.isKnown() ? manifest.encode() : "");
        StringBuilder text = new StringBuilder(HEADER);
        fields.forEach((key, value) -> text.append('\n').append(key).append('=').append(escape(value)));
        return text.toString();
    }

    /**
     * @throws IllegalArgumentException when the text was not produced by {@link #encode()} of this Memoria version
     */
    public static SiteDescriptor decode(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new IllegalArgumentException(Messages.otherSiteFormat(lines[0], HEADER));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int equals = lines[i].indexOf('=');
            fields.put(lines[i].substring(0, equals), unescape(lines[i].substring(equals + 1)));
        }
        String owner = fields.get("owner");
        String method = fields.get("method");
        String descriptor = fields.get("descriptor");
        CacheSpec.Kind kind = CacheSpec.Kind.valueOf(fields.get("kind"));
        CacheSpec.Builder spec = CacheSpec.builder(kind, displayName(owner, method, descriptor));
        for (Attribute<?> attribute : Attributes.all()) {
            // absent from classes woven before the attribute existed: they get its default
            String written = fields.get(attribute.name());
            if (written != null && attribute.appliesTo(kind)) {
                spec.set(attribute, attribute.decode(written));
            }
        }
        return new SiteDescriptor(owner, method, descriptor, Boolean.parseBoolean(fields.get("static")),
                fields.get("fingerprint"), list(fields.get("parameters")), parseFlags(fields.get("unhashed")),
                // classes woven before the site named its rules have neither field: they were annotated
                Boolean.parseBoolean(fields.get("receiverUnhashed")), spec.build(), fields.getOrDefault("rules", ""),
                Boolean.parseBoolean(fields.getOrDefault("annotated", "true")),
                manifestOf(fields.getOrDefault("manifest", "")));
    }

    /** A manifest that cannot be read is only a lost explanation: the method is cached all the same. */
    private static Manifest manifestOf(String text) {
        try {
            return text.isEmpty() ? Manifest.NONE : Manifest.decode(text);
        } catch (IllegalArgumentException malformed) {
            return Manifest.NONE;
        }
    }

    private static String flags(boolean[] values) {
        StringBuilder text = new StringBuilder(values.length);
        for (boolean value : values) {
            text.append(value ? '1' : '0');
        }
        return text.toString();
    }

    private static boolean[] parseFlags(String text) {
        boolean[] values = new boolean[text.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = text.charAt(i) == '1';
        }
        return values;
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(",")));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                c = value.charAt(++i) == 'n' ? '\n' : '\\';
            }
            text.append(c);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteDescriptor that && encode().equals(that.encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return functionKey();
    }
}
