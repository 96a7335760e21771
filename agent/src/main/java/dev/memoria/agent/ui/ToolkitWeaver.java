package dev.memoria.agent.ui;

import dev.memoria.agent.weave.Around;
import dev.memoria.agent.weave.Boxing;
import dev.memoria.internal.replay.UiCalls;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Weaves the toolkit's funnel methods: each call is reported to the runtime's recorder, which keeps it only while a
 * cached method computes. The woven method does, in effect:
 * <pre>{@code
 * Object call = UiCalls.entered("<toolkit>", this, "<name><descriptor>", args);
 * try { ...body, each "return v" also calling UiCalls.exited(call, v, null)... }
 * catch (Throwable t) { UiCalls.exited(call, null, t); throw t; }
 * }</pre>
 */
final class ToolkitWeaver {

    private static final String UI_CALLS = Type.getInternalName(UiCalls.class);
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final MethodInsnNode EXITED = new MethodInsnNode(Opcodes.INVOKESTATIC, UI_CALLS, "exited",
            "(" + OBJECT + OBJECT + "Ljava/lang/Throwable;)V", false);

    private ToolkitWeaver() {
    }

    static byte[] weave(UiToolkit toolkit, byte[] classFile) {
        Around.Advice funnel = new Around.Advice() {
            @Override
            public InsnList enter(MethodNode method) {
                InsnList code = new InsnList();
                code.add(new LdcInsnNode(toolkit.name()));
                code.add(Boxing.receiver(method));
                code.add(new LdcInsnNode(method.name + method.desc));
                code.add(Boxing.arguments(method));
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UI_CALLS, "entered",
                        "(Ljava/lang/String;" + OBJECT + "Ljava/lang/String;[" + OBJECT + ")" + OBJECT, false));
                return code;
            }

            @Override
            public String skipOn() {
                return null;
            }

            @Override
            public MethodInsnNode exit() {
                return EXITED;
            }
        };
        return Around.weave(classFile, (access, name, descriptor) -> {
            for (InstanceMethod method : toolkit.funnels()) {
                if (method.matches(access, name, descriptor)) {
                    return funnel;
                }
            }
            return null;
        });
    }
}
