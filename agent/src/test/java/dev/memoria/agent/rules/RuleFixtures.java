package dev.memoria.agent.rules;

import org.objectweb.asm.Opcodes;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Shorthands for the rules tests: parse a file's lines, ask which rules match a method, read the problems. */
final class RuleFixtures {

    static final String FILE = "memoria.rules";
    static final int STATIC = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;

    private RuleFixtures() {
    }

    static Rules rules(String... lines) {
        return Rules.parse(FILE, String.join("\n", lines));
    }

    /** The rules that match a public static method, e.g. {@code matching(rules, "com/acme/Reports", "load", "(I)V")}. */
    static List<CacheRule> matching(Rules rules, String internalName, String method, String descriptor) {
        return rules.forClass(internalName).forMethod(STATIC, method, descriptor);
    }

    /** The one rule of a one-rule file, as it applies to {@code com.acme.Reports.load(String, int)}. */
    static CacheRule onlyRule(String line) {
        List<CacheRule> matched = matching(rules(line), "com/acme/Reports", "load", "(Ljava/lang/String;I)V");
        assertThat(matched).as("rules matching com.acme.Reports.load(String, int)").hasSize(1);
        return matched.get(0);
    }

    /** Every problem of a file, as {@code <file>:<line>: <message>}. */
    static List<String> problems(String... lines) {
        RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> rules(lines));
        assertThat(thrown).as("a RulesFileException for%n%s", String.join("\n", lines)).isNotNull();
        return thrown.problems().stream().map(RulesFileException.Problem::toString).toList();
    }

    /** The one problem of a file. */
    static String problem(String... lines) {
        List<String> problems = problems(lines);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
