package dev.memoria.it.replay.mini;

/**
 * An app on the minimal toolkit whose methods a rules file caches, without a line of Memoria in its code. It prints
 * each page it draws and how many times each body ran.
 */
public final class MiniApp {

    static int reportRuns;
    static int greetingRuns;

    private MiniApp() {
    }

    /** Cached by a rule: draws into a section it creates. */
    static int report(int year) {
        reportRuns++;
        Box section = MiniUi.page().section();
        section.say("report " + year);
        return year;
    }

    /** Cached by a rule with allowWidgets=true: the answer is part of the key. */
    static String greeting() {
        greetingRuns++;
        String name = MiniUi.page().ask(new Question("name", "world"));
        MiniUi.page().say("hello " + name);
        return name;
    }

    public static void main(String[] args) {
        for (int page = 1; page <= 2; page++) {
            System.out.println("report page " + page + ": " + MiniUi.run(() -> {
                MiniUi.page().say("top");
                report(2024);
            }));
        }
        System.out.println("report runs: " + reportRuns);
        for (String answer : new String[] {null, "ada", "ada", null}) {
            MiniUi.answer("name", answer == null ? "world" : answer);
            System.out.println("greeting page: " + MiniUi.run(MiniApp::greeting));
        }
        System.out.println("greeting runs: " + greetingRuns);
    }
}
