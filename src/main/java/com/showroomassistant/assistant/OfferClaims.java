package com.showroomassistant.assistant;

import com.showroomassistant.vocabulary.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discounts, free extras, special or negotiable prices and financing figures (DP, cicilan, tenor, bunga) in a draft:
 * each must be something the showroom published. Saying there is none ("tidak ada diskon", "harga sudah pas") or
 * naming the topic only ("untuk nego, langsung dengan tim sales") claims nothing.
 */
final class OfferClaims {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NEGOTIATION = Pattern.compile(
            "(?<![\\p{L}])(?:nego\\w*|dinego\\w*|negosiasi\\w*|"
                    + "negotiable|(?:bisa\\W+)?(?:kami\\W+|saya\\W+)?bantu\\W+(?:harga\\W+)?sedikit|kami\\W+bantu\\W+harga|"
                    + "ruang\\W+(?:nego|negosiasi|tawar)|(?:masih\\W+)?(?:bisa|boleh)\\W+turun(?:\\W+(?:sedikit|dikit))?|"
                    + "bisa\\W+(?:di)?atur(?:\\W+\\p{L}+){0,2}?\\W+(?:ketemu|bertemu|di showroom|langsung)|"
                    + "tawar(?!kan|an)\\w*|ditawar(?!kan)\\w*|turun harga|kurangi harga|bisa kurang|kurang sedikit|(?:bisa\\W+)?(?:kami\\W+|saya\\W+)?(?:di)?kurangi\\W+(?:sedikit|dikit)|harga bisa (?:kurang|turun|"
                    + "disesuaikan|diatur|dibicarakan|didiskusikan)|harga (?:masih )?(?:bisa )?(?:nego|dinego)|(?:masih )?bisa "
                    + "(?:dibicarakan|didiskusikan|diobrolin|diomongin)|negotiable|open to offers?|"
                    + "(?:masih\\W+)?bisa\\W+kita\\W+(?:obrol\\w*|bicarakan|diskusikan|omongin|rundingkan|atur)|"
                    + "harga\\w*\\W+(?:masih\\W+)?(?:bisa\\W+)?(?:disesuaikan|dirundingkan|fleksibel)|kelonggaran|"
                    + "(?:kasih|beri|berikan|dapat|dapatkan|carikan|cari|usahakan)\\W+(?:\\p{L}+\\W+)?harga\\W+(?:yang\\W+)?terbaik|belum\\W+final|usahakan\\W+(?:yang\\W+)?terbaik|"
                    + "usahakan\\W+harga|tergantung\\W+(?:\\p{L}+\\W+)?kesepakatan|harga\\W+final|final\\W+harga\\w*|"
                    + "jalan\\W+tengah|(?:ketemu|bertemu|temu)\\W+di\\W+tengah|titik\\W+temu\\w*|"
                    + "(?:masih\\W+)?ada\\W+(?:sedikit\\W+|sedikit\\W+lagi\\W+)?ruang(?!\\W+(?:kabin|bagasi|kaki|kepala|penyimpanan|"
                    + "tunggu|tamu|pamer|display|kosong|untuk\\W+(?:barang|koper|bagasi)))|"
                    + "harga\\w*(?:\\W+\\p{L}+){0,4}?\\W+(?:masih\\W+)?(?:cukup\\W+|sangat\\W+)?(?:fleksibel|flexible|longgar|lentur)|"
                    + "penawaran\\W+harga|penyesuaian\\W+harga|(?:angka|harga)\\W+akhir\\w*\\W+(?:\\p{L}+\\W+){0,4}?(?:diskusi\\w*|bicara\\w*|"
                    + "runding\\w*|obrol\\w*|omong\\w*)|(?:masih\\W+)?(?:dapat|bisa)\\W+dikondisikan|"
                    + "(?:lebih|sangat|paling)\\W+menguntungkan|harga\\w*\\W+(?:\\p{L}+\\W+){0,2}?lebih\\W+(?:bersahabat|menarik|miring|ringan|baik)|"
                    + "open (?:for|to) (?:discussion|negotiation)|can be (?:discussed|negotiated)|room for negotiation|"
                    + "price is (?:still )?flexible)(?![\\p{L}])",
            CI);
    /** Words that only introduce the offers listed after them. */
    private static final Pattern POINTER = Pattern.compile("promo\\w*|bonus\\w*|hadiah\\w*", CI);

    private static final Pattern HEADER_AFTER = Pattern.compile(
            "(?:-?nya)?\\W*(?:(?:yang|yg)\\W+(?:sedang\\W+|masih\\W+)?(?:berlaku|ada|tersedia)(?:\\W+(?:saat ini|sekarang|bulan ini))?"
                    + "\\W*(?:kak\\W*)?(?::|adalah|yaitu|\\n)|\\W*(?:gratis|free|berupa|yaitu|adalah))",
            CI);

    /** A deal agreed: only staff agree a price, never the assistant, whatever the showroom's negotiation setting. */
    private static final Pattern DEAL = Pattern.compile(
            "(?<![\\p{L}])(?:deal|sepakat|disepakati|kami setujui|disetujui|"
                    + "setuju (?:di|dengan) (?:harga|angka)|(?:harga|angka|tawaran)(?:nya)? (?:itu|segitu|tersebut|tadi|kakak) "
                    + "(?:bisa|boleh|oke|ok|masuk|kami terima|diterima|disetujui)|(?:bisa|boleh|oke|ok) (?:di|dengan) (?:harga|angka)"
                    + " (?:itu|segitu|tersebut|tadi)|tawaran(?:nya)? (?:kakak )?(?:kami )?(?:terima|diterima|setujui))(?![\\p{L}])",
            CI);
    /** "sebelum deal", "kalau sudah sepakat": a deal spoken of, not made. */
    private static final Pattern CONDITION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:sebelum|setelah|sesudah|begitu|"
                    + "kalau|kalo|jika|bila|apabila|sampai|hingga|agar|supaya|untuk|biar|mau|ingin|siap|belum|apakah|apa)\\W+"
                    + "(?:\\p{L}+\\W+){0,6}$",
            CI);

    private static final Pattern DISCOUNT = Pattern.compile(
            "(?<![\\p{L}])(?<!feel )(?:diskon\\w*|discount\\w*|potongan(?: harga)?|"
                    + "cash ?back|bonus\\w*|gratis\\w*|(?<!(?:kakak|kak|lagi|sedang|anda|kamu) )free(?!\\W+(?:jam|hari|kapan|"
                    + "besok|lusa|nanti|sore|pagi|siang|malam|tanggal|sabtu|minggu|senin|selasa|rabu|kamis|jumat)(?![\\p{L}]))|hadiah|harga (?:spesial|special|khusus|miring|promo|istimewa|coret|"
                    + "nett?|teman|spesial)|subsidi|promo\\w*|voucher|kado|cuma-cuma|tanpa biaya|free of charge|"
                    + "(?:bebas|free) (?:biaya|ongkos)\\w*|dp\\s*(?:0|nol)|tanpa dp|dp ringan|bunga (?:0|nol|ringan)|"
                    + "uang kembali|money back|refund|(?:di)?kembalikan|pengembalian (?:dana|uang)|nett|"
                    + "(?:uang|dana|tanda jadi|dp|booking fee)\\W+(?:\\p{L}+\\W+)?balik|balik\\W+(?:full|penuh|utuh|100)|"
                    + "(?:(?:sudah|udah|harga\\w*(?: sudah)?) (?:termasuk|include[sd]?|incl\\.?)|include[sd]?|incl\\.?|all in) (?:biaya )?(?:balik nama|bbn|asuransi|pajak|"
                    + "surat-surat|stnk|bpkb|service|servis|garansi|ganti oli)|full tank|tangki penuh|bensin penuh|special price|best price|(?:kami|showroom|dealer)(?: yang)? "
                    + "(?:tanggung|menanggung|bayar|bayarkan|cover)|ditanggung (?:oleh )?(?:kami|showroom|dealer|penjual))(?![\\p{L}])",
            CI);
    private static final Pattern FINANCING = Pattern.compile(
            "(?<![\\p{L}])(?:dp|d\\.p\\.|uang muka|tdp|cicilan\\w*|"
                    + "angsuran\\w*|kredit\\w*|leasing|tenor\\w*|bunga\\w*|suku bunga|per ?bulan|/ ?bln|/ ?bulan|bulanan|"
                    + "simulasi|flat|interest|installment|down payment)(?![\\p{L}])",
            CI);
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:tidak|tdk|tak|belum|blm|bukan|tanpa|"
                    + "gak|ga|gk|nggak|ngga|enggak|no|non|tiada|sudah tidak|tidak lagi|tidak ada|tidak bisa|tidak dapat|"
                    + "belum ada|belum bisa|don't|do not|doesn't|does not|cannot|can't|won't|not|never)\\W+(?:\\p{L}+\\W+){0,2}"
                    + "(?:(?:maupun|ataupun|atau|dan|serta)\\W+)?$",
            CI);
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "^(?:-?nya)?\\W+(?:(?!(?:jadi|sehingga|makanya|karena|maka)(?![\\p{L}]))\\p{L}+\\W+){0,2}?(?:tidak|tdk|tak|"
                    + "belum|blm|gak|ga|nggak|ngga|enggak|sudah tidak)\\W+(?:ada|bisa|tersedia|berlaku|dapat|diberikan|kami "
                    + "berikan|dilayani|memungkinkan)(?![\\p{L}])",
            CI);
    private static final Pattern TOPIC_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:untuk|utk|soal|mengenai|terkait|"
                    + "perihal|masalah|kalau|kalo|tentang|info|informasi|pertanyaan|urusan|mau|ingin|minta|menanyakan|"
                    + "tanya|tanyakan|bertanya|terkait dengan|jika|bila|apakah)\\W+(?:harga\\W+)?$",
            CI);
    private static final Pattern REFUSED_PRICE = Pattern.compile(
            "(?<![\\p{L}])harga\\w*\\W+(?:\\p{L}+\\W+)?" + "(?:sudah|udah|memang)\\W+(?:\\p{L}+\\W+)?$", CI);
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3})(?:\\s*(?:-|–|s/d|sampai|hingga)\\s*"
                    + "(\\d{1,3}))?\\s*(tahun|thn|th|bulan|bln|minggu|pekan|hari|x|kali)(?![\\p{L}\\d])",
            CI);
    /** "unit yang baru 1 bulan", "dipakai 2 minggu": how old a purchase is, not a term the showroom gives. */
    private static final Pattern AGE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:baru|sudah|udah|umur|usia|dipakai|pakai|sejak|selama\\W+(?:saya|kakak|bapak|ibu)\\W+pakai)\\W*$",
            CI);

    /** "setahun", "sebulan": one unit written as a word. */
    private static final Pattern ONE_UNIT = Pattern.compile("(?<![\\p{L}])se(tahun|bulan|minggu|hari)(?![\\p{L}])", CI);

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]+");
    private static final Set<String> FILLER = Set.of(
            "untuk",
            "rp",
            "idr",
            "sesuai",
            "juta",
            "jt",
            "ribu",
            "rb",
            "kalau",
            "kalo",
            "jika",
            "bila",
            "apabila",
            "setiap",
            "berupa",
            "yang",
            "di",
            "ke",
            "dan",
            "kak",
            "ya",
            "juga",
            "dengan",
            "bagi",
            "pada",
            "pembelian",
            "unit",
            "ini",
            "itu",
            "kakak",
            "sebesar",
            "hingga",
            "sampai",
            "senilai",
            "dari",
            "kami",
            "the",
            "for",
            "a",
            "an",
            "of",
            "ada",
            "bisa",
            "dapat",
            "sudah",
            "akan",
            "berlaku",
            "adalah",
            "yaitu",
            "yakni",
            "merupakan");

    /** The money in each showroom's published text, read once per text rather than once per draft. */
    private static final java.util.Map<String, Money.Reading> PUBLISHED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The amounts of a showroom's published text, read once per text. */
    static Money.Reading moneyIn(String published) {
        Money.Reading reading = PUBLISHED.computeIfAbsent(published, Money::read);
        if (PUBLISHED.size() > 1_000) {
            PUBLISHED.clear(); // a showroom's published text changes rarely; this only bounds the memory
        }
        return reading;
    }

    private final DraftText draft;
    private final String published;
    private final Money.Reading publishedMoney;
    private final boolean negotiation;
    private final String customerText;

    OfferClaims(DraftText draft, String published, boolean negotiation) {
        this(draft, published, negotiation, "");
    }

    OfferClaims(DraftText draft, String published, boolean negotiation, String customerText) {
        this.customerText = customerText == null ? "" : customerText;
        this.draft = draft;
        this.published = published.toLowerCase(Locale.ROOT);
        this.publishedMoney = moneyIn(published);
        this.negotiation = negotiation;
    }

    /** Why the draft is withheld, if it promises something the showroom did not publish. */
    Optional<String> problem() {
        String text = draft.text;
        if (!negotiation) {
            Matcher n = NEGOTIATION.matcher(text);
            while (n.find()) {
                boolean claimed = TOPIC_TERM.matcher(n.group()).matches()
                        ? claims(text, n.start(), n.end())
                        : statesOffer(text, n.start(), n.end());
                if (claimed && !publishedTerm(n.group(), text, n.end())) {
                    return Optional.of("negotiation_offered");
                }
            }
        }
        Matcher included = SAYS_INCLUDED.matcher(text);
        while (included.find()) {
            if (claims(text, included.start(), included.end())
                    && !publishedTerm(included.group(), text, included.end())) {
                return Optional.of("unpublished_offer"); // "sudah termasuk kaca film": an extra nobody published
            }
        }
        Matcher deal = DEAL.matcher(text);
        while (deal.find()) {
            String before =
                    text.substring(Math.max(0, deal.start() - 70), deal.start()).replaceFirst("(?s)^.*[,;.!?\\n]", "");
            if (claims(text, deal.start(), deal.end())
                    && !CONDITION_BEFORE.matcher(before).find()
                    && !asked(text, deal.end())) {
                return Optional.of("deal_confirmed");
            }
        }
        Matcher d = DISCOUNT.matcher(text);
        while (d.find()) {
            if (HEADER_AFTER.matcher(text.substring(d.end())).lookingAt()
                    && POINTER.matcher(d.group()).matches()) {
                continue; // "Promo yang berlaku saat ini:", "bonusnya gratis kaca film": the items say what is given
            }
            if (claims(text, d.start(), d.end())
                    && (!publishedTerm(d.group(), text, d.end())
                            || unpublishedAddOn(text, d.end())
                            || paymentChanged(text, d.start(), d.end()))) {
                return Optional.of("unpublished_offer");
            }
        }
        for (DraftText.Segment s : draft.segments) {
            String segment = draft.of(s);
            if (!FINANCING.matcher(segment).find() && !DISCOUNT.matcher(segment).find()) {
                continue;
            }
            for (Money.Percent p : draft.money.percents()) {
                if (s.contains(p.start())
                        && !publishedPercent(p.value())
                        && !negatedAfter(text, p.end())
                        && !negatedBefore(text, p.start())) {
                    return Optional.of("unpublished_financing_figure");
                }
            }
        }
        if (WarrantyScope.unpublishedPart(text, published).isPresent()) {
            return Optional.of("unpublished_offer");
        }
        Matcher one = ONE_UNIT.matcher(text);
        while (one.find()) {
            String family = family(text, one.start());
            if (family != null
                    && !negatedAfter(text, one.end())
                    && !publishedDuration(family, days("1", one.group(1)))) {
                return Optional.of(family.equals("financing") ? "unpublished_financing_figure" : "unpublished_offer");
            }
        }
        Matcher t = DURATION.matcher(text);
        while (t.find()) {
            String family = family(text, t.start());
            if (family == null && t.start() < 40) {
                family = family(customerText, customerText.length()); // "tenor bisa 6 thn?" "bisa kak sampe 6 thn"
            }
            if (family == null
                    || negatedAfter(text, t.end())
                    || AGE_BEFORE.matcher(text.substring(0, t.start())).find()) {
                continue;
            }
            if (!publishedDuration(family, days(t.group(1), t.group(3)))
                    || t.group(2) != null && !publishedDuration(family, days(t.group(2), t.group(3)))) {
                return Optional.of(family.equals("financing") ? "unpublished_financing_figure" : "unpublished_offer");
            }
        }
        return Optional.empty();
    }

    /** "Jadi deal di harga itu, kak?": a question about a deal makes none. */
    private static boolean asked(String text, int end) {
        int stop = text.length();
        for (char c : new char[] {'.', '!', '\n', '?'}) {
            int at = text.indexOf(c, end);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        return stop < text.length() && text.charAt(stop) == '?';
    }

    /** Whether a published sentence gives a financing figure or a discount ("DP Rp 45.000.000", "potongan ..."). */
    static boolean namesFinancingOrDiscount(String sentence) {
        return FINANCING_OR_DISCOUNT.matcher(sentence).find();
    }

    /** Amounts tied to a financing or discount word: a down payment or instalment, never a car's price. */
    boolean isFinancingAmount(Money.Amount amount) {
        DraftText.Segment segment = draft.segmentAt(amount.start());
        String before = draft.text.substring(segment.start(), amount.start());
        String after = draft.text.substring(amount.end(), Math.min(draft.text.length(), amount.end() + 20));
        if (PER_MONTH_AFTER.matcher(after).find()) {
            return true;
        }
        int lastTerm = -1;
        Matcher f = FINANCING_OR_DISCOUNT.matcher(before);
        while (f.find()) {
            lastTerm = f.end();
        }
        return lastTerm >= 0 && !PRICE_WORD.matcher(before.substring(lastTerm)).find();
    }

    private static final Pattern FINANCING_OR_DISCOUNT = Pattern.compile(
            "(?<![\\p{L}])(?:dp|d\\.p\\.|uang muka|tdp|"
                    + "cicilan\\w*|angsuran\\w*|tenor\\w*|bunga\\w*|installment|down payment|diskon\\w*|discount\\w*|"
                    + "potongan|cash ?back|subsidi|voucher|(?:di)?kurangi|kurangin|(?:di)?potong)(?![\\p{L}])",
            CI);
    private static final Pattern PRICE_WORD =
            Pattern.compile("(?<![\\p{L}])(?:harga\\w*|hrg|price|otr|cash|tunai)" + "(?![\\p{L}])", CI);
    private static final Pattern PER_MONTH_AFTER = Pattern.compile(
            "^\\W*(?:saja\\W+|aja\\W+)?(?:per ?bulan|/ ?bln|"
                    + "/ ?bulan|sebulan|perbulan|per month|/month|bulanan|x\\s*\\d)",
            CI);

    /** "140 juta belum bisa": a customer's offer turned down is not a price the draft states. */
    boolean refused(Money.Amount amount) {
        String before = draft.text.substring(Math.max(0, amount.start() - 25), amount.start());
        return negatedAfter(draft.text, amount.end())
                || REFUSED_BEFORE.matcher(before).find();
    }

    /** "belum bisa di 200 juta": the customer's offer, turned down. */
    private static final Pattern REFUSED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:belum|tidak|tdk|gak|ga|nggak|ngga|"
                    + "enggak|tak)\\W+(?:bisa|dapat|boleh|masuk)\\W+(?:(?:di|ke|kalau|kalo|dengan|segitu|jadi|turun)\\W+)?(?:rp\\.?\\s*)?$",
            CI);

    boolean publishedAmount(Money.Amount amount) {
        return publishedMoney.amounts().stream()
                .anyMatch(p -> p.low() == amount.low() && p.high() == amount.high()
                        || amount.kind() == Money.Kind.EXACT
                                && p.admits(amount.low())
                                && p.kind() != Money.Kind.AT_LEAST
                        // a published bound restated from the other side: "di atas 200 juta" as "di bawah 200 juta"
                        || bound(amount) && bound(p) && amount.value() == p.value());
    }

    private static boolean bound(Money.Amount amount) {
        return amount.kind() == Money.Kind.AT_LEAST || amount.kind() == Money.Kind.AT_MOST;
    }

    /** "tidak ada program bunga 0%": the figure is denied within its own clause. */
    private static boolean negatedBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start).replaceFirst("(?s)^.*[,;.!?\\n]", "");
        return NEGATED_BEFORE.matcher(before).find();
    }

    /** Words that may name bargaining as a topic ("untuk nego, langsung ke sales"); a phrase such as "bisa kita
     * obrolkan" always states an offer, whatever topic stands before it ("soal harga bisa kita obrolkan"). */
    private static final Pattern TOPIC_TERM = Pattern.compile("(?:di)?nego\\w*|negosiasi\\w*|(?:di)?tawar\\w*", CI);

    private boolean statesOffer(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start).replaceFirst("(?s)^.*[,;.!?\\n]", "");
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return !NEGATED_BEFORE.matcher(before).find()
                && !NEGATED_AFTER.matcher(after).find();
    }

    private boolean claims(String text, int start, int end) {
        // a negation or a topic word speaks of this term only within its own clause ("tidak ada lecet, gratis kaca
        // film")
        String before = text.substring(Math.max(0, start - 40), start).replaceFirst("(?s)^.*[,;.!?\\n]", "");
        String after = text.substring(end, Math.min(text.length(), end + 40));
        // "untuk harga nett Innova, admin yang kabari" still says there is one; "untuk diskon, ..." names a topic
        boolean topic = TOPIC_BEFORE.matcher(before).find()
                && !OFFERED_AFTER.matcher(after).find()
                && !SPECIAL_PRICE.matcher(text.substring(start, end)).matches();
        return !NEGATED_BEFORE.matcher(before).find()
                && !NEGATED_AFTER.matcher(after).find()
                && !topic
                && !(REFUSED_PRICE.matcher(before).find()
                        && !NETT.matcher(text.substring(start, end)).matches());
    }

    /** "harga sudah nett" still names a nett price, which the showroom must have published. */
    private static final Pattern NETT = Pattern.compile("nett?", CI);

    private static final Pattern SPECIAL_PRICE =
            Pattern.compile("harga (?:nett?|spesial|special|khusus|miring|teman|istimewa)", CI);

    /** "Untuk nego bisa kak", "Soal diskon, ada!": the topic named, then offered. */
    private static final Pattern OFFERED_AFTER = Pattern.compile(
            "^(?:-?nya)?\\W*(?:\\p{L}+\\W+)?(?:bisa|ada|boleh|dapat|"
                    + "tersedia|berlaku|kok|oke|ok)(?![\\p{L}])(?!\\W+(?:dibantu|dibicarakan|ditanyakan|langsung|dengan|sama|ke|oleh))",
            CI);

    private static final Pattern SAYS_INCLUDED = Pattern.compile(
            "(?<![\\p{L}])sudah (?:termasuk|include[sd]?) (?!biaya(?![\\p{L}]))" + "\\p{L}+(?: \\p{L}+)?", CI);
    private static final Pattern INCLUDED =
            Pattern.compile("(?:sudah )?(?:termasuk|include[sd]?|incl\\.?) (?:biaya )?(.+)", CI);
    /** Extras a showroom gives rather than costs it takes on: "termasuk garansi mesin" is its published warranty. */
    private static final Pattern GIVEN_EXTRA = Pattern.compile("(?:garansi|service|servis|ganti oli)(?![\\p{L}])", CI);

    /** The term is in the published text, and so is what it is about ("gratis service", not "gratis kaca film"). */
    private boolean publishedTerm(String term, String text, int end) {
        if (REFUND.matcher(term).find()) {
            return refundAsPublished(sentenceAround(text, end - term.length(), end));
        }
        Matcher included = INCLUDED.matcher(term);
        if (included.matches() && !GIVEN_EXTRA.matcher(included.group(1)).lookingAt()) {
            // a cost the buyer would otherwise pay ("sudah termasuk balik nama") only as the showroom wrote it
            return published.contains("termasuk " + included.group(1).toLowerCase(Locale.ROOT))
                    || published.contains("termasuk biaya " + included.group(1).toLowerCase(Locale.ROOT));
        }
        String stem = headWord((included.matches() ? included.group(1) : term).replaceAll("nya$", ""));
        stem = term.toLowerCase(Locale.ROOT).contains("balik") ? stemIn("balik") : stemIn(stem);
        int at = published.indexOf(stem);
        if (at < 0) {
            return false;
        }
        Given given = given(text, end);
        List<String> objects = given.words();
        // a promo's name says where a discount comes from; "DP 0 dari leasing rekanan" still offers the figure
        boolean fromSource = given.fromSource() && !FIGURE_TERM.matcher(term).lookingAt();
        boolean namedBefore = objects.isEmpty();
        if (namedBefore) {
            objects = wordsBefore(text, end - term.length());
        }
        if (objects.isEmpty()) {
            return true;
        }
        while (at >= 0) {
            int sentenceEnd = sentenceEnd(published, at); // the dots of "Rp 5.000.000" end no sentence
            // what the draft names before the term ("promo Lebaran potongan") the showroom may too: "Promo Lebaran:
            // potongan ..."; what it names after, the showroom names after the term as well
            String sentence = namedBefore || fromSource
                    ? sentenceAround(published, at, sentenceEnd)
                    : published.substring(at, sentenceEnd);
            if (objects.stream().anyMatch(sentence::contains)) {
                return true;
            }
            at = published.indexOf(stem, at + 1);
        }
        return false;
    }

    private static final Pattern CASH = Pattern.compile("(?<![\\p{L}])(?:cash|tunai|lunas)(?![\\p{L}])", CI);
    private static final Pattern CREDIT =
            Pattern.compile("(?<![\\p{L}])(?:kredit|leasing|cicilan|angsuran)(?![\\p{L}])", CI);

    /**
     * What an offer term gives, as its first two words after it ("gratis ganti oli": ganti, oli), or the promo it is
     * taken from ("potongan Rp 5.000.000 dari Promo Gajian": promo, gajian, {@code fromSource}). A comma or a
     * parenthesis starts the offer's conditions ("(berlaku sampai ...)"), which are not what is given; the sentence's end
     * ends it.
     */
    private record Given(List<String> words, boolean fromSource) {}

    private static Given given(String text, int end) {
        List<String> words = new ArrayList<>();
        String after = CONDITIONS_START.split(text.substring(end, Math.min(sentenceEnd(text, end), end + 60)), 2)[0];
        Matcher w = WORD.matcher(after);
        boolean fromSource = false;
        while (w.find() && words.size() < 2) {
            String word = w.group().toLowerCase(Locale.ROOT);
            word = ENGLISH.getOrDefault(
                    word, word); // "free first periodic service" against "gratis service berkala pertama"
            if (words.isEmpty() && SOURCE.contains(word)) {
                fromSource = true;
            } else if (words.isEmpty() && PROMO_NAME.contains(word)) {
                fromSource = true; // "potongan Promo Merdeka Rp 5.000.000": the promo named after the term
                words.add(word);
            } else if (!FILLER.contains(word)) {
                words.add(word);
            }
        }
        return new Given(words, fromSource);
    }

    /** "gratis kaca film untuk pembelian cash" where the showroom gives it only on credit: the condition is changed. */
    private boolean paymentChanged(String text, int start, int end) {
        String clause = sentenceAround(text, start, end);
        String term = text.substring(start, end).toLowerCase(Locale.ROOT);
        String stem = stemIn(term.contains("balik") ? "balik" : headWord(term));
        int at = published.indexOf(stem);
        if (at < 0) {
            return false;
        }
        // of the published sentences with the term, the one giving what the draft gives ("gratis ganti oli", not the
        // "gratis antar unit" published first)
        List<String> given = given(text, end).words();
        String sentence = sentenceAround(published, at, at + stem.length());
        for (int next = at; next >= 0 && !given.isEmpty(); next = published.indexOf(stem, next + 1)) {
            String candidate = sentenceAround(published, next, next + stem.length());
            if (given.stream().anyMatch(candidate::contains)) {
                sentence = candidate;
                break;
            }
        }
        boolean cashOnly =
                CASH.matcher(sentence).find() && !CREDIT.matcher(sentence).find();
        boolean creditOnly =
                CREDIT.matcher(sentence).find() && !CASH.matcher(sentence).find();
        return cashOnly && affirms(CREDIT, clause)
                || creditOnly && affirms(CASH, clause)
                || workshopChanged(clause, sentence)
                || fewerUnits(clause, sentence);
    }

    private static final Pattern NOT_FOR =
            Pattern.compile("(?<![\\p{L}])(?:tidak|tdk|bukan|tanpa|kecuali|selain)\\W+(?:\\p{L}+\\W+){0,2}$", CI);

    /** "untuk pembelian kredit tidak termasuk promo": the way of paying named to exclude it. */
    private static final Pattern NOT_INCLUDED_AFTER = Pattern.compile(
            "^\\W*(?:\\p{L}+\\W+)?(?:tidak|tdk|bukan|belum)\\W+(?:termasuk|berlaku|dapat|mendapat|ikut)", CI);

    /** The clause speaks of this way of paying, not to exclude it ("tidak berlaku untuk kredit"). */
    private static boolean affirms(Pattern payment, String clause) {
        Matcher m = payment.matcher(clause);
        while (m.find()) {
            if (!NOT_FOR.matcher(clause.substring(Math.max(0, m.start() - 30), m.start()))
                            .find()
                    && !NOT_INCLUDED_AFTER
                            .matcher(clause.substring(m.end(), Math.min(clause.length(), m.end() + 30)))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORKSHOP = Pattern.compile("(?<![\\p{L}])bengkel\\W+(\\p{L}+)", CI);

    private static final Pattern AT_LEAST_UNITS =
            Pattern.compile("(?<![\\p{L}])(?:minimal|minimum|min\\.?|paling sedikit)\\W+(\\d+)\\W+unit", CI);
    private static final Pattern UNITS = Pattern.compile("(?<![\\d.,])(\\d+)\\W+unit", CI);

    /** "potongan armada untuk 2 unit" where the showroom gives it from 3 units: the count is changed. */
    private static boolean fewerUnits(String clause, String sentence) {
        Matcher least = AT_LEAST_UNITS.matcher(sentence);
        if (!least.find()) {
            return false;
        }
        Matcher drafted = UNITS.matcher(clause);
        while (drafted.find()) {
            if (Integer.parseInt(drafted.group(1)) < Integer.parseInt(least.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** "di bengkel resmi" where the showroom wrote "di bengkel rekanan": the place the extra is given is changed. */
    private static boolean workshopChanged(String clause, String sentence) {
        Matcher drafted = WORKSHOP.matcher(clause);
        Matcher published = WORKSHOP.matcher(sentence);
        return drafted.find() && published.find() && !drafted.group(1).equalsIgnoreCase(published.group(1));
    }

    /** The sentence holding a span; the dots of "Rp 5.000.000" end none. */
    static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        return text.substring(from, sentenceEnd(text, end));
    }

    /** Where the sentence running on at {@code from} ends. */
    static int sentenceEnd(String text, int from) {
        int to = from;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        return to;
    }

    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        return "!?\n".indexOf(c) >= 0
                || c == '.' && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    /** "gratis service pertama plus kaca film": what is added to a published extra must be published too. */
    private boolean unpublishedAddOn(String text, int end) {
        Matcher plus = ADD_ON.matcher(text.substring(end, sentenceEnd(text, end)));
        while (plus.find()) {
            String word = plus.group(1).toLowerCase(Locale.ROOT);
            if (!FILLER.contains(word) && !published.contains(word.length() > 5 ? word.substring(0, 5) : word)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CONDITIONS_START = Pattern.compile(",\\s|\\(");
    private static final Pattern FIGURE_TERM =
            Pattern.compile("\\s*(?:dp|tanpa dp|bunga|cicilan|angsuran|tenor)(?![\\p{L}])", CI);
    private static final Set<String> PROMO_NAME = Set.of("promo", "program");
    private static final Set<String> SOURCE = Set.of("dari", "lewat", "melalui", "via");

    private static final Pattern ADD_ON = Pattern.compile(
            "(?<![\\p{L}])(?:plus|ditambah|serta|\\+|dan juga|sekaligus)\\W+(?:juga\\W+)?(\\p{L}+)", CI);

    private static final Pattern REFUND = Pattern.compile(
            "(?<![\\p{L}])(?:balik(?!\\W+nama)|(?:di)?kembalikan|refund|money back|uang kembali|pengembalian)", CI);
    private static final Pattern CONDITION =
            Pattern.compile("(?<![\\p{L}])(?:bila|jika|apabila|kalau|asal|selama)\\W+([^.;]+)", CI);

    /**
     * A refund is published only with its condition: "dikembalikan penuh bila pengajuan kredit ditolak leasing" is no
     * promise to refund "kapan pun Kakak membatalkan". The draft's sentence must name the condition's words.
     */
    private boolean refundAsPublished(String sentence) {
        Matcher r = REFUND.matcher(published);
        while (r.find()) {
            Matcher condition = CONDITION.matcher(sentenceAround(published, r.start(), r.end()));
            if (!condition.find()) {
                return true; // refunded without a condition
            }
            String draftSentence = sentence.toLowerCase(Locale.ROOT);
            for (String word : condition.group(1).split("[^\\p{L}]+")) {
                if (word.length() > 4 && !FILLER.contains(word) && draftSentence.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** English words a model uses for what an Indonesian showroom published. */
    private static final java.util.Map<String, String> ENGLISH = java.util.Map.ofEntries(
            java.util.Map.entry("free", "gratis"),
            java.util.Map.entry("discount", "diskon"),
            java.util.Map.entry("warranty", "garansi"),
            java.util.Map.entry("first", "pertama"),
            java.util.Map.entry("periodic", "berkala"),
            java.util.Map.entry("oil", "oli"),
            java.util.Map.entry("engine", "mesin"),
            java.util.Map.entry("transmission", "transmisi"),
            java.util.Map.entry("window", "kaca"),
            java.util.Map.entry("tint", "kaca"),
            java.util.Map.entry("with", "dengan"),
            java.util.Map.entry("every", "setiap"),
            java.util.Map.entry("purchase", "pembelian"),
            java.util.Map.entry("comes", "untuk"),
            java.util.Map.entry("on", "untuk"),
            java.util.Map.entry("at", "di"),
            java.util.Map.entry("our", "kami"),
            java.util.Map.entry("in", "di"),
            java.util.Map.entry("months", "bulan"),
            java.util.Map.entry("month", "bulan"),
            java.util.Map.entry("years", "tahun"),
            java.util.Map.entry("year", "tahun"));

    /** The first five letters a term is looked up by; "potongan" is found as the showroom's "diskon" too. */
    /** The word that names the offer: "potongan" of "potongan harga", "spesial" of "harga spesial". */
    private static String headWord(String term) {
        String[] words = term.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return words.length > 1 && words[0].startsWith("harga") ? words[1] : words[0];
    }

    private String stemIn(String word) {
        word = ENGLISH.getOrDefault(word, word);
        if (word.contains("balik")) {
            return "kemba"; // "uangnya balik penuh" is the showroom's "dikembalikan penuh"
        }
        String stem = word.length() > 5 ? word.substring(0, 5) : word;
        return stem.equals("poton") && published.indexOf(stem) < 0 ? "disko" : stem;
    }

    /** "biaya balik nama kami gratiskan": a verb's objects stand before it, in its own clause. */
    private static List<String> wordsBefore(String text, int start) {
        String clause =
                text.substring(Math.max(0, start - 60), Math.max(0, start)).replaceFirst("(?s)^.*[,;.!?\\n]", "");
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(clause);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (!FILLER.contains(word) && !word.equals("biaya")) {
                words.add(word);
            }
        }
        return words.subList(Math.max(0, words.size() - 2), words.size());
    }

    private boolean publishedPercent(BigDecimal value) {
        return publishedMoney.percents().stream().anyMatch(p -> p.value().compareTo(value) == 0);
    }

    private boolean publishedDuration(String family, int days) {
        Matcher t = DURATION.matcher(published);
        while (t.find()) {
            if (!family.equals(family(published, t.start()))) {
                continue;
            }
            int low = days(t.group(1), t.group(3));
            int high = t.group(2) == null ? low : days(t.group(2), t.group(3));
            if (days >= low && days <= high) {
                return true; // "tenor 1-5 tahun" publishes 3 years too
            }
        }
        return false;
    }

    private static final Pattern FAMILY = Pattern.compile(
            "(?<![\\p{L}])(?:(dp|uang muka|cicilan\\w*|angsuran\\w*|"
                    + "kredit\\w*|leasing|tenor\\w*|bunga\\w*|installment|loan)|((?:ber)?garansi\\w*|warranty|jaminan|uang kembali|refund)|(gratis\\w*|free|"
                    + "bonus\\w*|promo\\w*|servis\\w*|service))(?![\\p{L}])",
            CI);

    /** What a duration is about: the nearest financing, warranty or free-extra word before it in its sentence. */
    private static String family(String text, int at) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at - 1)), 0);
        String family = null;
        Matcher f = FAMILY.matcher(text).region(from, at);
        while (f.find()) {
            family = f.group(1) != null ? "financing" : f.group(2) != null ? "warranty" : "extra";
        }
        return family;
    }

    private static boolean negatedAfter(String text, int end) {
        return NEGATED_FIGURE_AFTER
                .matcher(text.substring(end, Math.min(text.length(), end + 30)))
                .find();
    }

    private static final Pattern NEGATED_FIGURE_AFTER = Pattern.compile(
            "^\\W*(?:\\p{L}+\\W+)?(?:tidak|tdk|tak|belum|"
                    + "gak|ga|nggak|ngga|enggak)\\W+(?:bisa|ada|berlaku|tersedia|dapat|memungkinkan)(?![\\p{L}])",
            CI);

    /** A duration in days, so "1 tahun", "12 bulan" and "365 hari" compare equal. */
    private static int days(String number, String unit) {
        int n = Integer.parseInt(number);
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "tahun", "thn", "th" -> n * 360;
            case "bulan", "bln" -> n * 30;
            case "minggu", "pekan" -> n * 7;
            case "hari" -> n;
            default -> n * 30; // "36x", "3 kali": instalments are monthly; a free service counted is as unpublished
        };
    }
}
