package com.showroomassistant.intent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date phrases as Indonesians write them ("besok jam 10", "sabtu ini", "H-3 lebaran"), for visits and reports. */
final class DateMentions {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private DateMentions() {}

    // ---- date phrases ----
    /** Weekdays but Sunday: "minggu" is also "week", so "minggu ini" is this week while "sabtu ini" is this Saturday. */
    private static final String WEEKDAY = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|ahad|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday)";

    private static final String MONTH = "(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)";
    private static final String POD = "(?:pagi|siang|sore|malam|malem|morning|afternoon|evening|night)";
    private static final String TIME =
            "(?:(?:jam|jm|pukul|pkl|at)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:an)?(?:\\s*(?:wib|am|pm))?)";
    private static final String NEXT = "depan|dpn|dpan|ngarep|ngarepan";
    private static final String DAYREF = "(?:(?:hari\\s+)?(?:minggu(?!\\s+(?:" + NEXT + "|ini|lalu|kemarin|kemaren))|"
            + "(?:(?:this|next|coming)\\s+)?" + WEEKDAY + "(?:\\s+(?:ini|depan|besok))?)"
            + "|besok|bsk|besuk|lusa|hari\\s+ini|today|tomorrow|tonight|tmr|tmrw"
            + "|sesuk|isuk|isukan|(?<!wilujeng\\s|sugeng\\s)enjing|(?:mengko|engke|nanti)\\s+(?:bengi|wengi|sonten|sore|malam|malem|siang|pagi|awan)"
            // after a prayer time ("habis maghrib"), Javanese "this afternoon" ("sonten niki")
            + "|(?:nanti\\s+)?(?:habis|abis|hbs|setelah|sehabis|ba'?da|bakda)\\s+(?:maghrib|magrib|isya|isyak|subuh|dzuhur|zuhur|ashar|asar|jumatan|jum'?atan)"
            + "|(?:enjing|sonten|dalu)\\s+(?:niki|mangke)|mangke\\s+(?:enjing|sonten|dalu)"
            // around a holiday: "H-3 lebaran", "lebaran hari kedua", "bulan ramadan"
            + "|(?:h[-+]\\d{1,2}\\s+)?(?:lebaran|idul fitri|natal|tahun baru|imlek)(?:\\s+hari\\s+(?:pertama|kedua|ketiga|ke-?\\d))?"
            + "|bulan\\s+(?:ramadan|ramadhan|puasa|syawal)"
            + "|sekarang|skrg|skrang|(?:sejam|setengah\\s+jam|\\d+\\s*(?:jam|menit))\\s+lagi"
            + "|minggu\\s+(?:" + NEXT + "|ini|lalu|kemarin|kemaren)|pekan\\s+(?:" + NEXT + "|ini|lalu)"
            + "|bulan\\s+(?:ini|depan|lalu|kemarin|kemaren|" + MONTH + ")|tahun\\s+ini"
            + "|(?:kuartal|quarter|triwulan|semester)\\s+(?:ini|lalu|depan|\\d)|q[1-4](?:\\s+(?:19|20)\\d\\d)?"
            + "|(?:this|next|last)\\s+(?:week|weekend|month)|weekend|akhir\\s+(?:pekan|minggu)"
            + "|(?:tanggal|tgl)\\s*\\d{1,2}(?:\\s+" + MONTH + ")?|kemarin|kemaren|yesterday"
            + "|januari|februari|maret|april|juni|juli|agustus|september|oktober|november|desember)";
    private static final Pattern PAST = Pattern.compile("^(?:kemarin|kemaren|yesterday)\\b|\\b(?:lalu|last)\\b", CI);
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}])(?:" + DAYREF + "(?:\\s+" + POD + ")?(?:\\s+" + TIME + ")?(?:\\s+" + POD + ")?(?:\\s+ini)?"
                    + "|" + TIME + "(?:\\s+" + POD + ")?(?:\\s+ini)?"
                    + "|" + POD + "\\s+ini|nanti\\s+" + POD + ")(?![\\p{L}])",
            CI);

    static boolean isPast(String phrase) {
        return PAST.matcher(phrase).find();
    }

    /** The first date phrase, preferring one ahead ("hari minggu jam 1") to one behind ("yang kemarin chat"). */
    static String first(String text) {
        Matcher m = DATE.matcher(text);
        String past = null;
        while (m.find()) {
            String phrase = m.group().strip();
            if (phrase.isEmpty()) {
                continue;
            }
            if (!isPast(phrase)) {
                return phrase;
            }
            if (past == null) {
                past = phrase;
            }
        }
        return past;
    }
}
