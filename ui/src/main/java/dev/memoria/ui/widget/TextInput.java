package dev.memoria.ui.widget;

/** A one-line text field ({@code st.text_input}); its value changes when the user presses Enter or leaves it. */
public record TextInput(String label, String value, String key) implements TextWidget {

    private static final String KIND = "textInput";

    public TextInput {
        TextWidget.check(KIND, label, value, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
