package com.showroomassistant.intent;

import com.showroomassistant.vocabulary.RupiahParser;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer's budget or offer as [min, max] rupiah: ranges, bounds ("di bawah 150"), and offers while bargaining
 * ("kalo 140 boleh?"). Each amount is read by the vocabulary's {@link RupiahParser}; these rules decide only which
 * amounts are a car's price (not a DP, an instalment or a mileage) and whether they bound it from above or below.
 */
final class PriceMentions {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private PriceMentions() {}

    // ---- prices ----
    private static final String P = "(" + RupiahParser.TOKEN_REGEX + ")";
    private static final String FILL = "(?:\\s*(?:saya|sy|aku|cuma|cm|cuman|hanya|ada|di|sampai|sampe|max|maks|"
            + "sekitar|kisaran|:|=|rp\\.?)\\b)*\\s*";
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + P + "\\s*(?:-|–|~|s/?d|sampai|sampe|hingga|to|ke)\\s*" + P + "(?:\\s*an)?", CI);
    private static final Pattern MAX = Pattern.compile(
            "(?<![\\p{L}])(?:di\\s?bawah|dibwh|bawah|under|below|maksimal|maksimum|maks|max|kurang\\s+dari|"
                    + "budget|budgetnya|bujet|dana|sekitar|skitar|kisaran|around|paling\\s+mahal|<)" + FILL + P,
            CI);
    private static final Pattern MAX_AFTER =
            Pattern.compile("(?<![\\p{L}\\d.,])" + P + "(?:\\s*an)?\\s*(?:ke\\s?bawah|kebawah)", CI);
    private static final Pattern MIN = Pattern.compile(
            "(?<![\\p{L}])(?:di\\s?atas|diatas|above|over|minimal|minimum|min\\.?(?=\\s*\\d)|lebih\\s+dari|mulai|>)"
                    + FILL + P,
            CI);
    private static final Pattern MIN_AFTER =
            Pattern.compile("(?<![\\p{L}\\d.,])" + P + "(?:\\s*an)?\\s*(?:ke\\s?atas|keatas)", CI);
    private static final Pattern PRICE_CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:budget|bujet|dana|harga|hrg|range|kisaran|sekitar|rp|di\\s?bawah|di\\s?atas|diatas|"
                    + "maksimal|max|minimal|juta|jt)(?![\\p{L}])",
            CI);
    /** Words before an amount that is not the car's price: down payments, instalments, discounts, mileage. */
    private static final String OTHER_AMOUNT =
            "dp|tdp|cicilan|cicil|angsuran|bunga|gaji|kurang|potongan|diskon|tenor|km|" + "kilometer|cc";

    private static final Pattern NOT_CAR_PRICE_BEFORE =
            Pattern.compile("(?:" + OTHER_AMOUNT + "|nego)\\W*(?:\\p{L}+\\W*)?$", CI);

    private static final Pattern OFFER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?:(?:kalau|kalo|klo|kl)\\s+" + P
                    + "|" + P + "(?:\\s*an)?\\s+(?:(?:aja|saja|nett?)\\s+)?(?:(?:ga|gak|gk|tidak|nggak|ngga)\\s+)?"
                    + "(?:bisa|bs|boleh|ok|oke|nett?|gimana|gmn|masuk|deal|dapat|dapet|dpt)(?![\\p{L}]))",
            CI);
    /** The same, within one clause ("nego ga? 120 boleh?" offers 120), and a trade-in's top-up ("tambah"). */
    private static final Pattern NOT_OFFER_BEFORE =
            Pattern.compile("(?:" + OTHER_AMOUNT + "|tambah)\\s*(?:\\p{L}+\\s*)?$", CI);

    private static final Pattern NEGOTIATING =
            Pattern.compile("(?<![\\p{L}])(?:nego\\w*|tawar\\w*|harga\\w*|hrg|kurang|pas|nett?|deal)(?![\\p{L}])", CI);

    /** [min, max] from explicit budget / range / bound contexts, else an offer as the most the customer will pay. */
    static Long[] find(String text) {
        Long[] bounds = bounds(text);
        if (bounds[0] == null && bounds[1] == null) {
            bounds[1] = offer(text); // what the customer offers to pay is the most they will pay
        }
        return bounds;
    }

    /** [min, max] from explicit budget / range / bound contexts only. */
    private static Long[] bounds(String text) {
        Long min = null;
        Long max = null;
        Matcher r = RANGE.matcher(text);
        while (r.find()) {
            String a = r.group(1);
            String b = r.group(2);
            boolean unit = RupiahParser.hasUnitOrPrefix(a) || RupiahParser.hasUnitOrPrefix(b);
            if (!unit && !PRICE_CONTEXT.matcher(text).find()) {
                continue;
            }
            if (!unit && (a.matches("\\d{4}") || b.matches("\\d{4}"))) {
                continue;
            }
            if (NOT_CAR_PRICE_BEFORE.matcher(text.substring(0, r.start())).find()) {
                continue;
            }
            String unitB = b.replaceAll("^[\\d.,\\s]+", "");
            OptionalLong lo = RupiahParser.parse(RupiahParser.hasUnitOrPrefix(a) ? a : a + unitB);
            OptionalLong hi = RupiahParser.parse(b);
            if (lo.isPresent() && hi.isPresent() && lo.getAsLong() < hi.getAsLong() && hi.getAsLong() >= 1_000_000L) {
                return new Long[] {lo.getAsLong(), hi.getAsLong()};
            }
        }
        max = bound(MAX, text, true);
        if (max == null) {
            max = bound(MAX_AFTER, text, false);
        }
        min = bound(MIN, text, true);
        if (min == null) {
            min = bound(MIN_AFTER, text, false);
        }
        return new Long[] {min, max};
    }

    /** "saya tawar 140jt", "nego di 140 ya": an amount right after a bargaining word is an offer too. */
    private static final Pattern BARGAIN = Pattern.compile(
            "(?<![\\p{L}])(?:tawar|nawar|nego)\\w*\\s+(?:(?:di|ke|jadi|" + "harga|aja|saja|dong)\\s+){0,2}" + P
                    + "(?![\\p{L}\\d])",
            CI);

    /** The amount a customer offers to pay, as opposed to a budget or bound; empty when the text offers none. */
    static OptionalLong offered(String text) {
        Long offer = offer(text);
        Matcher m = BARGAIN.matcher(text);
        while (offer == null && m.find()) {
            String token = m.group(1).strip();
            OptionalLong v = RupiahParser.parse(token);
            if ((RupiahParser.hasUnitOrPrefix(token) || token.matches("\\d{2,3}"))
                    && v.isPresent()
                    && v.getAsLong() >= 10_000_000L) {
                offer = v.getAsLong();
            }
        }
        if (offer == null) {
            return OptionalLong.empty();
        }
        Long[] bounds = bounds(text); // "budget 150jt dapet apa", "di bawah 150jt, kalo 140 boleh": a search
        return bounds[0] != null || bounds[1] != null ? OptionalLong.empty() : OptionalLong.of(offer);
    }

    /** An offered price: "380jt boleh?", "kalo 295jt gmn", "95 jt ga boleh?", "120 boleh?" after a nego. */
    private static Long offer(String text) {
        Matcher m = OFFER.matcher(text);
        while (m.find()) {
            String token = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (NOT_OFFER_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            if (!RupiahParser.hasUnitOrPrefix(token)
                    && !(token.matches("\\d{2,3}") && NEGOTIATING.matcher(text).find())) {
                continue; // a bare number is an offer only in millions and only while bargaining
            }
            OptionalLong v = RupiahParser.parse(token);
            if (v.isPresent() && v.getAsLong() >= 10_000_000L) {
                return v.getAsLong();
            }
        }
        return null;
    }

    private static Long bound(Pattern p, String text, boolean keywordBefore) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String token = m.group(1).strip();
            if (NOT_CAR_PRICE_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            boolean unit = RupiahParser.hasUnitOrPrefix(token);
            if (!unit) {
                // a bare number: only small numbers (millions) or full rupiah amounts, never a year
                String digits = token.replaceAll("\\D", "");
                if (digits.length() == 4
                        || !keywordBefore && !PRICE_CONTEXT.matcher(text).find()) {
                    continue;
                }
            }
            OptionalLong v = RupiahParser.parse(token);
            if (v.isPresent() && v.getAsLong() >= 1_000_000L) {
                return v.getAsLong();
            }
        }
        return null;
    }
}
