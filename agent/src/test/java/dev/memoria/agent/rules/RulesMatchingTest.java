package dev.memoria.agent.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;

import static dev.memoria.agent.rules.RuleFixtures.STATIC;
import static dev.memoria.agent.rules.RuleFixtures.matching;
import static dev.memoria.agent.rules.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Rules#matchesClass}, {@link Rules#forClass} and {@link ClassRules#forMethod}: which methods a pattern names. */
class RulesMatchingTest {

    private static final String NO_ARGS = "()V";

    @Nested
    @DisplayName("Class patterns")
    class ClassPatterns {

        @ParameterizedTest(name = "{0} matches {1}: {2}")
        @CsvSource({
            "com.acme.Reports,            com.acme.Reports,          true",
            "com.acme.Reports,            com.acme.Reports2,         false",
            "com.acme.Reports,            org.acme.Reports,          false",
            "com.acme.*,                  com.acme.Reports,          true",
            "com.acme.*,                  com.acme.sub.Reports,      false",
            "com.acme.Report*,            com.acme.ReportService,    true",
            "com.acme.*Service,           com.acme.ReportService,    true",
            "com.acme.*Service,           com.acme.ServiceLocator,   false",
            "com.*.Reports,               com.acme.Reports,          true",
            "com.*.Reports,               com.acme.sub.Reports,      false",
            "com.acme.**.Catalog,         com.acme.Catalog,          true",
            "com.acme.**.Catalog,         com.acme.shop.Catalog,     true",
            "com.acme.**.Catalog,         com.acme.shop.eu.Catalog,  true",
            "com.acme.**.Catalog,         com.acmex.Catalog,         false",
            "com.acme.**.Catalog,         com.acme.shop.Catalogs,    false",
            "**.Catalog,                  Catalog,                   true",
            "**.Catalog,                  com.acme.Catalog,          true",
            "**.Catalog,                  com.acme.MyCatalog,        false",
            "com.acme.**,                 com.acme.Catalog,          true",
            "com.acme.**,                 com.acme.shop.Catalog,     true",
            "com.acme.**,                 com.acme,                  false",
            "**,                          Catalog,                   true",
            "**,                          com.acme.Catalog,          true",
            "Main,                        Main,                      true",
            "Main,                        app.Main,                  false",
            "com.acme.Outer$Inner,        com.acme.Outer$Inner,      true",
            "com.acme.Outer.Inner,        com.acme.Outer$Inner,      true",
            "com.acme.Outer.*,            com.acme.Outer$Inner,      true",
            "com.acme.*,                  com.acme.Outer$Inner,      true",
            "com.acme.Outer,              com.acme.Outer$Inner,      false",
            "**.Inner,                    com.acme.Outer$Inner,      true",
        })
        @DisplayName("* matches within one name, ** any number of whole package names; a nested class is named with"
                     + " $ or a dot, and * matches it as it matches any name")
        void wildcards(String pattern, String binaryName, boolean matches) {
            assertThat(rules("data " + pattern + ".load").matchesClass(binaryName.replace('.', '/')))
                    .isEqualTo(matches);
        }

        @Test
        @DisplayName("forClass keeps only the rules whose class pattern matches")
        void forClassNarrowsTheRules() {
            Rules rules = rules("data com.acme.Reports.load", "data org.other.Reports.load");

            assertThat(matching(rules, "com/acme/Reports", "load", NO_ARGS)).extracting(CacheRule::origin)
                    .containsExactly("memoria.rules:1");
            assertThat(rules.forClass("com/acme/Pools").isEmpty()).isTrue();
        }

        @Test
        @DisplayName("among hundreds of rules, those that match are found, in file order, literal starts or not")
        void manyRules() {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                lines.add("data com.acme.p" + i + ".**.load");
            }
            lines.add(150, "data **.Reports.load");
            lines.add("data com.acme.p2*.Reports.load");
            Rules rules = rules(lines.toArray(String[]::new));

            assertThat(rules.forClass("com/acme/p250/Reports").forMethod(STATIC, "load", NO_ARGS))
                    .extracting(CacheRule::origin)
                    .containsExactly("memoria.rules:151", "memoria.rules:252", "memoria.rules:302");
            assertThat(rules.matchesClass("com/acme/p250/Other")).isTrue();
            assertThat(rules.matchesClass("com/acme/q250/Other")).isFalse();
            assertThat(rules.matchesClass("org/other/Reports")).isTrue();
        }

        @Test
        @DisplayName("among hundreds of patterns that start with a wildcard, a class matches those that name it, however"
                     + " their literal parts overlap, and a name that merely contains one matches none")
        void manyUnanchoredRules() {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                lines.add("data **.*Service" + i + ".load");
            }
            lines.add("data **.Cat*.load");
            lines.add("data **.*atalog.load");
            Rules rules = rules(lines.toArray(String[]::new));

            assertThat(rules.forClass("com/acme/MyService12").forMethod(STATIC, "load", NO_ARGS))
                    .extracting(CacheRule::origin).containsExactly("memoria.rules:13");
            assertThat(rules.forClass("org/shop/Catalog").forMethod(STATIC, "load", NO_ARGS))
                    .extracting(CacheRule::origin).containsExactly("memoria.rules:201", "memoria.rules:202");
            assertThat(rules.matchesClass("com/acme/Service7/Other")).isFalse();
            assertThat(rules.matchesClass("com/acme/Service7x")).isFalse();
            assertThat(rules.matchesClass("com/acme/Outer$Service7")).isTrue();
            assertThat(rules.matchesClass("gen/C00001")).isFalse();
        }

        @Test
        @DisplayName("no rules match no class")
        void noRules() {
            assertThat(Rules.none().matchesClass("com/acme/Reports")).isFalse();
        }
    }

    @Nested
    @DisplayName("Method names")
    class MethodNames {

        @ParameterizedTest(name = "{0} matches {1}: {2}")
        @CsvSource({
            "load,     load,      true",
            "load,     loadAll,   false",
            "load*,    loadAll,   true",
            "load*,    load,      true",
            "*All,     loadAll,   true",
            "find*By*, findAllByName, true",
            "*,        anything,  true",
        })
        @DisplayName("* matches any part of a method name")
        void methodGlobs(String pattern, String method, boolean matches) {
            assertThat(matching(rules("data com.acme.Reports." + pattern), "com/acme/Reports", method, NO_ARGS))
                    .hasSize(matches ? 1 : 0);
        }
    }

    @Nested
    @DisplayName("Parameter lists")
    class ParameterLists {

        @ParameterizedTest(name = "({0}) matches {1}: {2}")
        @CsvSource(delimiter = '|', value = {
            "..                      | (Ljava/lang/String;I)V              | true",
            "..                      | ()V                                 | true",
            "''                      | ()V                                 | true",
            "''                      | (I)V                                | false",
            "String, int             | (Ljava/lang/String;I)V              | true",
            "String, int             | (Ljava/lang/String;J)V              | false",
            "String, int             | (Ljava/lang/String;)V               | false",
            "String                  | (Lcom/acme/String;)V                | true",
            "java.lang.String        | (Ljava/lang/String;)V               | true",
            "java.lang.String        | (Lcom/acme/String;)V                | false",
            "int[]                   | ([I)V                               | true",
            "int[]                   | (I)V                                | false",
            "int[][]                 | ([[I)V                              | true",
            "int[][]                 | ([I)V                               | false",
            "String...               | ([Ljava/lang/String;)V              | true",
            "String[]...             | ([[Ljava/lang/String;)V             | true",
            "long, double, boolean, char, byte, short, float | (JDZCBSF)V  | true",
            "Entry                   | (Ljava/util/Map$Entry;)V            | true",
            "Map$Entry               | (Ljava/util/Map$Entry;)V            | true",
            "java.util.Map.Entry     | (Ljava/util/Map$Entry;)V            | true",
            "java.util.Map$Entry     | (Ljava/util/Map$Entry;)V            | true",
            "java.util.Map.Entry     | (Lcom/acme/Map$Entry;)V             | false",
        })
        @DisplayName("omitted or (..) is any list, () none; simple names match any package, dotted names exactly")
        void parameterTypes(String types, String descriptor, boolean matches) {
            assertThat(matching(rules("data com.acme.Reports.load(" + types + ")"), "com/acme/Reports", "load",
                    descriptor)).hasSize(matches ? 1 : 0);
        }

        @Test
        @DisplayName("without a parameter list, every overload matches")
        void omittedListMatchesEveryOverload() {
            Rules rules = rules("data com.acme.Reports.load");

            assertThat(matching(rules, "com/acme/Reports", "load", "()V")).hasSize(1);
            assertThat(matching(rules, "com/acme/Reports", "load", "(Ljava/lang/String;[[I)Ljava/util/List;"))
                    .hasSize(1);
        }
    }

    @Nested
    @DisplayName("Methods no rule caches")
    class NeverMatched {

        private final ClassRules everything = rules("data com.acme.Reports.*").forClass("com/acme/Reports");

        @Test
        @DisplayName("constructors and static initializers")
        void constructorsAndInitializers() {
            assertThat(everything.forMethod(Opcodes.ACC_PUBLIC, "<init>", "()V")).isEmpty();
            assertThat(everything.forMethod(Opcodes.ACC_STATIC, "<clinit>", "()V")).isEmpty();
        }

        @Test
        @DisplayName("bridges and synthetic methods (lambda bodies), which would cache twice")
        void bridgesAndSyntheticMethods() {
            assertThat(everything.forMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC,
                    "compareTo", "(Ljava/lang/Object;)I")).isEmpty();
            assertThat(everything.forMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    "lambda$load$0", "(I)I")).isEmpty();
        }

        @Test
        @DisplayName("abstract and native methods, which have no body")
        void abstractAndNativeMethods() {
            assertThat(everything.forMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "load", "()V")).isEmpty();
            assertThat(everything.forMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_NATIVE, "load", "()V")).isEmpty();
        }

        @Test
        @DisplayName("while ordinary static, instance and private methods match")
        void ordinaryMethodsMatch() {
            assertThat(everything.forMethod(STATIC, "load", "()V")).hasSize(1);
            assertThat(everything.forMethod(Opcodes.ACC_PUBLIC, "load", "()V")).hasSize(1);
            assertThat(everything.forMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "load", "()V")).hasSize(1);
        }
    }
}
