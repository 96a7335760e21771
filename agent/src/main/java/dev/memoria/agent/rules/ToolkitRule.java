package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;
import dev.memoria.agent.ui.UiToolkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code ui} line: the description of a Streamlit-like toolkit for the agent to bind, so that its calls inside cached
 * methods are recorded and replayed like memoria-ui's. Every attribute is a method of the toolkit, written as in Java
 * source ({@code show(com.acme.Item)} for an instance method of the target class, {@code com.acme.Ui::active} for a
 * static method); lists are separated by commas. See {@link UiToolkit} for what each one is for.
 */
final class ToolkitRule {

    static final String KIND = "ui";

    private static final List<String> ATTRIBUTES = List.of("target", "elements", "layouts", "widgets", "running",
            "active", "roots", "peek", "widgetId", "warning", "spinner", "sessionId", "sessionEnd", "metrics",
            "recordedTypes");

    private ToolkitRule() {
    }

    /**
     * @param problems where each wrong attribute is reported, so one reading lists them all
     * @return the toolkit, or {@code null} when the line has problems
     */
    static UiToolkit parse(RuleLine line, List<String> problems) {
        if (line.pattern() == null) {
            problems.add(Messages.uiLineWithoutName());
            return null;
        }
        String target = line.attributes().stream().filter(a -> a.name().equals("target"))
                .map(RuleLine.Attribute::value).findFirst().orElse(null);
        if (target == null) {
            problems.add(Messages.uiLineWithoutTarget(line.pattern()));
            return null;
        }
        UiToolkit.Builder builder;
        try {
            builder = UiToolkit.builder(line.pattern(), target);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
        int problemsBefore = problems.size();
        Set<String> seen = new HashSet<>();
        for (RuleLine.Attribute attribute : line.attributes()) {
            if (!seen.add(attribute.name())) {
                problems.add(Messages.uiAttributeSetTwice(attribute.name()));
                continue;
            }
            try {
                apply(builder, attribute);
            } catch (IllegalArgumentException e) {
                problems.add(attribute.name() + ": " + e.getMessage());
            }
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static void apply(UiToolkit.Builder builder, RuleLine.Attribute attribute) {
        String value = attribute.value();
        switch (attribute.name()) {
            case "target" -> { }
            case "elements" -> builder.elements(list(value));
            case "layouts" -> builder.layouts(list(value));
            case "widgets" -> builder.widgets(list(value));
            case "running" -> builder.running(value);
            case "active" -> builder.active(value);
            case "roots" -> roots(builder, value);
            case "peek" -> builder.peek(value);
            case "widgetId" -> builder.widgetId(value);
            case "warning" -> builder.warning(value);
            case "spinner" -> builder.spinner(value);
            case "sessionId" -> builder.sessionId(value);
            case "sessionEnd" -> builder.sessionEnd(value);
            case "metrics" -> builder.metrics(value);
            case "recordedTypes" -> builder.recordedTypes(list(value));
            default -> throw new IllegalArgumentException(Messages.unknownUiAttribute(
                    Suggestions.didYouMean(attribute.name(), ATTRIBUTES), ATTRIBUTES));
        }
    }

    /** {@code roots="main=com.acme.Ui::main, sidebar=com.acme.Ui::sidebar"}. */
    private static void roots(UiToolkit.Builder builder, String value) {
        for (String root : list(value)) {
            int equals = root.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(Messages.notARoot(root));
            }
            builder.root(root.substring(0, equals).trim(), root.substring(equals + 1).trim());
        }
    }

    /** Splits at the commas outside parentheses: {@code "show(a.B, int), clear()"} is two methods. */
    private static String[] list(String value) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(value.substring(start, i).trim());
                start = i + 1;
            }
        }
        items.add(value.substring(start).trim());
        return items.stream().filter(item -> !item.isEmpty()).toArray(String[]::new);
    }
}
