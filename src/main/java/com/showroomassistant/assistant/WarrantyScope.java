package com.showroomassistant.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a warranty is said to cover: "garansi 3 bulan untuk mesin, transmisi dan AC" names three parts, and each must be
 * covered by a warranty the showroom published. The duration is {@link OfferClaims}'s to check; this checks the list.
 */
final class WarrantyScope {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern WARRANTY =
            Pattern.compile("(?<![\\p{L}])(?:(?:ber)?garansi\\w*|warranty|jaminan)" + "(?![\\p{L}])", CI);
    /** Words, numbers and sentence ends; a line break before a bullet ("\\n• AC") continues the list. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}][\\p{L}-]*|\\d+(?:[.,]\\d+)?|[.!?]|\\n(?!\\s*(?:[•*·-]|\\d+[.)]))");
    /** Car parts a showroom's warranty names. */
    private static final Set<String> PARTS = Set.of(
            "mesin",
            "engine",
            "transmisi",
            "gearbox",
            "matic",
            "cvt",
            "ac",
            "kaki-kaki",
            "kelistrikan",
            "elektrikal",
            "body",
            "bodi",
            "cat",
            "rem",
            "aki",
            "ban",
            "interior",
            "eksterior",
            "suspensi",
            "radiator",
            "turbo",
            "kopling",
            "audio",
            "rangka",
            "sasis",
            "chassis",
            "oli",
            "power",
            "steering");
    /** Words that may sit between the warranty word and its parts, or between parts. */
    private static final Set<String> BETWEEN = Set.of(
            "untuk",
            "utk",
            "dan",
            "serta",
            "selama",
            "bagian",
            "khusus",
            "hanya",
            "mencakup",
            "meliputi",
            "yaitu",
            "yakni",
            "plus",
            "bulan",
            "bln",
            "tahun",
            "thn",
            "minggu",
            "hari",
            "atau",
            "juga",
            "mulai",
            "sampai",
            "hingga",
            "sd",
            "s",
            "d",
            "full",
            "resmi",
            "showroom",
            "kami",
            "unit",
            "berlaku",
            "semua",
            "seluruh",
            "kak",
            "kakak",
            "cover",
            "mengcover",
            "meng-cover",
            "termasuk",
            "ini",
            "itu",
            "nya",
            "pertama",
            "bagi",
            "pada",
            "di",
            "yang",
            "yg");

    private WarrantyScope() {}

    /** The first part named as under warranty that no published warranty covers. */
    static Optional<String> unpublishedPart(String draft, String published) {
        Matcher w = WARRANTY.matcher(draft);
        while (w.find()) {
            for (String part : partsAfter(draft, w.end())) {
                if (!covered(part, published)) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> partsAfter(String text, int from) {
        List<String> parts = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(from, text.length());
        while (t.find()) {
            String token = t.group().toLowerCase(Locale.ROOT);
            if (PARTS.contains(token)) {
                parts.add(token);
            } else if (!BETWEEN.contains(token) && !Character.isDigit(token.charAt(0))) {
                break; // the list ended: a sentence end, or a word that is neither a part nor a link
            }
        }
        return parts;
    }

    /** A published sentence with a warranty word names the part. */
    private static boolean covered(String part, String published) {
        Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part) + "(?![\\p{L}])", CI);
        for (String sentence : published.split("[.!?\\n]")) {
            if (WARRANTY.matcher(sentence).find() && word.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }
}
