package com.showroomassistant.intent;

import java.util.regex.Pattern;

/** One piece of keyword evidence: when its pattern matches, the message counts {@code weight} towards the intent. */
record Rule(Intent intent, double weight, Pattern pattern) {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** A rule whose regex must stand as whole words. */
    static Rule r(Intent intent, double weight, String regex) {
        return new Rule(intent, weight, p("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])"));
    }
}
