package dev.memoria.ui.internal.html;

import dev.memoria.ui.widget.Button;
import dev.memoria.ui.widget.Checkbox;
import dev.memoria.ui.widget.ChoiceWidget;
import dev.memoria.ui.widget.DateInput;
import dev.memoria.ui.widget.Multiselect;
import dev.memoria.ui.widget.NumberInput;
import dev.memoria.ui.widget.Radio;
import dev.memoria.ui.widget.Selectbox;
import dev.memoria.ui.widget.Slider;
import dev.memoria.ui.widget.TextArea;
import dev.memoria.ui.widget.TextInput;
import dev.memoria.ui.widget.Widget;

import java.util.List;

/**
 * The inner HTML of each kind of widget, showing its current value. The page's script reads the control's value
 * by the widget's kind and sends it as JSON: booleans, numbers, text, option indexes, ISO dates.
 */
final class WidgetHtml {

    private WidgetHtml() {
    }

    static String render(String id, Widget<?> widget, Object value) {
        String label = "<span class=\"m-label-text\">" + MarkdownHtml.inline(widget.label()) + "</span>";
        if (widget instanceof Button) {
            return "<button type=\"button\" class=\"m-button\">" + MarkdownHtml.inline(widget.label()) + "</button>";
        }
        if (widget instanceof Checkbox) {
            return "<label class=\"m-check\"><input type=\"checkbox\"" + (Boolean.TRUE.equals(value) ? " checked" : "")
                   + "> " + label + "</label>";
        }
        if (widget instanceof Slider<?> slider) {
            return "<label class=\"m-label\">" + label + " <output>" + Html.escape(String.valueOf(value))
                   + "</output><input type=\"range\"" + Html.attribute("min", slider.min())
                   + Html.attribute("max", slider.max()) + Html.attribute("step", slider.step())
                   + Html.attribute("value", value) + "></label>";
        }
        if (widget instanceof NumberInput<?> number) {
            return "<label class=\"m-label\">" + label + "<input type=\"number\""
                   + (number.min() == null ? "" : Html.attribute("min", number.min()))
                   + (number.max() == null ? "" : Html.attribute("max", number.max()))
                   + Html.attribute("step", number.step()) + Html.attribute("value", value) + "></label>";
        }
        if (widget instanceof TextInput) {
            return "<label class=\"m-label\">" + label + "<input type=\"text\"" + Html.attribute("value", value)
                   + "></label>";
        }
        if (widget instanceof TextArea) {
            return "<label class=\"m-label\">" + label + "<textarea rows=\"4\">" + Html.escape(String.valueOf(value))
                   + "</textarea></label>";
        }
        if (widget instanceof Selectbox<?> select) {
            return "<label class=\"m-label\">" + label + "<select>" + options(select.options(), List.of(value))
                   + "</select></label>";
        }
        if (widget instanceof Radio<?> radio) {
            return radio(id, radio, value);
        }
        if (widget instanceof Multiselect<?> multi) {
            return "<label class=\"m-label\">" + label + "<select multiple"
                   + Html.attribute("size", Math.max(2, Math.min(multi.options().size(), 6))) + ">"
                   + options(multi.options(), (List<?>) value) + "</select></label>";
        }
        if (widget instanceof DateInput) {
            return "<label class=\"m-label\">" + label + "<input type=\"date\"" + Html.attribute("value", value)
                   + "></label>";
        }
        throw new IllegalArgumentException("no HTML for widget " + widget.getClass().getName());
    }

    private static String options(List<?> options, List<?> chosen) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            Object option = options.get(i);
            out.append("<option").append(Html.attribute("value", i)).append(chosen.contains(option) ? " selected" : "")
               .append('>').append(Html.escape(String.valueOf(option))).append("</option>");
        }
        return out.toString();
    }

    private static String radio(String id, ChoiceWidget<?> radio, Object value) {
        StringBuilder out = new StringBuilder("<fieldset class=\"m-radio\"><legend>")
                .append(MarkdownHtml.inline(radio.label())).append("</legend>");
        for (int i = 0; i < radio.options().size(); i++) {
            Object option = radio.options().get(i);
            out.append("<label><input type=\"radio\"").append(Html.attribute("name", id)).append(Html.attribute("value", i))
               .append(option.equals(value) ? " checked" : "").append("> ")
               .append(Html.escape(String.valueOf(option))).append("</label>");
        }
        return out.append("</fieldset>").toString();
    }
}
