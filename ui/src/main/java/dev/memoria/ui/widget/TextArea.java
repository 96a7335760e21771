package dev.memoria.ui.widget;

/** A multi-line text field ({@code st.text_area}); its value changes when the user leaves it or presses Ctrl+Enter. */
public record TextArea(String label, String value, String key) implements TextWidget {

    private static final String KIND = "textArea";

    public TextArea {
        TextWidget.check(KIND, label, value, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
