package dev.memoria.agent.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds which of many texts a name contains, in one pass over the name whatever their number (Aho–Corasick): the
 * texts in a trie whose every node also knows the longest text suffix of its path that is another node. The index's
 * patterns that start with a wildcard each contain such a text; testing them one by one would make every class the
 * JVM loads pay for every such pattern of the rules file.
 */
final class Literals {

    private static final int[] NONE = new int[0];

    /** Per node: the characters that go on, the nodes they lead to, its fall-back node and the texts ending there. */
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fallBack;
    private final int[][] ending;
    /** The root's child for each ASCII character, 0 for none. */
    private final int[] fromRoot = new int[128];

    /** @param texts non-empty texts; a name that contains {@code texts[i]} reports {@code ids[i]} */
    Literals(List<String> texts, int[] ids) {
        List<StringBuilder> pathKeys = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        addNode(pathKeys, children, ends);
        for (int i = 0; i < texts.size(); i++) {
            int node = 0;
            for (char c : texts.get(i).toCharArray()) {
                int next = child(pathKeys.get(node), children.get(node), c);
                if (next < 0) {
                    next = addNode(pathKeys, children, ends);
                    pathKeys.get(node).append(c);
                    children.get(node).add(next);
                }
                node = next;
            }
            ends.set(node, append(ends.get(node), ids[i]));
        }
        int size = pathKeys.size();
        keys = new char[size][];
        targets = new int[size][];
        for (int node = 0; node < size; node++) {
            keys[node] = pathKeys.get(node).toString().toCharArray();
            targets[node] = ints(children.get(node));
        }
        fallBack = new int[size];
        ending = ends.toArray(new int[0][]);
        for (int i = 0; i < keys[0].length; i++) {
            if (keys[0][i] < fromRoot.length) {
                fromRoot[keys[0][i]] = targets[0][i];
            }
        }
        linkFallBacks();
    }

    /** A list's numbers as an array; a loop, not a stream: this runs in {@code premain} when a rules file is given. */
    static int[] ints(List<Integer> numbers) {
        int[] array = new int[numbers.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = numbers.get(i);
        }
        return array;
    }

    /** The node after {@code node} reads {@code c}. Start from node 0. */
    int step(int node, char c) {
        for (int at = node; at != 0; at = fallBack[at]) {
            int next = child(at, c);
            if (next >= 0) {
                return next;
            }
        }
        // most characters of most names leave the root at once: a table, not a search of its keys
        return c < fromRoot.length ? fromRoot[c] : Math.max(child(0, c), 0);
    }

    /** The ids of the texts that end where the name read so far ends, in no particular order. */
    int[] endingAt(int node) {
        return ending[node];
    }

    /** Breadth first, so that a node's fall-back, which is shallower, is linked before it. */
    private void linkFallBacks() {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            for (int i = 0; i < keys[node].length; i++) {
                int child = targets[node][i];
                fallBack[child] = node == 0 ? 0 : step(fallBack[node], keys[node][i]);
                int[] inherited = ending[fallBack[child]];
                for (int id : inherited) {
                    ending[child] = append(ending[child], id);
                }
                queue.add(child);
            }
        }
    }

    private int child(int node, char c) {
        char[] nodeKeys = keys[node];
        for (int i = 0; i < nodeKeys.length; i++) {
            if (nodeKeys[i] == c) {
                return targets[node][i];
            }
        }
        return -1;
    }

    private static int child(CharSequence nodeKeys, List<Integer> nodeChildren, char c) {
        for (int i = 0; i < nodeKeys.length(); i++) {
            if (nodeKeys.charAt(i) == c) {
                return nodeChildren.get(i);
            }
        }
        return -1;
    }

    private static int addNode(List<StringBuilder> pathKeys, List<List<Integer>> children, List<int[]> ends) {
        pathKeys.add(new StringBuilder());
        children.add(new ArrayList<>());
        ends.add(NONE);
        return pathKeys.size() - 1;
    }

    private static int[] append(int[] ids, int id) {
        int[] longer = Arrays.copyOf(ids, ids.length + 1);
        longer[ids.length] = id;
        return longer;
    }
}
