package com.showroomassistant.shared;

/** A text a request must carry: stripped, not blank, not over its length; otherwise a 400 naming the field. */
public final class RequiredText {

    private RequiredText() {}

    public static String of(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (text.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
