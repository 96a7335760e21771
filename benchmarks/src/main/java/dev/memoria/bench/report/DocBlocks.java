package dev.memoria.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated parts of {@code benchmarks.md}: each lives between {@code <!-- bench:NAME -->} and
 * {@code <!-- /bench:NAME -->}, so the prose around the numbers is written by hand and the numbers never are.
 */
public final class DocBlocks {

    private final Path output;
    private String text;

    /** Reads the blocks from {@code template} and will write the filled-in document to {@code output}. */
    public DocBlocks(Path template, Path output) throws IOException {
        this.output = output;
        this.text = Files.readString(template, StandardCharsets.UTF_8);
    }

    /**
     * Replaces the content of block {@code name} and writes the document at once, so a run stopped halfway keeps the
     * parts it finished.
     *
     * A part whose block the document does not have yet gets one at its end.
     */
    public synchronized void put(String name, String markdown) throws IOException {
        String body = markdown.endsWith("\n") ? markdown : markdown + "\n";
        text = block(name).replaceFirst(Matcher.quoteReplacement("<!-- bench:" + name + " -->\n" + body
                                                                 + "<!-- /bench:" + name + " -->"));
        save();
    }

    /** Adds a line at the end of block {@code name}, e.g. when and under which load it was measured. */
    public synchronized void append(String name, String line) throws IOException {
        Matcher matcher = block(name);
        text = matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + line + "\n"
                                                             + matcher.group(3)));
        save();
    }

    private Matcher block(String name) {
        if (!text.contains("<!-- bench:" + name + " -->")) {
            // a part the document has no place for yet: its block goes at the end, to be moved and introduced by hand
            text = text + "\n<!-- bench:" + name + " -->\n<!-- /bench:" + name + " -->\n";
        }
        Pattern block = Pattern.compile("(<!-- bench:" + Pattern.quote(name) + " -->\n)(.*?)(<!-- /bench:"
                                        + Pattern.quote(name) + " -->)", Pattern.DOTALL);
        Matcher matcher = block.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No block <!-- bench:" + name + " --> in the benchmarks document");
        }
        return matcher;
    }

    private void save() throws IOException {
        Files.createDirectories(output.getParent());
        Files.writeString(output, text, StandardCharsets.UTF_8);
    }

    /** How the document links a file of this run, e.g. a plot. */
    public String relativeLink(Path file) {
        return output.toAbsolutePath().getParent().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
