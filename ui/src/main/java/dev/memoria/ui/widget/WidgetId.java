package dev.memoria.ui.widget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The identity of a widget within a session: {@code key:<key>} for a keyed widget, otherwise
 * {@code <kind>:<hash>} where the hash covers the kind, label and parameters. Each value enters the hash with its
 * type and length, so different parameters cannot produce the same id by concatenation.
 */
public final class WidgetId {

    private static final String KEYED = "key:";

    private WidgetId() {
    }

    public static String of(Widget<?> widget) {
        if (widget.key() != null) {
            return KEYED + widget.key();
        }
        MessageDigest digest = sha256();
        update(digest, widget.kind());
        update(digest, widget.label());
        update(digest, widget.parameters());
        return widget.kind() + ":" + HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static void update(MessageDigest digest, Object value) {
        if (value instanceof List<?> list) {
            field(digest, "list", Integer.toString(list.size()));
            for (Object element : list) {
                update(digest, element);
            }
        } else if (value == null) {
            field(digest, "null", "");
        } else {
            field(digest, value.getClass().getName(), String.valueOf(value));
        }
    }

    private static void field(MessageDigest digest, String type, String text) {
        for (String part : new String[] {type, text}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                                      (byte) (bytes.length >>> 8), (byte) bytes.length});
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
