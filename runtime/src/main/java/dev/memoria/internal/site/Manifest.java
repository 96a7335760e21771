package dev.memoria.internal.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one code version of a cached method was fingerprinted from: each member of its closure (the method, its
 * lambdas and local classes, the project methods it reaches) with its own digest and the member it was reached
 * from. Two manifests of one method name the difference between their code versions ({@link #changesSince}).
 *
 * <p>The weaver computes it with the fingerprint and embeds it in the site descriptor; the disk tier keeps a copy in
 * each version folder. Text read back from disk is untrusted: {@link #decode} refuses anything malformed.
 */
public final class Manifest {

    /** The manifest of a class woven before manifests existed, or of one whose manifest could not be read. */
    public static final Manifest NONE = new Manifest(List.of(), 0, "");

    private static final String HEADER = "memoria-manifest:1";
    /** Bounds what {@link #decode} accepts: a woven manifest has at most a few hundred members. */
    private static final int MAX_MEMBERS = 10_000;
    private static final String DIGEST_CHARS = "0123456789abcdef";

    /** One member, as the weaver found it; see {@code ClosureManifest.Member} in the agent. */
    public record Member(String id, String digest, int parent) {
        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(digest, "digest");
        }
    }

    /** How a member differs between two code versions. */
    public enum ChangeKind {
        CHANGED("body changed"), ADDED("added"), REMOVED("removed");

        private final String text;

        ChangeKind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One difference: the member's call path from the cached method, readable ({@code SalesData.load(long)},
     * {@code Pricing.discount(double)}), and how it changed.
     */
    public record Change(List<String> path, ChangeKind kind) {
        public Change {
            path = List.copyOf(path);
        }

        /** The member that changed: the last step of its path. */
        public String member() {
            return path.get(path.size() - 1);
        }

        @Override
        public String toString() {
            return String.join(" → ", path) + ": " + kind.text();
        }
    }

    private final List<Member> members;
    private final int omitted;
    private final String omittedDigest;

    /**
     * @param members       in the weaver's order: the cached method first, each member after its parent
     * @param omitted       how many members beyond these the closure has
     * @param omittedDigest a digest over the omitted members, {@code ""} when none is omitted
     * @throws IllegalArgumentException when a parent does not come before its member
     */
    public Manifest(List<Member> members, int omitted, String omittedDigest) {
        this.members = List.copyOf(members);
        this.omitted = omitted;
        this.omittedDigest = Objects.requireNonNull(omittedDigest, "omittedDigest");
        for (int i = 0; i < this.members.size(); i++) {
            int parent = this.members.get(i).parent();
            if (i == 0 ? parent != -1 : parent < 0 || parent >= i) {
                throw new IllegalArgumentException("member " + i + " has parent " + parent);
            }
        }
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted " + omitted);
        }
    }

    public boolean isKnown() {
        return !members.isEmpty();
    }

    public List<Member> members() {
        return members;
    }

    /**
     * What changed from {@code older} to this version: changed and added members in this version's order, then the
     * removed ones in the older version's. Empty when either manifest is unknown.
     */
    public List<Change> changesSince(Manifest older) {
        List<Change> changes = new ArrayList<>();
        if (!isKnown() || !older.isKnown()) {
            return changes;
        }
        Map<String, Member> before = older.byId();
        Map<String, Member> now = byId();
        for (Member member : members) {
            Member previous = before.get(member.id());
            if (previous == null) {
                changes.add(new Change(path(member), ChangeKind.ADDED));
            } else if (!previous.digest().equals(member.digest())) {
                changes.add(new Change(path(member), ChangeKind.CHANGED));
            }
        }
        for (Member member : older.members) {
            if (!now.containsKey(member.id())) {
                changes.add(new Change(older.path(member), ChangeKind.REMOVED));
            }
        }
        if (!omittedDigest.equals(older.omittedDigest)) {
            changes.add(new Change(List.of(readable(members.get(0).id()), "one or more of the "
                    + Math.max(omitted, older.omitted) + " members beyond the " + members.size() + " closest"),
                    ChangeKind.CHANGED));
        }
        return changes;
    }

    /** The readable call path of a member: each step from the cached method down to it. */
    private List<String> path(Member member) {
        List<String> path = new ArrayList<>();
        for (Member step = member; ; step = members.get(step.parent())) {
            path.add(0, readable(step.id()));
            if (step.parent() < 0) {
                return path;
            }
        }
    }

    private Map<String, Member> byId() {
        Map<String, Member> byId = new HashMap<>();
        for (Member member : members) {
            byId.putIfAbsent(member.id(), member);
        }
        return byId;
    }

    /**
     * A member id as people read it: {@code fx/Calc.compute(I)I} becomes {@code Calc.compute(int)}; a lambda, which
     * has no stable name, is named by its place: {@code lambda #1} (of the step before it in the path).
     */
    static String readable(String id) {
        int lambda = Math.max(id.lastIndexOf(" lambda#"), id.lastIndexOf(" synthetic#"));
        int localClass = id.lastIndexOf(" class#");
        if (lambda > localClass) {
            return id.substring(lambda + 1).replace("#", " #");
        }
        if (localClass >= 0) {
            String rest = id.substring(localClass + " class#".length());
            int dot = rest.indexOf('.');
            return "local class #" + rest.substring(0, dot) + "." + method(rest.substring(dot + 1));
        }
        int paren = id.indexOf('(');
        int dot = paren < 0 ? -1 : id.lastIndexOf('.', paren);
        if (dot < 0) {
            return id;
        }
        String owner = MethodNames.simpleName(id.substring(0, dot));
        String method = id.substring(dot + 1);
        if (method.startsWith("<clinit>")) {
            return "static initializer of " + owner;
        }
        return owner + '.' + method(method);
    }

    /** {@code name(descriptor)} as {@code name(int, String)}. */
    private static String method(String nameAndDescriptor) {
        int paren = nameAndDescriptor.indexOf('(');
        try {
            return nameAndDescriptor.substring(0, paren) + '('
                   + String.join(", ", MethodNames.parameterTypes(nameAndDescriptor.substring(paren))) + ')';
        } catch (RuntimeException malformed) {
            return nameAndDescriptor;
        }
    }

    /** Text that {@link #decode} reads back: a header, the omitted count and digest, then one member per line. */
    public String encode() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(omitted).append('\t').append(omittedDigest);
        for (Member member : members) {
            text.append('\n').append(member.digest()).append('\t').append(member.parent()).append('\t')
                    .append(member.id());
        }
        return text.toString();
    }

    /**
     * Reads {@link #encode}'s text.
     *
     * @throws IllegalArgumentException when the text is not a well-formed manifest
     */
    public static Manifest decode(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(HEADER) || lines.length - 2 > MAX_MEMBERS) {
            throw new IllegalArgumentException("not a manifest");
        }
        String[] omitted = lines[1].split("\t", -1);
        if (omitted.length != 2 || !isDigest(omitted[1], true)) {
            throw new IllegalArgumentException("malformed manifest header");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            String[] fields = lines[i].split("\t", 3);
            if (fields.length != 3 || !isDigest(fields[0], false) || fields[2].isEmpty()) {
                throw new IllegalArgumentException("malformed manifest line " + i);
            }
            members.add(new Member(fields[2], fields[0], Integer.parseInt(fields[1])));
        }
        return new Manifest(members, Integer.parseInt(omitted[0]), omitted[1]);
    }

    private static boolean isDigest(String text, boolean mayBeEmpty) {
        if (text.isEmpty()) {
            return mayBeEmpty;
        }
        if (text.length() > 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) { // a loop, not a stream: descriptors are read on first calls
            if (DIGEST_CHARS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Manifest that && members.equals(that.members) && omitted == that.omitted
               && omittedDigest.equals(that.omittedDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(members, omitted, omittedDigest);
    }

    @Override
    public String toString() {
        return encode();
    }
}
