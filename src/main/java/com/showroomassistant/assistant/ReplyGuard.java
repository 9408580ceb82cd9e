package com.showroomassistant.assistant;

import com.showroomassistant.intent.CatalogueEntry;
import com.showroomassistant.intent.VehicleCatalogue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a draft reply before it leaves: every price must be a listed price (or an amount the showroom
 * itself wrote in its FAQ/knowledge), no discount promise unless negotiation is enabled, and no vehicle
 * offered that the showroom does not have available.
 */
@Component
public class ReplyGuard {

    private static final Pattern PRICE = Pattern.compile(
            "(?i)(rp\\.?\\s*)?(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(juta|jt|miliar|milyar|m\\b|rb|ribu|k\\b)?");
    private static final Pattern DISCOUNT = Pattern.compile(
            "(?i)\\b(diskon|discount|potongan|cashback|cash back|nego|negosiasi|harga (spesial|khusus|miring)|"
                    + "turun harga|kurangi harga|bisa kurang|bonus)\\b");
    private static final Pattern DEFERRAL = Pattern.compile(
            "(?i)\\b(tidak|tak|belum|bukan|staff|staf|tim|sales|admin|hubungi|diskusikan)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(tidak|tak|belum|kosong|habis|terjual|sold|maaf)\\b");
    private static final Pattern UNSURE = Pattern.compile(
            "(?i)(tidak yakin|kurang yakin|tidak tahu|saya tidak dapat membantu|tidak bisa membantu)");

    private final VehicleCatalogue catalogue;

    ReplyGuard(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What the showroom's data allows a reply to say. */
    public record Allowed(Set<Long> prices, Set<String> availableModels, String showroomText, boolean negotiation) {}

    /** Empty when the draft may be sent; otherwise why it is withheld. */
    public Optional<String> check(String draft, Allowed allowed) {
        if (draft == null || draft.isBlank()) {
            return Optional.of("empty_reply");
        }
        for (String sentence : draft.split("(?<=[.!?\\n])")) {
            Optional<String> problem = checkSentence(sentence, allowed);
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (UNSURE.matcher(draft).find()) {
            return Optional.of("assistant_unsure");
        }
        return Optional.empty();
    }

    private Optional<String> checkSentence(String sentence, Allowed allowed) {
        Matcher m = PRICE.matcher(sentence);
        while (m.find()) {
            boolean rupiah = m.group(1) != null;
            String unit = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            if (!rupiah && unit == null) {
                continue; // a year, a mileage, a count: not a price
            }
            if (unit != null && (unit.equals("rb") || unit.equals("ribu") || unit.equals("k")) && !rupiah) {
                continue; // "45rb km" is mileage
            }
            Long amount = amount(m.group(2), unit);
            if (amount == null || amount < 1_000_000) {
                continue;
            }
            if (!allowed.prices().contains(amount) && !mentionedByShowroom(amount, allowed.showroomText())) {
                return Optional.of("unlisted_price");
            }
        }
        if (!allowed.negotiation() && DISCOUNT.matcher(sentence).find() && !DEFERRAL.matcher(sentence).find()) {
            return Optional.of("discount_promise");
        }
        for (CatalogueEntry mentioned : catalogue.findAll(sentence)) {
            if (!allowed.availableModels().contains(mentioned.model().toLowerCase(Locale.ROOT))
                    && !NEGATION.matcher(sentence).find()) {
                return Optional.of("vehicle_not_in_stock");
            }
        }
        return Optional.empty();
    }

    private boolean mentionedByShowroom(long amount, String showroomText) {
        if (showroomText == null) {
            return false;
        }
        Matcher m = PRICE.matcher(showroomText);
        while (m.find()) {
            String unit = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            if (m.group(1) == null && unit == null) {
                continue;
            }
            Long value = amount(m.group(2), unit);
            if (value != null && value == amount) {
                return true;
            }
        }
        return false;
    }

    static Long amount(String number, String unit) {
        try {
            String n = number;
            if (unit == null) {
                n = n.replace(".", "").replace(",", "");
                return Long.parseLong(n);
            }
            n = n.matches("\\d{1,3}([.,]\\d{3})+") ? n.replace(".", "").replace(",", "") : n.replace(",", ".");
            BigDecimal value = new BigDecimal(n);
            BigDecimal factor = switch (unit) {
                case "juta", "jt" -> BigDecimal.valueOf(1_000_000);
                case "miliar", "milyar", "m" -> BigDecimal.valueOf(1_000_000_000);
                default -> BigDecimal.valueOf(1_000);
            };
            return value.multiply(factor).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
