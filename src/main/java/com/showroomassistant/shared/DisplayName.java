package com.showroomassistant.shared;

import java.util.regex.Pattern;

/**
 * A name a customer chose (WhatsApp pushName), fit to be shown inside a text: line breaks, control and bidi-override
 * characters become spaces, runs of spaces one, so a name cannot add lines to a staff notice (a forged
 * "Balas: /reply ..." line) or reorder it.
 */
public final class DisplayName {

    private static final Pattern UNSAFE =
            Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private DisplayName() {}

    /** The name on one line, at most {@code max} characters; null when nothing is left. */
    public static String clean(String raw, int max) {
        if (raw == null) {
            return null;
        }
        String name = SPACES.matcher(UNSAFE.matcher(raw).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        if (name.length() > max) {
            name = name.substring(0, Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max)
                    .strip();
        }
        return name.isEmpty() ? null : name;
    }

    /** A quoted text on one line: each line break becomes " / ". */
    public static String oneLine(String text) {
        return text == null
                ? null
                : SPACES.matcher(UNSAFE.matcher(text.replaceAll("\\R+", " / ")).replaceAll(" "))
                        .replaceAll(" ")
                        .strip();
    }

    /**
     * A text quoted inside another (a notice, a template parameter): {@link #oneLine one line}, and past {@code max}
     * characters cut there with an ellipsis, never in the middle of an emoji. Null stays null.
     */
    public static String excerpt(String text, int max) {
        String line = oneLine(text);
        if (line == null || line.length() <= max) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
        return line.substring(0, end).strip() + "…";
    }
}
