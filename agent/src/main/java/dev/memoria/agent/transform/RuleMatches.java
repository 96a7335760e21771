package dev.memoria.agent.transform;

import dev.memoria.agent.rules.CacheRule;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.site.SiteDescriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * What the cache rules of a rules file match in one class file, found as the agent finds it, without rewriting the
 * class: for {@code java -jar memoria-agent.jar rules}, which shows what a file caches before the application runs.
 */
public final class RuleMatches {

    /** A method a rule caches, e.g. {@code org.acme.Text.trim(String)}. */
    public record Matched(String method, CacheRule rule) {
    }

    /** A method a wildcard rule's pattern matches but that the rule leaves out, and why. */
    public record LeftOut(String method, CacheRule rule, String reason) {
    }

    /** Both, for one class. */
    public record InClass(List<Matched> matched, List<LeftOut> leftOut) {
    }

    private RuleMatches() {
    }

    /**
     * @param internalName the class's internal name, e.g. {@code org/acme/Text}: a class no rule's class pattern
     *                     matches is not read
     */
    public static InClass in(String internalName, byte[] classFile, Rules rules) {
        if (!rules.matchesClass(internalName)) {
            return new InClass(List.of(), List.of());
        }
        ClassScanner.Scanned scanned = ClassScanner.scan(classFile, rules);
        String owner = scanned.internalName().replace('/', '.');
        List<Matched> matched = new ArrayList<>();
        for (CachedMethod method : scanned.cached()) {
            for (CacheRule rule : method.rules()) {
                matched.add(new Matched(SiteDescriptor.displayName(owner, method.name(), method.descriptor()), rule));
            }
        }
        List<LeftOut> leftOut = scanned.skipped().stream()
                .map(skipped -> new LeftOut(SiteDescriptor.displayName(owner, skipped.name(), skipped.descriptor()),
                        skipped.rule(), skipped.reason()))
                .toList();
        return new InClass(matched, leftOut);
    }
}
