package com.showroomassistant.intent;

import java.util.regex.Pattern;

/**
 * What a message's shape says about spam, as words the spam model learns next to the text's own: a phone number to
 * call, an account handle, a link, a pay rate ("50rb per review"), the length, shouting and "!!". A customer writing
 * to a showroom seldom gives any of them; a broadcast offer nearly always gives one.
 */
final class SpamShape {

    private static final Pattern PHONE =
            Pattern.compile("(?:\\+?62|(?<!\\d)0)8\\d[\\dx\\s-]{6,}|(?<!\\d)08\\d{2}x+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE = Pattern.compile("@\\w{3,}");
    private static final Pattern RATE = Pattern.compile(
            "\\d+\\s*(?:rb|ribu|jt|juta|k)?\\s*(?:/|per )\\s*" + "(?:hari|bulan|review|tugas|jam|minggu|pesan)",
            Pattern.CASE_INSENSITIVE);
    /** The markers of a way to answer: a number, a handle, a link, or a pay rate. */
    static final Pattern CONTACT = Pattern.compile("\\bzz(?:phone|handle|link|rate)\\b");

    private static final String[] LENGTH = {"zzlena", "zzlenb", "zzlenc", "zzlend", "zzlene", "zzlenf"};

    private SpamShape() {}

    /** The marker words of {@code raw}, each with a leading space; letters only, as the model's words are. */
    static String markers(String raw, Pattern link) {
        StringBuilder out = new StringBuilder();
        if (PHONE.matcher(raw).find()) {
            out.append(" zzphone");
        }
        if (HANDLE.matcher(raw).find()) {
            out.append(" zzhandle");
        }
        if (link.matcher(raw.toLowerCase(java.util.Locale.ROOT)).find()) {
            out.append(" zzlink");
        }
        if (RATE.matcher(raw).find()) {
            out.append(" zzrate");
        }
        int words = raw.strip().split("\\s+").length;
        out.append(' ').append(LENGTH[Math.min(LENGTH.length - 1, words / 6)]);
        long letters = raw.chars().filter(Character::isLetter).count();
        long upper = raw.chars().filter(Character::isUpperCase).count();
        if (letters > 10 && upper * 10 > letters * 3) {
            out.append(" zzcaps");
        }
        if (raw.contains("!!")) {
            out.append(" zzbang");
        }
        return out.toString();
    }
}
