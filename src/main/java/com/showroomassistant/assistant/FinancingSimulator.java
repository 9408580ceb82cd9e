package com.showroomassistant.assistant;

import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.vocabulary.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Financing estimates from the showroom's table (CONTRACT 9.2), so neither the model nor a template ever does the
 * arithmetic: monthly instalment = ceil_to_1000((P - D) x (1 + r/100 x n/12) / n) for price P, down payment D, a
 * tenor of n months and a flat rate r % a year. A DP below a partner's minimum is raised to it; a tenor the table
 * does not have is answered with the nearest ones it has.
 */
final class FinancingSimulator {

    private static final Pattern DP_AMOUNT_BEFORE =
            Pattern.compile("(?i)(?:dp|d\\.p\\.|uang muka|tdp)\\W+(?:\\p{L}+\\W+)?$");
    private static final Pattern TENOR =
            Pattern.compile("(?i)(?<![\\d.,])(\\d{1,3})\\s*(tahun|thn|th|bulan|bln|x)(?![\\p{L}])");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private FinancingSimulator() {}

    /** What the customer asked for; every part may be missing. */
    record Request(BigDecimal downPaymentPercent, Long downPaymentAmount, Integer months) {}

    /** One partner's estimate for one tenor. */
    record Estimate(
            String partner,
            long price,
            long downPayment,
            BigDecimal downPaymentPercent,
            int months,
            BigDecimal ratePercent,
            long monthly,
            boolean raisedToMinimum) {}

    static Request read(String text) {
        Money.Reading money = Money.read(text == null ? "" : text);
        BigDecimal percent = null;
        for (Money.Percent p : money.percents()) {
            String before = money.text().substring(Math.max(0, p.start() - 20), p.start());
            // "bunga 5% dp nya berapa": only a percentage named as the DP is the DP
            if (DP_AMOUNT_BEFORE.matcher(before).find()
                    && p.value().signum() > 0
                    && p.value().compareTo(HUNDRED) < 0) {
                percent = p.value();
                break;
            }
        }
        Long amount = null;
        for (Money.Amount a : money.amounts()) {
            String before = money.text().substring(Math.max(0, a.start() - 20), a.start());
            if (a.kind() == Money.Kind.EXACT && DP_AMOUNT_BEFORE.matcher(before).find()) {
                amount = a.low();
                break;
            }
        }
        Integer months = null;
        Matcher t = TENOR.matcher(money.text());
        if (t.find()) {
            int n = Integer.parseInt(t.group(1));
            months = t.group(2).toLowerCase(Locale.ROOT).startsWith("t") ? n * 12 : n;
        }
        return new Request(percent, amount, months);
    }

    /** The estimates for a car of this price: each partner, at the tenor asked (or the nearest), else every tenor. */
    static List<Estimate> estimate(AiConfig.Financing table, long price, Request request) {
        request = sane(request, price);
        List<Estimate> out = new ArrayList<>();
        for (AiConfig.Partner partner : table.partners()) {
            for (int months : tenors(partner, request.months())) {
                out.add(one(partner, price, request, months));
            }
        }
        return out;
    }

    /** The instalment formula of CONTRACT 9.2. */
    static long monthly(long price, long downPayment, int months, BigDecimal ratePercent) {
        BigDecimal financed = BigDecimal.valueOf(price - downPayment);
        BigDecimal factor = BigDecimal.ONE.add(ratePercent
                .multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(1200), 12, RoundingMode.HALF_UP));
        BigDecimal perMonth = financed.multiply(factor).divide(BigDecimal.valueOf(months), 6, RoundingMode.HALF_UP);
        return perMonth.divide(THOUSAND, 0, RoundingMode.CEILING)
                .multiply(THOUSAND)
                .longValueExact();
    }

    /** The reply a customer reads: the car, the DP, each tenor's instalment, and that it is an estimate. */
    static String reply(
            String carTitle, long price, List<Estimate> estimates, AiConfig.Financing table, Request request) {
        StringBuilder s = new StringBuilder("Simulasi kredit ")
                .append(carTitle)
                .append(" (")
                .append(Rupiah.format(price))
                .append("):\n");
        String partner = null;
        for (Estimate e : estimates) {
            if (!e.partner().equals(partner)) {
                partner = e.partner();
                s.append(partner)
                        .append(": DP ")
                        .append(percent(e.downPaymentPercent()))
                        .append(" (")
                        .append(Rupiah.format(e.downPayment()))
                        .append(")");
                if (e.raisedToMinimum()) {
                    s.append(", karena DP minimal di ")
                            .append(partner)
                            .append(" adalah ")
                            .append(percent(e.downPaymentPercent()));
                }
                s.append('\n');
            }
            s.append("• Tenor ")
                    .append(e.months())
                    .append(" bulan: cicilan ")
                    .append(Rupiah.format(e.monthly()))
                    .append("/bulan\n");
        }
        if (request.months() != null && estimates.stream().noneMatch(e -> e.months() == request.months())) {
            s.append("Tenor ").append(request.months()).append(" bulan tidak tersedia, ini tenor terdekat.\n");
        }
        String note = table.note() == null || table.note().isBlank()
                ? "Ini estimasi, angka final mengikuti persetujuan leasing."
                : table.note().strip();
        return s.append(note).toString();
    }

    /**
     * What the table lets a reply say about these cars, as text the guard reads like the FAQ: the minimum DP, the
     * tenors and rates, and the instalment of each tenor at the minimum DP.
     */
    static String publishedFigures(AiConfig.Financing table, List<ShowroomFacts.StockCar> cars) {
        StringBuilder s = new StringBuilder();
        for (AiConfig.Partner p : table.partners()) {
            s.append("Kredit ").append(p.name()).append(": DP minimal ").append(percent(p.downPaymentPercentMin()));
            p.flatRatePercentPerYear()
                    .forEach((months, rate) -> s.append(", tenor ")
                            .append(months)
                            .append(" bulan bunga ")
                            .append(percent(rate)));
            s.append(".\n");
            for (ShowroomFacts.StockCar car : cars) {
                if (car.price() == null || !car.available()) {
                    continue;
                }
                for (Estimate e : estimate(table, car.price(), new Request(null, null, null))) {
                    if (e.partner().equals(p.name())) {
                        s.append("Kredit DP ")
                                .append(Rupiah.format(e.downPayment()))
                                .append(" cicilan ")
                                .append(Rupiah.format(e.monthly()))
                                .append(" tenor ")
                                .append(e.months())
                                .append(" bulan.\n");
                    }
                }
            }
        }
        return s.toString();
    }

    /** A DP at or above the price, or a percentage outside 0-100, is no DP: the partner's minimum is used. */
    private static Request sane(Request r, long price) {
        BigDecimal percent = r.downPaymentPercent() != null
                        && r.downPaymentPercent().signum() > 0
                        && r.downPaymentPercent().compareTo(HUNDRED) < 0
                ? r.downPaymentPercent()
                : null;
        Long amount = r.downPaymentAmount() != null && r.downPaymentAmount() > 0 && r.downPaymentAmount() < price
                ? r.downPaymentAmount()
                : null;
        Integer months = r.months() != null && r.months() > 0 && r.months() <= 120 ? r.months() : null;
        return new Request(percent, amount, months);
    }

    private static Estimate one(AiConfig.Partner partner, long price, Request request, int months) {
        BigDecimal minimum = partner.downPaymentPercentMin();
        BigDecimal percent;
        long downPayment;
        if (request.downPaymentAmount() != null) {
            downPayment = request.downPaymentAmount();
            percent = BigDecimal.valueOf(downPayment)
                    .multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(price), 1, RoundingMode.HALF_UP);
        } else {
            percent = request.downPaymentPercent() == null ? minimum : request.downPaymentPercent();
            downPayment = 0;
        }
        boolean raised = percent.compareTo(minimum) < 0;
        if (raised || request.downPaymentAmount() == null) {
            percent = raised ? minimum : percent;
            downPayment = BigDecimal.valueOf(price)
                    .multiply(percent)
                    .divide(HUNDRED, 0, RoundingMode.CEILING)
                    .longValueExact();
        }
        downPayment = Math.min(downPayment, price);
        BigDecimal rate = partner.flatRatePercentPerYear().get(String.valueOf(months));
        return new Estimate(
                partner.name(),
                price,
                downPayment,
                percent,
                months,
                rate,
                monthly(price, downPayment, months, rate),
                raised && (request.downPaymentPercent() != null || request.downPaymentAmount() != null));
    }

    /** The tenor asked for when the table has it, else the nearest shorter and longer ones; without one, all. */
    private static List<Integer> tenors(AiConfig.Partner partner, Integer asked) {
        List<Integer> all = partner.flatRatePercentPerYear().keySet().stream()
                .filter(k -> k.matches("[1-9]\\d{0,2}"))
                .map(Integer::valueOf)
                .sorted()
                .toList();
        if (asked == null) {
            return all;
        }
        if (all.contains(asked)) {
            return List.of(asked);
        }
        List<Integer> nearest = new ArrayList<>();
        all.stream().filter(m -> m < asked).max(Comparator.naturalOrder()).ifPresent(nearest::add);
        all.stream().filter(m -> m > asked).min(Comparator.naturalOrder()).ifPresent(nearest::add);
        return nearest;
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    static boolean has(AiConfig config) {
        return config.financing() != null
                && config.financing().partners() != null
                && !config.financing().partners().isEmpty();
    }
}
