package dev.memoria.agent;

import dev.memoria.agent.report.Messages;

import com.sun.tools.attach.VirtualMachine;

/**
 * The helper JVM behind {@code Memoria.install()}: {@code java -cp memoria-agent.jar dev.memoria.agent.Attacher <pid>
 * <agent jar>} loads the agent into the JVM with that pid. It exists because a JVM may not attach to itself.
 */
public final class Attacher {

    private Attacher() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Attacher <pid> <agent jar> [agent options]");
            System.exit(2);
        }
        try {
            VirtualMachine vm = VirtualMachine.attach(args[0]);
            try {
                vm.loadAgent(args[1], args.length > 2 ? args[2] : null);
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            System.err.println(Messages.attachFailed(args[0], e.toString()));
            System.exit(1);
        }
    }
}
