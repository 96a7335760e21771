package dev.memoria.agent.transform;

import dev.memoria.agent.fingerprint.HiddenRead;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.site.SiteDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The weave-time report of a cached method's hidden inputs: what it reads that its key cannot see, where (the call
 * path from the cached method), and the three fixes. Reads its declared {@code inputs} already key are left out, and so
 * are reads inside Memoria's own code (its runtime or UI toolkit on the class path as directories, in a build of
 * Memoria itself): they are not the method's inputs, and widget values key a cache through {@code allowWidgets}.
 */
final class HiddenInputReport {

    private static final String ARROW = " -> ";

    private HiddenInputReport() {
    }

    /**
     * @param method   the cached method's name for messages
     * @param reads    its hidden reads, from the fingerprinter
     * @param declared its {@code inputs} values
     * @return the report, or null when every read is declared (or there is none)
     */
    static String of(String method, List<HiddenRead> reads, List<String> declared) {
        List<HiddenRead> undeclared = new ArrayList<>(); // a loop: this runs on every first cached call
        for (HiddenRead read : reads) {
            if (!isDeclared(read, declared) && !Ignores.isMemoria(reader(read).owner())) {
                undeclared.add(read);
            }
        }
        if (undeclared.isEmpty()) {
            return null;
        }
        String example = undeclared.stream().map(HiddenRead::declaration).filter(Objects::nonNull).findFirst()
                .map(d -> "inputs = \"" + d + "\"").orElse("inputs = \"env:NAME\", \"property:name\" or \"file:path\"");
        return Messages.hiddenInputs(method, undeclared.stream().map(HiddenInputReport::line).toList(), example);
    }

    /** A read is declared when its declaration is listed, or when its name is unknown and the kind is listed. */
    private static boolean isDeclared(HiddenRead read, List<String> declared) {
        String prefix = read.kind().inputPrefix();
        if (prefix == null) {
            return false;
        }
        return read.name().isEmpty() ? declared.stream().anyMatch(input -> input.startsWith(prefix))
                : declared.contains(read.declaration());
    }

    private static HiddenRead.Method reader(HiddenRead read) {
        return read.path().get(read.path().size() - 1);
    }

    private static String line(HiddenRead read) {
        String what = read.kind().noun() + (read.name().isEmpty() ? "" : " " + read.name());
        List<HiddenRead.Method> path = read.path();
        return "  - " + what + (read.source().isEmpty() ? "" : " (" + read.source() + ")") + " in "
               + name(reader(read)) + (path.size() == 1 ? "" : ", call path " + path.stream().map(HiddenInputReport::name)
                       .collect(Collectors.joining(ARROW)));
    }

    private static String name(HiddenRead.Method method) {
        String owner = method.owner().replace('/', '.');
        return "<clinit>".equals(method.name()) ? "the static initializer of " + owner
                : SiteDescriptor.displayName(owner, method.name(), method.descriptor());
    }
}
