package com.showroomassistant.intent;

import com.showroomassistant.vocabulary.ChatWords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cases, strips emoji, collapses letter runs and maps WhatsApp slang / typos to canonical words. */
final class TextNormalizer {

    // compiled once: String.matches, replaceAll and split compile their pattern on every call (2% of the app's
    // samples at 500 msg/s, and 4% of its allocation)
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> SLANG = new HashMap<>();
    /** The canonical words of SLANG, for lookups that were a scan of its values per word. */
    private static final Set<String> CANONICAL = new HashSet<>();

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'+]+");
    private static final Pattern REDUP = Pattern.compile("(\\p{L}{2,})2(?![\\p{L}\\p{N}])");
    private static final Pattern RUNS = Pattern.compile("(\\p{L})\\1{2,}");

    static {
        // the shared chat spellings first; the collapses below are the classifier's own and win over them
        ChatWords.spellings().forEach((spelling, standard) -> {
            SLANG.put(spelling, standard);
            CANONICAL.add(standard);
        });
        put("saya", "aku");
        put("untuk", "buat", "bwt");
        put("dengan", "sama", "sm", "ama");
        put("tidak", "tak");
        put("kalau", "if");
        put("nomor", "nomornya");
        put("lihat", "ngeliat", "lihatin", "diliat", "dilihat", "liatin", "melihat", "ngeliatin");
        put("gimana", "bagaimana");
        put("tolong", "tolongin");
        put("coba", "jajal", "njajal", "nyoba", "nyobain", "cobain", "nyobak", "mencoba", "dicoba", "nyobaa", "try");
        put("cek", "ngecek", "dicek", "cekin", "ngecheck", "check", "cheking", "cekk", "chek", "ngechek");
        put("test", "tes", "tst");
        put("test drive", "testdrive", "tesdrive", "testdriv");
        put(
                "makasih",
                "mksh",
                "makasi",
                "trims",
                "trimakasih",
                "tengkyu",
                "thx",
                "thanks",
                "tq",
                "ty",
                "trmksh",
                "makasihh",
                "maacih",
                "tks",
                "thank");
        put("ok", "oke", "okay", "okey", "okk", "okeh", "okelah", "okee");
        put("siap", "sip", "siip", "siapp");
        put("tukar tambah", "tt", "tukartambah");
        put("nego", "negoin", "nago", "negosiasi");
        put("kredit", "kridit", "credit");
        put("cicilan", "cicil", "nyicil", "cicilannya");
        put("kak", "ka", "kk", "kakak", "kaka", "kack", "kakk");
        put("gan", "agan");
        put("min", "mimin", "admin", "minn");
        put("mbak", "mba", "mbk", "mb");
        put("pak", "bapak", "bpk");
        put("bu", "ibu");
        put("hubungi", "hub");
        put("stok", "stock", "setok", "stoknya", "stocknya");
        put("ready", "redy", "reddy", "readi", "rdy");
        put("available", "avail", "availabel");
        put("ini", "ni", "nih");
        put("itu", "tu", "tuh");
        put("kesana", "ksna", "ksana");
        put("mau", "pengen", "pingin", "pengin", "ingin", "mo", "mw", "pgn", "mao");
        put("tanya", "nanyain");
        put("apa", "ap", "apaan");
        put("kirim", "kirimin", "kirimkan");
        put("foto", "poto", "photo", "pic", "pict", "gambar");
        put("unit", "unitnya");
        put("tangan", "tgn");
        put("terima kasih", "terimakasih");
        put(
                "assalamualaikum",
                "assalamu'alaikum",
                "asalamualaikum",
                "assalamualaikom",
                "ass",
                "askum",
                "assalammualaikum",
                "samlekom",
                "assalamu",
                "asslmkm",
                "aslmkm",
                "asslamualaikum",
                "assalamualaikm",
                "aslmlkm");
        put("selamat", "slmt", "slamat", "met", "selamt");
        put("kondisi", "kondisinya");
        put("per", "perbulan");
        put("jangan", "jgn", "jngn", "jgan");
        put("mobilnya", "mobilna");
        put("unit", "unitna");
        put("siapkan", "siapke", "siapno", "disiapno", "disiapke", "siapkeun");
        put("otw", "budhal", "budal", "mangkat");
        put("kesana", "mrono", "rono", "sano");
        put("kilometer", "kilometere");
    }

    private static void put(String canonical, String... variants) {
        CANONICAL.add(canonical);
        for (String v : variants) {
            SLANG.put(v, canonical);
        }
    }

    private TextNormalizer() {}

    static boolean isKnownWord(String w) {
        return SLANG.containsKey(w) || CANONICAL.contains(w);
    }

    /** Normalises a text whose model mentions have already been replaced by " mdl ". */
    static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder cleaned = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || "?.,!/-:+%'&@=<>~".indexOf(c) >= 0) {
                cleaned.append(c);
            } else {
                cleaned.append(' ');
            }
        }
        s = REDUP.matcher(cleaned).replaceAll("$1 $1");
        s = RUNS.matcher(s).replaceAll("$1");
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        while (m.find()) {
            String w = m.group();
            String rep = SLANG.get(w);
            if (rep == null && w.length() > 3 && !CANONICAL.contains(w)) {
                // a second chance after collapsing doubled letters ("hallo" -> "halo", "pagii" -> "pagi")
                String collapsed = DOUBLED.matcher(w).replaceAll("$1");
                rep = SLANG.get(collapsed);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep == null ? w : rep));
        }
        m.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
