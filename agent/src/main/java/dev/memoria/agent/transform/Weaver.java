package dev.memoria.agent.transform;

import dev.memoria.agent.weave.Around;
import dev.memoria.agent.weave.Boxing;
import dev.memoria.internal.call.Hit;
import dev.memoria.internal.call.Site;
import dev.memoria.internal.call.SiteBootstrap;
import dev.memoria.internal.site.SiteDescriptor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites cached methods. Each method gets its {@link Site} through an {@code invokedynamic} carrying its encoded
 * descriptor, so the class gains no field or method: the rewrite is legal for classes that are already loaded
 * (retransformation) and leaves the class's shape untouched. The woven method does, in effect:
 * <pre>{@code
 * Object call = site.enter(this, args);    // site.enterOne(this, arg) for a method of one parameter
 * if (call instanceof Hit) return (T) Site.exit(call, null, null);
 * try { ...body, each "return v" becoming "return (T) Site.exit(call, v, null)"... }
 * catch (Throwable t) { Site.exit(call, null, t); throw t; }
 * }</pre>
 */
final class Weaver {

    private static final String SITE = Type.getInternalName(Site.class);
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(SiteBootstrap.class),
            "bootstrap", MethodType.methodType(CallSite.class, MethodHandles.Lookup.class, String.class,
                    MethodType.class, String.class).toMethodDescriptorString(), false);
    private static final MethodInsnNode EXIT = new MethodInsnNode(Opcodes.INVOKESTATIC, SITE, "exit",
            "(" + OBJECT + OBJECT + "Ljava/lang/Throwable;)" + OBJECT, false);

    private Weaver() {
    }

    /**
     * @param classFile the class as it is now (the original bytes; they were fingerprinted)
     * @param sites     the cached methods to rewrite
     */
    static byte[] weave(byte[] classFile, List<SiteDescriptor> sites) {
        Map<String, SiteDescriptor> byMethod = new HashMap<>();
        for (SiteDescriptor site : sites) {
            byMethod.put(site.method() + site.descriptor(), site);
        }
        return Around.weave(classFile, (access, name, descriptor) -> {
            SiteDescriptor site = byMethod.get(name + descriptor);
            return site == null ? null : new CacheCall(site);
        });
    }

    /** The call path of one cached method. */
    private record CacheCall(SiteDescriptor site) implements Around.Advice {

        @Override
        public InsnList enter(MethodNode method) {
            InsnList code = new InsnList();
            code.add(new InvokeDynamicInsnNode("site", "()L" + SITE + ";", BOOTSTRAP, site.encode()));
            code.add(Boxing.receiver(method));
            // a method of one parameter is entered without building an argument array
            boolean one = site.parameterNames().size() == 1;
            code.add(one ? Boxing.argument(method, 0) : Boxing.arguments(method));
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, SITE, one ? "enterOne" : "enter",
                    "(" + OBJECT + (one ? OBJECT : "[" + OBJECT) + ")" + OBJECT, false));
            return code;
        }

        @Override
        public String skipOn() {
            return Type.getInternalName(Hit.class);
        }

        @Override
        public MethodInsnNode exit() {
            return EXIT;
        }
    }
}
