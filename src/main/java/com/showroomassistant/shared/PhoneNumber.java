package com.showroomassistant.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A WhatsApp identity as the gateway addresses it: E.164 digits without '+', or {@code <digits>@lid}
 * for an unresolved WhatsApp LID. Indonesian local forms ("0812...", "+62 812-...") normalise to 62...
 */
public record PhoneNumber(String value) {

    /** The dashboard's emulator chats from 999...: a country code never assigned, so nothing is sent there. */
    public static final String EMULATOR_PREFIX = "999";

    // compiled once: every webhook and turn builds several of these
    private static final Pattern VALID = Pattern.compile("\\d{6,20}|\\d{6,30}@lid");
    private static final Pattern LID_USER = Pattern.compile("\\d{6,30}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().+]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public PhoneNumber {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid phone number");
        }
    }

    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        int at = text.indexOf('@');
        if (at >= 0) {
            String user = text.substring(0, at);
            int device = user.indexOf(':');
            if (device >= 0) {
                user = user.substring(0, device);
            }
            String domain = text.substring(at + 1);
            if (domain.equals("lid")) {
                return LID_USER.matcher(user).matches()
                        ? Optional.of(new PhoneNumber(user + "@lid"))
                        : Optional.empty();
            }
            if (!domain.equals("s.whatsapp.net") && !domain.equals("c.us")) {
                return Optional.empty();
            }
            text = user;
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        } else if (digits.startsWith("8") && digits.length() >= 9 && digits.length() <= 13) {
            digits = "62" + digits;
        }
        if (digits.length() < 6 || digits.length() > 20) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(digits));
    }

    public boolean isEmulator() {
        return isEmulator(value);
    }

    /**
     * Whether a stored identity belongs to the emulator: a phone number starting 999. A LID ({@code <digits>@lid}) is a
     * real WhatsApp user whatever its digits, and may start 999 too.
     */
    public static boolean isEmulator(String identity) {
        return identity != null && identity.startsWith(EMULATOR_PREFIX) && !identity.endsWith("@lid");
    }

    public boolean isLid() {
        return value.endsWith("@lid");
    }

    /** Digits of a real phone number, empty for a LID. */
    public Optional<String> digits() {
        return isLid() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The digits found in a text that names this number however a person wrote it ("0812-3456-7890", "+62 812 3456
     * 7890", "6281234567890"), once spaces, dashes, dots, brackets and '+' are taken out: an Indonesian number without
     * its 62 (and 0), a LID's digits. {@link #withoutSeparatorsSql} takes out those characters in SQL.
     */
    public String writtenDigits() {
        if (isLid()) {
            return value.substring(0, value.length() - "@lid".length());
        }
        return value.startsWith("62") ? value.substring(2) : value;
    }

    /** {@link #writtenDigits()} of a stored identity; an identity that does not parse as itself. */
    public static String writtenDigitsOf(String identity) {
        return parse(identity).map(PhoneNumber::writtenDigits).orElse(identity.replace("@lid", ""));
    }

    /**
     * SQL for the text of {@code column} without the separators people type in numbers (space, '-', '(', ')', '.',
     * '+'), to find {@link #writtenDigits()} in it. Nested replace() rather than translate(), which on H2 does not
     * remove characters.
     */
    public static String withoutSeparatorsSql(String column) {
        String sql = column;
        for (String separator : List.of(" ", "-", "(", ")", ".", "+")) {
            sql = "replace(" + sql + ", '" + separator + "', '')";
        }
        return sql;
    }

    @Override
    public String toString() {
        return value;
    }
}
