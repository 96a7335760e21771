package dev.memoria.ui.internal.html;

import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.internal.tree.WidgetNode;
import dev.memoria.ui.layout.Columns;
import dev.memoria.ui.layout.Empty;
import dev.memoria.ui.layout.Expander;

/**
 * The HTML of a container's contents. Every node carries {@code data-key}, its id, so that the page can match it with
 * what it shows; elements and widgets also carry {@code data-sig}, a digest of their HTML, so that the page leaves
 * an unchanged one alone (a chart is not redrawn, a table keeps its scroll position, a field its caret).
 */
public final class TreeHtml {

    private TreeHtml() {
    }

    /** The HTML of what {@code root} (the main area or the sidebar) holds. */
    public static String contents(BlockNode root) {
        StringBuilder out = new StringBuilder();
        children(root, out);
        return out.toString();
    }

    private static void children(BlockNode block, StringBuilder out) {
        for (Node child : block.children()) {
            node(child, out);
        }
    }

    private static void node(Node node, StringBuilder out) {
        String stale = node.stale() ? " m-stale" : "";
        if (node instanceof ElementNode element) {
            leaf(out, "m-el " + ElementHtml.kind(element.element()) + stale, node.id(), "",
                 ElementHtml.render(node.id(), element.element()));
        } else if (node instanceof WidgetNode widget) {
            leaf(out, "m-el m-widget" + stale, node.id(),
                 Html.attribute("data-widget", widget.widgetId()) + Html.attribute("data-kind", widget.widget().kind()),
                 WidgetHtml.render(node.id(), widget.widget(), widget.value()));
        } else {
            block((BlockNode) node, stale, out);
        }
    }

    private static void leaf(StringBuilder out, String classes, String id, String attributes, String inner) {
        out.append("<div class=\"").append(classes).append('"').append(Html.attribute("data-key", id))
           .append(Html.attribute("data-sig", Integer.toHexString(inner.hashCode()) + "." + inner.length()))
           .append(attributes).append('>').append(inner).append("</div>");
    }

    private static void block(BlockNode block, String stale, StringBuilder out) {
        String key = Html.attribute("data-key", block.id());
        if (block.layout() instanceof Expander expander) {
            out.append("<details class=\"m-block m-expander").append(stale).append('"').append(key)
               .append(expander.expanded() ? " open" : "").append("><summary>")
               .append(MarkdownHtml.inline(expander.label())).append("</summary><div class=\"m-body\" data-body>");
            children(block, out);
            out.append("</div></details>");
            return;
        }
        out.append("<div class=\"m-block ").append(layoutClass(block)).append(stale).append('"').append(key);
        if (block.layout() instanceof Columns columns) {
            out.append(Html.attribute("data-weights", columns.weights().stream().map(String::valueOf)
                                                             .reduce((a, b) -> a + " " + b).orElse("")));
        }
        out.append('>');
        children(block, out);
        out.append("</div>");
    }

    private static String layoutClass(BlockNode block) {
        if (block.layout() instanceof Columns) {
            return "m-columns";
        }
        return block.layout() instanceof Empty ? "m-empty" : "m-group";
    }
}
