package fx;

/** Calls a superclass method: what runs depends on the overrides. */
public class Greetings {

    public static String welcome(Greeter greeter) {
        return greeter.greet("world") + "!";
    }
}
