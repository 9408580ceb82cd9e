package com.showroomassistant.vocabulary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Indonesian WhatsApp chat writes everyday words, and the standard word each spelling stands for: abbreviations
 * ("sy", "brp", "dl"), colloquial forms ("dikabarin", "tanyain"), common typos and regional words ("ambo", "piye",
 * "sabaraha"). The one list of them: the classifier reads customer messages through it and the reply guard reads
 * model drafts through it. A reader that collapses words further for its own purpose (the classifier reads "admin"
 * as "min") does that on top of this list.
 */
public final class ChatWords {

    private static final Map<String, String> STANDARD = new HashMap<>();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    static {
        put("berapa", "brp", "brapa", "brpa", "brph", "brepa", "berpa");
        put("berapaan", "brpan", "brapaan", "brpaan");
        put("harga", "hrg", "hrga", "harg", "hargax");
        put("harganya", "hrgnya", "hrgny", "harganyaa");
        put(
                "tidak", "gk", "ga", "gak", "nggak", "ngga", "nga", "engga", "enggak", "kagak", "gag", "tdk", "ndak",
                "nda", "gaa", "gx", "kaga", "ngak");
        put("tidak tahu", "gatau", "gatahu", "gtau", "gktau");
        put("tahu", "tau");
        put("sudah", "udh", "udah", "dah", "sdh", "uda", "udha", "sudh", "dh");
        put("belum", "blm", "blom", "belom", "blum", "lom");
        put("yang", "yg", "yng", "yag");
        put("saya", "sy", "gw", "gue", "gua", "ane", "aq", "sya");
        put("untuk", "utk", "untk");
        put("dengan", "dgn", "dg");
        put("sama", "sm");
        put("bisa", "bs", "bsa", "bsia", "bisaa");
        put("masih", "msh", "masi", "mash", "msih");
        put("lihat", "liat", "lht", "liad", "liatt");
        put("kapan", "kpn");
        put("dimana", "dmn", "dimn", "dmana", "dimna");
        put("gimana", "gmn", "gmana", "gmna", "bgmn", "gimn", "gimna");
        put("tolong", "tlg", "tlong");
        put("minta", "mnt", "mintak");
        put("kalau", "kalo", "klo", "kl", "klu", "kalu");
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
        put("nanti", "ntar", "entar", "ntr", "nnti", "nti");
        put("dulu", "dl", "dlu");
        put("sebentar", "bentar", "bntr", "sbntr");
        put("jawab", "jwb");
        put("balas", "bls");
        put("kabari", "kabarin");
        put("dikabari", "dikabarin");
        put("mengabari", "ngabarin");
        put("tanyakan", "tanyain");
        put("menanyakan", "nanyain");
        put("tanya", "nanya", "tny");
        put("pastikan", "pastiin");
        put("memastikan", "mastiin");
        put("mengecek", "ngecek");
        put("cek", "cekin");
        put("memutuskan", "mutusin");
        put("jelaskan", "jelasin");
        put("menjelaskan", "ngejelasin");
        put("bantu", "bantuin");
        put("dibantu", "dibantuin");
        put("hubungi", "hubungin");
        put("dihubungi", "dihubungin");
        put("infokan", "infoin");
        put("diinfokan", "diinfoin");
        put("telepon", "telponin");
        put("ditelepon", "ditelponin");
        put("urus", "urusin");
        put("diurus", "diurusin");
        put("kirim", "krm");
        put("ada", "ad", "adaa", "adakah");
        put("lagi", "lg");
        put("besok", "bsk", "besuk");
        put("jam", "jm");
        put("datang", "dtg", "dateng");
        put("banget", "bgt", "bngt");
        put("sampai", "sampe", "smpe", "nyampe");
        put("nomor", "nomer", "nmr");
        put("juga", "jg");
        put("terus", "trus", "trs");
        put("karena", "krn", "karna");
        put("aja", "aj", "ajah", "ajaa");
        put("dong", "dng", "donk", "dongg");
        put("gitu", "gt");
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
        // Suroboyoan, Minang, Palembang, Banjar and eastern Indonesian words for the same things
        put("lihat", "caliak", "meliat", "nengok", "tengok", "lia");
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
    }

    private static void put(String standard, String... spellings) {
        for (String s : spellings) {
            STANDARD.put(s, standard);
        }
    }

    private ChatWords() {}

    /** Every chat spelling with its standard word. */
    public static Map<String, String> spellings() {
        return Map.copyOf(STANDARD);
    }

    /** The text with each chat spelling written as its standard word ("ntar dikabarin admin": "nanti dikabari admin"). */
    public static String toStandard(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String standard = STANDARD.get(m.group().toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(standard == null ? m.group() : standard));
        }
        m.appendTail(out);
        return out.toString();
    }
}
