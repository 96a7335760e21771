package dev.memoria.agent;

import dev.memoria.internal.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentOptionsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(Settings.CACHE_DIR_PROPERTY);
        System.clearProperty(Settings.CONFIG_PROPERTY);
        System.clearProperty(Settings.DISABLED_PROPERTY);
        System.clearProperty(Settings.REMOTE_PROPERTY);
    }

    @Test
    void optionsBecomeSystemProperties() {
        AgentOptions.parse("cacheDir=/tmp/cache, config=rules.txt,disabled").applyAsSystemProperties();
        assertThat(System.getProperty(Settings.CACHE_DIR_PROPERTY)).isEqualTo("/tmp/cache");
        assertThat(System.getProperty(Settings.CONFIG_PROPERTY)).isEqualTo("rules.txt");
        assertThat(Settings.disabled()).isTrue();
    }

    @Test
    void aPropertyFromTheCommandLineWins() {
        System.setProperty(Settings.CACHE_DIR_PROPERTY, "/from/command/line");
        AgentOptions.parse("cacheDir=/from/agent").applyAsSystemProperties();
        assertThat(System.getProperty(Settings.CACHE_DIR_PROPERTY)).isEqualTo("/from/command/line");
    }

    @Test
    void noOptionsIsFine() {
        AgentOptions.parse(null).applyAsSystemProperties();
        AgentOptions.parse("").applyAsSystemProperties();
        assertThat(System.getProperty(Settings.CACHE_DIR_PROPERTY)).isNull();
    }

    @Test
    void unknownOptionsAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> AgentOptions.parse("disable"))
                .hasMessageContaining("Unknown Memoria agent option 'disable'")
                .hasMessageContaining("cacheDir=<directory>, config=<rules file>, disabled");
    }

    @Test
    void aClusterAddressKeepsItsCommas() {
        AgentOptions.parse("remote=redis-cluster://a:7000,b:7001,c:7002,disabled").applyAsSystemProperties();

        assertThat(Settings.remote()).contains("redis-cluster://a:7000,b:7001,c:7002");
        assertThat(Settings.disabled()).isTrue();
    }

    @Test
    void messagesNeverRepeatTheOptionsWhichMayHoldAPassword() {
        assertThatThrownBy(() -> AgentOptions.parse("remote=redis://app:hunter2@a:1,cachedir=/tmp"))
                .hasMessageContaining("Unknown Memoria agent option 'cachedir'")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void emptyValuesAreRejected() {
        assertThatThrownBy(() -> AgentOptions.parse("cacheDir=")).hasMessageContaining("'cacheDir' has no value");
    }
}
