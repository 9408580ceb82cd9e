package com.showroomassistant.intent;

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
        put("berapa", "brp", "brapa", "brpa", "berapa", "brph", "brepa", "berpa");
        put("berapaan", "brpan", "berapaan", "brapaan", "brpaan");
        put("harga", "hrg", "hrga", "harg", "hargax");
        put("harganya", "hrgnya", "hrgny", "harganya", "harganyaa");
        put(
                "tidak", "gk", "ga", "gak", "nggak", "ngga", "nga", "engga", "enggak", "kagak", "gag", "tdk", "ndak",
                "nda", "gaa", "gx", "kaga", "tak", "ngak");
        put("sudah", "udh", "udah", "dah", "sdh", "uda", "udha", "sudh", "dh");
        put("belum", "blm", "blom", "belom", "blum", "lom");
        put("yang", "yg", "yng", "yag");
        put("saya", "sy", "aku", "gw", "gue", "gua", "ane", "aq", "sya");
        put("untuk", "utk", "untk", "buat", "bwt");
        put("dengan", "dgn", "dg", "sama", "sm", "ama");
        put("bisa", "bs", "bsa", "bsia", "bisaa");
        put("masih", "msh", "masi", "mash", "msih");
        put(
                "lihat",
                "liat",
                "lht",
                "liad",
                "ngeliat",
                "lihatin",
                "diliat",
                "dilihat",
                "liatin",
                "melihat",
                "ngeliatin",
                "liatt");
        put("kapan", "kpn");
        put("dimana", "dmn", "dimn", "dmana", "dimna");
        put("gimana", "gmn", "gmana", "gmna", "bgmn", "gimn", "bagaimana", "gimna");
        put("tolong", "tlg", "tlong", "tolongin");
        put("minta", "mnt", "mintak");
        put("kalau", "kalo", "klo", "kl", "klu", "kalu", "if");
        put("tahun", "thn", "th", "taun", "thun");
        put("bulan", "bln");
        put("tanggal", "tgl");
        put("sekarang", "skrg", "skrang", "skg", "skr");
        put("orang", "org", "orng");
        put("mobil", "mbl", "mobl", "moobil");
        put("dari", "dr");
        put("tapi", "tp", "tpi");
        put("sebelum", "sblm");
        put("cuma", "cm", "cuman");
        put("coba", "jajal", "njajal", "nyoba", "nyobain", "cobain", "nyobak", "mencoba", "dicoba", "nyobaa", "try");
        put("cek", "ngecek", "dicek", "cekin", "ngecheck", "check", "cheking", "ngecek", "cekk", "chek", "ngechek");
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
        put("hubungi", "hub", "hubungin");
        put("stok", "stock", "setok", "stoknya", "stocknya");
        put("ready", "redy", "reddy", "readi", "rdy");
        put("available", "avail", "availabel");
        put("ada", "ad", "adaa", "adakah");
        put("ini", "ni", "nih");
        put("itu", "tu", "tuh");
        put("lagi", "lg");
        put("besok", "bsk", "besuk");
        put("jam", "jm");
        put("datang", "dtg", "dateng");
        put("kesana", "ksna", "ksana");
        put("mau", "pengen", "pingin", "pengin", "ingin", "mo", "mw", "pgn", "mao");
        put("tanya", "nanya", "tny", "nanyain");
        put("banget", "bgt", "bngt");
        put("sampai", "sampe", "smpe", "nyampe");
        put("nomor", "nomer", "nmr", "nomornya");
        put("juga", "jg");
        put("terus", "trus", "trs");
        put("karena", "krn", "karna");
        put("apa", "ap", "apaan");
        put("aja", "aj", "ajah", "ajaa");
        put("dong", "dng", "donk", "dongg");
        put("gitu", "gt");
        put("kirim", "kirimin", "kirimkan", "krm");
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
        // regional words people mix in: Javanese, Sundanese, Betawi
        put("harga", "rego", "regane", "regone");
        put("berapa", "piro", "pira", "pinten", "sabaraha", "berape");
        put("bisa", "iso", "isa", "saged", "tiasa");
        put("tidak", "ra", "ora", "mboten", "henteu", "teu");
        put("saya", "abdi", "kulo", "kula", "aye");
        put("mau", "bade", "arep");
        put("lihat", "ningali", "ndelok", "delok", "ndeleng", "deleng");
        put("ada", "ade", "ono", "enek");
        put("aja", "aje");
        put("itu", "kuwi");
        put("yang", "sing");
        put("gimana", "piye", "kumaha");
        put("masih", "sek");
        put("nanti", "mengko", "engke");
        put("mobilnya", "mobilna");
        put("unit", "unitna");
        // Suroboyoan, Minang, Palembang, Banjar and eastern Indonesian words for the same things
        put("lihat", "caliak", "meliat", "nengok", "tengok", "lia");
        put("siapkan", "siapke", "siapno", "disiapno", "disiapke", "siapkeun");
        put("otw", "budhal", "budal", "mangkat");
        put("kesana", "mrono", "rono", "sano");
        put("besok", "sesuk", "mbenjing", "bisuak");
        put("nanti", "kagek", "engkok", "ngkok");
        put("datang", "dugi", "teko");
        put("berapa", "berapo", "brapo");
        put("harga", "harago");
        put("tidak", "dak", "indak", "kada", "sonde", "seng");
        put("ada", "ado", "onok", "aya");
        put("saya", "ambo", "ulun", "beta");
        put("mau", "handak");
        put("bisa", "pacak", "kawa");
        put("sudah", "su", "wis", "uwis", "wes", "sampun");
        put("belum", "durung", "alun", "balum");
        put("apa", "opo", "apo");
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
