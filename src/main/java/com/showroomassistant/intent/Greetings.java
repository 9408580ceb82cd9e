package com.showroomassistant.intent;

import static com.showroomassistant.intent.Rule.p;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Salams, forms of address and gibberish: what a message is when it asks nothing. */
final class Greetings {

    // compiled once: String.matches, replaceAll and split compile their pattern on every call (2% of the app's
    // samples at 500 msg/s, and 4% of its allocation)
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s?!,]+");
    private static final Pattern VOWEL = Pattern.compile(".*[aiueo].*");
    private static final Pattern CONSONANT_RUN = Pattern.compile(".*[^aiueo]{4,}.*");
    private static final Pattern REPEATED = Pattern.compile("(\\p{L}{2,3})\\1+");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern KEYBOARD =
            Pattern.compile("qwert|werty|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn" + "|vbnm|uiop|yuio|tyui");

    private Greetings() {}

    private static final Set<String> GREETING_WORDS = Set.copyOf(List.of(
            "hai",
            "hi",
            "hy",
            "halo",
            "hello",
            "helo",
            "hey",
            "hei",
            "hay",
            "hallo",
            "hola",
            "pagi",
            "siang",
            "sore",
            "malam",
            "malem",
            "selamat",
            "assalamualaikum",
            "alaikum",
            "salam",
            "wr",
            "wb",
            "warahmatullahi",
            "wabarakatuh",
            "wbr",
            "permisi",
            "misi",
            "punten",
            "swastiastu",
            "shalom",
            "salom",
            "good",
            "morning",
            "afternoon",
            "evening",
            "p",
            "ping",
            "greetings",
            "namaste",
            "yo",
            "hii",
            "sampurasun",
            "rahayu",
            "mlm",
            "siank",
            "sore",
            "hallo",
            "assalam",
            "pgi",
            "sugeng",
            "rahajeng",
            "semeng",
            "sanja",
            "wengi",
            "kulonuwun",
            "enjing",
            "sonten",
            "dalu",
            "wilujeng",
            "horas",
            "tabik",
            "tabe",
            "woy",
            "woi",
            "oi",
            "oy",
            "hoi",
            "hoy",
            "asw",
            "aslm",
            "asslm",
            "wassup",
            "wasup",
            "whatsup",
            "wazzup",
            "namo",
            "buddhaya",
            "syalom",
            "waalaikumsalam",
            "walaikumsalam",
            "wa'alaikumsalam",
            "tabea",
            "guten"));
    private static final Set<String> ADDRESSEE = Set.copyOf(List.of(
            "kak",
            "gan",
            "min",
            "mas",
            "mbak",
            "pak",
            "bu",
            "om",
            "tante",
            "bos",
            "boss",
            "bro",
            "sis",
            "sist",
            "semua",
            "tim",
            "team",
            "gaes",
            "guys",
            "gais",
            "all",
            "sob",
            "bang",
            "dear",
            "rekan",
            "teman",
            "showroom",
            "cs",
            "sales",
            "everyone",
            "sir",
            "madam",
            "bapak",
            "ibu",
            "pagi",
            "juga",
            "lagi",
            "nih",
            "ya",
            "ini",
            "dan",
            "kawan",
            "kakak",
            "tuan",
            "bund",
            "bunda",
            "mimin",
            "kk",
            "ka",
            "kang",
            "akang",
            "teh",
            "cak",
            "ning",
            "bli",
            "uda",
            "uni",
            "koh",
            "ko",
            "cik",
            "semangat",
            "sukses",
            "sehat",
            "selalu",
            "hari",
            "kita",
            "rekan rekan",
            "cuy",
            "bosku",
            "juragan",
            "a",
            "aa",
            "teteh",
            "ceu",
            "mang",
            "semoga",
            "lae",
            "ito",
            "amang",
            "inang",
            "mbok",
            "bude",
            "pakde",
            "koko",
            "cici",
            "ncek",
            // regional forms of address and sentence particles ("misi ki'", "slamat pagi e kaka", "rek", "daeng")
            "ki",
            "mi",
            "ji",
            "e",
            "ee",
            "yo",
            "bah",
            "lah",
            "dek",
            "adek",
            "cak",
            "rek",
            "ning",
            "daeng",
            "kaka",
            "bung",
            "nona",
            "bapa",
            "usi",
            "nyong",
            "semeton",
            "dulur",
            "sadayana",
            "samua",
            "torang",
            "kalian",
            "kah",
            "manajer",
            "manager",
            "owner",
            "pimpinan"));
    /** Ways to call the person at the other end, which alone ask for attention. */
    private static final Set<String> CALLS = Set.of(
            "kak", "min", "mas", "gan", "pak", "bu", "bang", "mbak", "sis", "bro", "om", "bos", "boss", "cak", "daeng",
            "bli", "teh", "aa", "koh", "ci");

    private static final Pattern PRESENCE = p(
            "\\bada (?:orang\\w*|yang jaga|min|admin|mimin|cs|yang online|yang bisa bantu|kak)(?: ?nya)?"
                    + "(?: (?:di )?(?:sana|situ|sini|showroom|kantor))?\\b\\??|\\b(?:lagi|masih) sibuk(?: tidak)?\\b\\??|\\b(?:masih )?ada (?:yang )?standby\\b\\??|\\b(?:admin|mimin|min|cs|orang)(?: ?nya)? ada\\b\\??");
    /** "halo min showroom jogja", "sore tim cabang bekasi": the showroom's name or town after the word. */
    private static final Pattern SHOWROOM_NAME = p("\\b(?:showroom|cabang) (?!mdl\\b)\\p{L}+");
    /** Asking after someone's health, and the Javanese "excuse me", are part of a salam ("selamat pagi pak, apa kabar?"). */
    private static final Pattern PLEASANTRY =
            p("\\b(?:(?:apa|gimana|bagaimana) kabar\\w*|kabar\\w* (?:baik|gimana|sehat)|(?:nyuwun|nuwun) sewu)\\b\\??");
    /** Holiday wishes are salams too ("mohon maaf lahir batin", "selamat hari raya idul fitri 1445 h"). */
    private static final Pattern HOLIDAY = p(
            "\\b(?:(?:mohon )?maaf lahir (?:dan )?batin|minal aidin wal faidzin|taqabbalallahu minna wa minkum"
                    + "|selamat (?:hari raya|idul fitri|idul adha|lebaran|natal|tahun baru|imlek)(?: (?:idul fitri|idul adha|natal|\\d{4}))*(?: ?h\\b)?"
                    + "|(?:dan )?tahun baru(?: \\d{4})?|happy (?:new year|eid|holiday\\w*)|eid mubarak|merry christmas|gong xi fa cai|gong xi fat choi)\\b");
    /** Javanese "may I come in" ("kulo nuwun"), not "matur nuwun" (thanks). */
    private static final Pattern KULONUWUN = p("\\b(?:kulo|kula|saya|aku) nuwun\\b");

    private static final Pattern OM_SWASTIASTU = p("\\bom swast(?:i|y|iy)astu\\b");
    // what people say around a salam before their real question: announcing it, apologising, introducing themselves
    private static final Pattern ASKING =
            p("\\b(?:(?:saya|mau|boleh|numpang|izin)\\s+)*(?:tanya|bertanya)(?:\\s+tanya)?"
                    + "(?:\\s+(?:dong|nih|ya|sedikit|dikit|boleh|sebentar|bentar))*\\b");
    private static final Pattern SORRY =
            p("\\b(?:mohon )?maaf (?:ganggu|mengganggu)(?: waktu\\w*)?(?: (?:pagi|siang|sore|malam|malem))*\\b");
    private static final Pattern INTRODUCTION = p("\\b(?:salam kenal|perkenalkan|kenalin)\\b");
    private static final Pattern SELF = p("\\b(?:nama )?saya \\p{L}+(?: dari \\p{L}+)?\\b");

    static boolean isGreetingOnly(String norm) {
        String s = SHOWROOM_NAME.matcher(PRESENCE.matcher(norm).replaceAll(" ")).replaceAll(" showroom ");
        s = KULONUWUN.matcher(s).replaceAll(" kulonuwun ");
        s = PLEASANTRY.matcher(s).replaceAll(" salam ");
        s = HOLIDAY.matcher(s).replaceAll(" salam ");
        s = OM_SWASTIASTU.matcher(s).replaceAll(" salam ");
        s = SORRY.matcher(ASKING.matcher(s).replaceAll(" ")).replaceAll(" ");
        if (INTRODUCTION.matcher(s).find()) {
            s = SELF.matcher(INTRODUCTION.matcher(s).replaceAll(" salam ")).replaceAll(" ");
        }
        String[] words = NOT_LETTERS.split(s);
        boolean greeting = false;
        int calls = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String c = DOUBLED.matcher(w).replaceAll("$1");
            if (GREETING_WORDS.contains(w) || GREETING_WORDS.contains(c)) {
                greeting = true;
            } else if (!ADDRESSEE.contains(w) && !ADDRESSEE.contains(c)) {
                return false;
            }
            calls += CALLS.contains(c) ? 1 : 0;
        }
        // calling someone and nothing else ("masss", "min?") asks for attention, as "p" does
        return greeting
                || calls > 0
                        && SPACES.split(s.strip()).length <= 2
                        && !DIGIT.matcher(s).find();
    }

    private static final Pattern ABOUT_A_CAR = p("\\b(?:mobil\\w*|unit\\w*|mdl|kendaraan\\w*)\\b");

    static boolean opensWithSalam(String norm) {
        String[] words = NOT_LETTERS_OR_DIGITS.split(norm.strip());
        return words.length >= 2
                && words.length <= 7
                && GREETING_WORDS.contains(words[0])
                && !words[0].equals("p")
                && !norm.contains("?")
                && !DIGIT.matcher(norm).find()
                && !ABOUT_A_CAR.matcher(norm).find();
    }

    /** The text without addressee words and punctuation ("130an kak?" -> "130an"). */
    static String withoutAddressee(String norm) {
        StringBuilder kept = new StringBuilder();
        for (String w : BETWEEN_WORDS.split(norm)) {
            if (!w.isEmpty() && !ADDRESSEE.contains(w)) {
                kept.append(kept.isEmpty() ? "" : " ").append(w);
            }
        }
        return kept.toString();
    }

    static boolean isGibberish(String norm) {
        String[] words = NOT_LETTERS.split(norm);
        int letters = 0;
        for (String w : words) {
            if (w.isEmpty() || w.length() == 1 && ADDRESSEE.contains(w)) {
                continue; // "a", "e" in a keyboard mash are not words someone meant
            }
            letters++;
            if (TextNormalizer.isKnownWord(w) || GREETING_WORDS.contains(w) || ADDRESSEE.contains(w)) {
                return false;
            }
            boolean noVowel = !VOWEL.matcher(w).matches();
            boolean consonantRun = CONSONANT_RUN.matcher(w).matches();
            boolean keyboard = KEYBOARD.matcher(w).find();
            boolean repeated = w.length() >= 4 && REPEATED.matcher(w).matches();
            if (!(noVowel || consonantRun || keyboard || repeated)) {
                return false;
            }
        }
        return letters > 0;
    }
}
