package com.showroomassistant.assistant;

import com.showroomassistant.tenant.AiConfig;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the FAQ entry a customer's question is about, by shared meaningful words (with synonyms). */
final class FaqMatcher {

    private static final Set<String> STOP = Set.of(
            "apa",
            "ya",
            "yg",
            "yang",
            "kak",
            "min",
            "gan",
            "bisa",
            "ada",
            "dan",
            "di",
            "ke",
            "dari",
            "untuk",
            "nya",
            "saya",
            "sy",
            "aku",
            "mau",
            "tanya",
            "dong",
            "kah",
            "berapa",
            "brp",
            "gimana",
            "bagaimana",
            "showroom",
            "mobil",
            "ini",
            "itu",
            "the",
            "is",
            "ga",
            "gak",
            "tidak",
            "pak",
            "bu",
            "mas",
            "mbak",
            "om",
            "halo",
            "hai",
            "boleh");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("lokasi", "alamat"),
            Map.entry("dimana", "alamat"),
            Map.entry("mana", "alamat"),
            Map.entry("maps", "alamat"),
            Map.entry("tutup", "buka"),
            Map.entry("operasional", "buka"),
            Map.entry("jam", "buka"),
            Map.entry("cicilan", "kredit"),
            Map.entry("cicil", "kredit"),
            Map.entry("angsuran", "kredit"),
            Map.entry("leasing", "kredit"),
            Map.entry("dp", "kredit"),
            Map.entry("tenor", "kredit"),
            Map.entry("warranty", "garansi"),
            Map.entry("surat", "dokumen"),
            Map.entry("bpkb", "dokumen"),
            Map.entry("stnk", "dokumen"));

    private FaqMatcher() {}

    static Optional<AiConfig.Faq> match(List<AiConfig.Faq> faqs, String question) {
        if (faqs == null || faqs.isEmpty() || question == null) {
            return Optional.empty();
        }
        Set<String> asked = words(question);
        AiConfig.Faq best = null;
        int bestScore = 0;
        for (AiConfig.Faq faq : faqs) {
            Set<String> shared = new HashSet<>(words(faq.question()));
            shared.retainAll(asked);
            if (shared.size() > bestScore) {
                bestScore = shared.size();
                best = faq;
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .map(w -> w.endsWith("nya") && w.length() > 5 ? w.substring(0, w.length() - 3) : w)
                .filter(w -> w.length() > 1 && !STOP.contains(w))
                .map(w -> SYNONYMS.getOrDefault(w, w))
                .collect(Collectors.toSet());
    }
}
