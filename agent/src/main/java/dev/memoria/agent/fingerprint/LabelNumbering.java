package dev.memoria.agent.fingerprint;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the labels that mean something to the code (jump and switch targets, try ranges and handlers) in the order
 * they appear. Other labels only anchor line numbers, local variable ranges or type annotations: they vanish under
 * {@code -g:none}, so numbering them would make debug information change the hash.
 */
final class LabelNumbering {

    private final Map<LabelNode, Integer> numbers = new IdentityHashMap<>();

    private LabelNumbering(MethodNode method) {
        Set<LabelNode> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof JumpInsnNode jump) {
                used.add(jump.label);
            } else if (instruction instanceof TableSwitchInsnNode table) {
                used.add(table.dflt);
                used.addAll(table.labels);
            } else if (instruction instanceof LookupSwitchInsnNode lookup) {
                used.add(lookup.dflt);
                used.addAll(lookup.labels);
            }
        }
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            used.add(block.start);
            used.add(block.end);
            used.add(block.handler);
        }
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof LabelNode label && used.contains(label)) {
                numbers.put(label, numbers.size());
            }
        }
    }

    static LabelNumbering of(MethodNode method) {
        return new LabelNumbering(method);
    }

    /** Whether the code refers to this label; unused labels are left out of the hash. */
    boolean isUsed(LabelNode label) {
        return numbers.containsKey(label);
    }

    /** The number of a used label. */
    int numberOf(LabelNode label) {
        return numbers.get(label);
    }
}
