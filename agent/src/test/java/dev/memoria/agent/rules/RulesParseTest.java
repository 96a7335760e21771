package dev.memoria.agent.rules;

import dev.memoria.internal.policy.CacheSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.memoria.agent.rules.RuleFixtures.matching;
import static dev.memoria.agent.rules.RuleFixtures.onlyRule;
import static dev.memoria.agent.rules.RuleFixtures.problem;
import static dev.memoria.agent.rules.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** {@link Rules#parse}: the line format, quoting, and the attribute values a rule hands to the instrumenter. */
class RulesParseTest {

    private static final String LOAD = "(Ljava/lang/String;I)V";

    @Test
    @DisplayName("Blank lines, comment lines and an empty file make no rules")
    void blankAndCommentLinesMakeNoRules() {
        assertThat(rules("").matchesClass("com/acme/Reports")).isFalse();
        assertThat(rules("# only a comment", "   ", "\t# indented comment").matchesClass("com/acme/Reports"))
                .isFalse();
        assertThat(Rules.none().forClass("com/acme/Reports").isEmpty()).isTrue();
    }

    @Test
    @DisplayName("A data rule hands over every @CacheData attribute, shaped as the annotation's")
    void dataRuleAttributes() {
        CacheRule rule = onlyRule("data com.acme.Reports.load ttl=10m maxEntries=100 maxSize=512MB persist=DISK"
                                  + " offHeap=true showSpinner=false spinnerText=Loading allowWidgets=true"
                                  + " hashers=com.acme.MoneyHasher,com.acme.Shapes$PointHasher");

        assertThat(rule.kind()).isEqualTo(CacheSpec.Kind.DATA);
        assertThat(rule.attributes()).containsOnly(entry("ttl", "10m"), entry("maxEntries", 100),
                entry("maxSize", "512MB"), entry("persist", "DISK"), entry("offHeap", true),
                entry("showSpinner", false), entry("spinnerText", "Loading"), entry("allowWidgets", true),
                entry("hashers", List.of("com.acme.MoneyHasher", "com.acme.Shapes$PointHasher")));
    }

    @Test
    @DisplayName("A resource rule hands over validate, onRelease, offHeap and scope")
    void resourceRuleAttributes() {
        CacheRule rule = onlyRule("resource com.acme.Reports.load validate=isOpen onRelease=close scope=SESSION");

        assertThat(rule.kind()).isEqualTo(CacheSpec.Kind.RESOURCE);
        assertThat(rule.attributes()).containsOnly(entry("validate", "isOpen"), entry("onRelease", "close"),
                entry("scope", "SESSION"));
    }

    @Test
    @DisplayName("Both kinds of rule take refresh, maxStale and showTime")
    void refreshAndShowTime() {
        assertThat(onlyRule("resource com.acme.Reports.load ttl=1m refresh=background maxStale=5m showTime=true")
                .attributes()).containsOnly(entry("ttl", "1m"), entry("refresh", "BACKGROUND"),
                entry("maxStale", "5m"), entry("showTime", true));
        assertThat(onlyRule("data com.acme.Reports.load ttl=1h refresh=BACKGROUND showTime=false").attributes())
                .containsOnly(entry("ttl", "1h"), entry("refresh", "BACKGROUND"), entry("showTime", false));
    }

    @Test
    @DisplayName("Attributes a rule does not set are absent, so the annotation's value or the default applies")
    void unsetAttributesAreAbsent() {
        assertThat(onlyRule("data com.acme.Reports.load").attributes()).isEmpty();
    }

    @Test
    @DisplayName("Enum constants may be written in any case")
    void enumConstantsInAnyCase() {
        assertThat(onlyRule("data com.acme.Reports.load persist=disk scope=Global").attributes())
                .containsOnly(entry("persist", "DISK"), entry("scope", "GLOBAL"));
    }

    @Test
    @DisplayName("Quoted values keep spaces and #; \\\" and \\\\ stand for a quote and a backslash; \"\" is empty")
    void quotedValues() {
        assertThat(onlyRule("data com.acme.Reports.load ttl=\"1 day 2h\" spinnerText=\"Loading #1: \\\"all\\\""
                            + " from C:\\\\reports\"").attributes())
                .containsOnly(entry("ttl", "1 day 2h"), entry("spinnerText", "Loading #1: \"all\" from C:\\reports"));
        assertThat(onlyRule("data com.acme.Reports.load spinnerText=\"\"").attributes())
                .containsOnly(entry("spinnerText", ""));
    }

    @Test
    @DisplayName("Tabs and runs of spaces separate words; spaces around = are allowed; # ends a line")
    void whitespaceAndTrailingComments() {
        assertThat(onlyRule("  data\tcom.acme.Reports.load \t ttl = 10m   maxEntries= 5 # ops, 2026-11").attributes())
                .containsOnly(entry("ttl", "10m"), entry("maxEntries", 5));
        assertThat(onlyRule("data com.acme.Reports.load ttl=10m#no space needed").attributes())
                .containsOnly(entry("ttl", "10m"));
    }

    @Test
    @DisplayName("A parameter list may hold spaces, and may follow the method name after a space")
    void parameterListWithSpaces() {
        assertThat(onlyRule("data com.acme.Reports.load( String ,  int ) ttl=1h").attributes())
                .containsOnly(entry("ttl", "1h"));
        assertThat(onlyRule("data com.acme.Reports.load (String, int) ttl=1h").attributes())
                .containsOnly(entry("ttl", "1h"));
    }

    @Test
    @DisplayName("Each rule knows its file and line, counting blank and comment lines")
    void originNamesFileAndLine() {
        Rules rules = rules("# reports", "", "data com.acme.Reports.load ttl=1h");

        assertThat(matching(rules, "com/acme/Reports", "load", LOAD)).extracting(CacheRule::origin)
                .containsExactly("memoria.rules:3");
    }

    @Test
    @DisplayName("Several rules matching one method come in file order")
    void rulesInFileOrder() {
        Rules rules = rules("data com.acme.**.load ttl=1h", "data com.acme.Reports.* ttl=2h");

        assertThat(matching(rules, "com/acme/Reports", "load", LOAD)).extracting(CacheRule::attributes)
                .containsExactly(Map.of("ttl", "1h"), Map.of("ttl", "2h"));
    }

    @Test
    @DisplayName("Windows line endings and a byte order mark change neither the rules nor the line numbers")
    void crlfAndByteOrderMark() {
        Rules rules = Rules.parse("memoria.rules", "\uFEFF# reports\r\ndata com.acme.Reports.load ttl=1h\r\n");
        assertThat(matching(rules, "com/acme/Reports", "load", LOAD)).extracting(CacheRule::origin)
                .containsExactly("memoria.rules:2");
        assertThat(problem("# reports\r", "data com.acme.Reports.load tll=1h\r")).startsWith("memoria.rules:2: ");
    }

    @Test
    @DisplayName("A lone \\r ends a line as \\n and \\r\\n do, in any mix; \\r\\n\\r\\n leaves a blank line between")
    void mixedLineEndings() {
        Rules rules = Rules.parse("memoria.rules", "# a\rdata com.acme.Reports.load ttl=1h\n\r\n\r"
                                                   + "data com.acme.Orders.load ttl=1h");
        assertThat(rules.cacheRules()).extracting(CacheRule::origin)
                .containsExactly("memoria.rules:2", "memoria.rules:5");
        assertThat(problem("# a\r\n\r\ndata com.acme.Reports.load tll=1h")).startsWith("memoria.rules:3: ");
        assertThat(problem("data com.acme.Reports.load \\\r  tll=1h\r")).startsWith("memoria.rules:1: ");
    }

    @Test
    @DisplayName("unhashed takes parameter names, indices from 0 and this, in any order")
    void unhashedNamesIndicesAndReceiver() {
        UnhashedParameters unhashed = onlyRule("data com.acme.Reports.load unhashed=this,1,region").unhashed();
        boolean[] flags = new boolean[3];

        unhashed.mark(flags, List.of("region", "year", "log"), false, "com.acme.Reports.load");

        assertThat(flags).containsExactly(true, true, false);
        assertThat(unhashed.receiver()).isTrue();
        assertThat(onlyRule("data com.acme.Reports.load").unhashed().receiver()).isFalse();
    }
}
