package com.showroomassistant.assistant;

import com.showroomassistant.vocabulary.CarFacts;
import com.showroomassistant.vocabulary.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft reply read for checking: markdown stripped, number words as digits, amounts and percentages found, and
 * cut into segments (lines, bullets, sentences) that never split an amount such as {@code Rp 99.000.000}.
 */
final class DraftText {

    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|`|~~|\\*(?=\\S)|(?<=\\S)\\*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s)");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "rp", "no", "jl", "jln", "dll", "dsb", "tsb", "dr", "pt", "cv", "bpk", "ibu", "sdr", "a.n", "kel", "kec",
            "hlm", "tgl", "idr", "st", "mr", "mrs", "vs", "dkk");

    final String text;
    final Money.Reading money;
    final List<Segment> segments;
    /** STNK tax dates the draft states: their years are no car's model year. */
    final List<CarFacts.Mention<LocalDate>> taxDates;

    /** A stretch of the draft that makes one claim: a line, a bullet or a sentence. */
    record Segment(int start, int end, int paragraph) {
        boolean contains(int position) {
            return position >= start && position < end;
        }
    }

    DraftText(String draft) {
        String plain = MARKDOWN.matcher(draft.replace('\u00a0', ' ')).replaceAll("");
        this.money = Money.read(plain);
        this.text = money.text();
        this.segments = segment(text, money.amounts());
        this.taxDates = CarFacts.taxDue(text);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    Segment segmentAt(int position) {
        for (Segment s : segments) {
            if (s.contains(position)) {
                return s;
            }
        }
        return segments.isEmpty() ? new Segment(0, text.length(), 0) : segments.getLast();
    }

    String of(Segment s) {
        return text.substring(s.start(), s.end());
    }

    private static List<Segment> segment(String text, List<Money.Amount> amounts) {
        List<Segment> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (text.substring(lineStart, lineEnd).isBlank()) {
                paragraph++;
            } else {
                int from = lineStart;
                Matcher m = SENTENCE_END.matcher(text).region(lineStart, lineEnd);
                while (m.find()) {
                    if (insideAmount(m.start(), amounts) || abbreviation(text, m.start())) {
                        continue;
                    }
                    out.add(new Segment(from, m.end(), paragraph));
                    from = m.end();
                }
                if (!text.substring(from, lineEnd).isBlank()) {
                    out.add(new Segment(from, lineEnd, paragraph));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean insideAmount(int position, List<Money.Amount> amounts) {
        return amounts.stream().anyMatch(a -> position >= a.start() && position < a.end());
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
    }
}
