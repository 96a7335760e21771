package dev.memoria.agent.ui;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindingTransformerTest {

    @Test
    @DisplayName("memoria-ui's target class, written out so that premain does not build its description, is its own")
    void memoriaUiTargetIsTheDescriptionsTarget() {
        assertThat(BindingTransformer.MEMORIA_UI_TARGET).isEqualTo(UiToolkit.MEMORIA_UI.internalName());
    }
}
