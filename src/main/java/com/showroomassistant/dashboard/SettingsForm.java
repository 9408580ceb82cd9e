package com.showroomassistant.dashboard;

import com.showroomassistant.tenant.AiConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** The assistant settings form as typed: kept as text so a rejected value is shown back as entered. */
record SettingsForm(
        String aiName,
        String aiPersonality,
        String welcomeMessage,
        String afterHoursMessage,
        Map<String, Boolean> toggles,
        boolean alwaysOpen,
        List<Day> days,
        String timezone,
        String debounceSeconds,
        String handoffTimeoutMinutes,
        String testDriveSlotMinutes,
        String testDriveCapacity,
        boolean followUpNewStock,
        String followUpQuietDays,
        boolean ownerAlertsOn,
        String ownerAlertPhone,
        String ownerAlertEmail,
        String staffWaitMinutes,
        String dailySummaryHour,
        List<AiConfig.Faq> faqs) {

    static final List<String> WEEK =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    static final List<String> TOGGLES = List.of(
            "autoReply",
            "customerChatEnabled",
            "staffCommandsEnabled",
            "enableVehicleInfo",
            "enablePriceNegotiation",
            "enableTestDriveBooking",
            "enableStaffUpload",
            "enableStaffStatus");

    record Day(String name, boolean open, String opens, String closes) {}

    static SettingsForm of(AiConfig c) {
        Map<String, Boolean> toggles = new LinkedHashMap<>();
        toggles.put("autoReply", c.autoReply());
        toggles.put("customerChatEnabled", c.customerChatEnabled());
        toggles.put("staffCommandsEnabled", c.staffCommandsEnabled());
        toggles.put("enableVehicleInfo", c.enableVehicleInfo());
        toggles.put("enablePriceNegotiation", c.enablePriceNegotiation());
        toggles.put("enableTestDriveBooking", c.enableTestDriveBooking());
        toggles.put("enableStaffUpload", c.enableStaffUpload());
        toggles.put("enableStaffStatus", c.enableStaffStatus());
        List<Day> days = new ArrayList<>();
        for (String d : WEEK) {
            AiConfig.OpeningHours h =
                    c.businessHours() == null ? null : c.businessHours().get(d);
            days.add(h == null ? new Day(d, false, "09:00", "17:00") : new Day(d, true, h.open(), h.close()));
        }
        return new SettingsForm(
                c.aiName(),
                c.aiPersonality(),
                c.welcomeMessage(),
                c.afterHoursMessage(),
                toggles,
                c.businessHours() == null,
                days,
                c.timezone(),
                String.valueOf(c.debounceSeconds()),
                String.valueOf(c.handoffTimeoutMinutes()),
                String.valueOf(c.slotMinutes()),
                String.valueOf(c.capacity()),
                c.followUpsOrNone().onNewStock(),
                c.followUpsOrNone().onQuietLeads()
                        ? String.valueOf(c.followUpsOrNone().quietLeadDays())
                        : "",
                c.ownerAlertsOrDefaults().on(),
                orEmpty(c.ownerAlertsOrDefaults().phone()),
                orEmpty(c.ownerAlertsOrDefaults().email()),
                String.valueOf(c.ownerAlertsOrDefaults().staffWait()),
                c.ownerAlertsOrDefaults().dailySummaryHour() == null
                        ? ""
                        : String.valueOf(c.ownerAlertsOrDefaults().dailySummaryHour()),
                c.customFAQ() == null ? List.of() : c.customFAQ());
    }

    static SettingsForm read(MultiValueMap<String, String> p) {
        Map<String, Boolean> toggles = new LinkedHashMap<>();
        TOGGLES.forEach(t -> toggles.put(t, p.containsKey(t)));
        List<Day> days = WEEK.stream()
                .map(d -> new Day(d, p.containsKey("open." + d), text(p, "opens." + d), text(p, "closes." + d)))
                .toList();
        List<String> questions = p.getOrDefault("faqQuestion", List.of());
        List<String> answers = p.getOrDefault("faqAnswer", List.of());
        List<AiConfig.Faq> faqs = new ArrayList<>();
        for (int i = 0; i < Math.max(questions.size(), answers.size()); i++) {
            String q = i < questions.size() ? questions.get(i).strip() : "";
            String a = i < answers.size() ? answers.get(i).strip() : "";
            if (!q.isEmpty() || !a.isEmpty()) {
                faqs.add(new AiConfig.Faq(q, a));
            }
        }
        return new SettingsForm(
                text(p, "aiName"),
                text(p, "aiPersonality"),
                text(p, "welcomeMessage"),
                text(p, "afterHoursMessage"),
                toggles,
                p.containsKey("alwaysOpen"),
                days,
                text(p, "timezone"),
                text(p, "debounceSeconds"),
                text(p, "handoffTimeoutMinutes"),
                text(p, "testDriveSlotMinutes"),
                text(p, "testDriveCapacity"),
                p.containsKey("followUpNewStock"),
                text(p, "followUpQuietDays"),
                p.containsKey("ownerAlertsOn"),
                text(p, "ownerAlertPhone"),
                text(p, "ownerAlertEmail"),
                text(p, "staffWaitMinutes"),
                text(p, "dailySummaryHour"),
                faqs);
    }

    /** The whole configuration this form describes; fields the form does not show are kept from {@code current}. */
    AiConfig toConfig(AiConfig current, Map<String, String> errors) {
        Map<String, AiConfig.OpeningHours> hours = null;
        if (!alwaysOpen) {
            hours = new LinkedHashMap<>();
            for (Day d : days) {
                if (d.open()) {
                    hours.put(d.name(), new AiConfig.OpeningHours(d.opens(), d.closes()));
                }
            }
        }
        return new AiConfig(
                aiName,
                aiPersonality,
                blankToNull(welcomeMessage),
                toggles.get("autoReply"),
                toggles.get("customerChatEnabled"),
                toggles.get("staffCommandsEnabled"),
                hours,
                timezone,
                blankToNull(afterHoursMessage),
                current.aiModel(),
                current.temperature(),
                current.maxTokens(),
                faqs,
                current.productKnowledge(),
                toggles.get("enableVehicleInfo"),
                toggles.get("enablePriceNegotiation"),
                toggles.get("enableTestDriveBooking"),
                toggles.get("enableStaffUpload"),
                toggles.get("enableStaffStatus"),
                number(debounceSeconds, "debounceSeconds", errors),
                number(handoffTimeoutMinutes, "handoffTimeoutMinutes", errors),
                current.financing(),
                number(testDriveSlotMinutes, "testDriveSlotMinutes", errors),
                number(testDriveCapacity, "testDriveCapacity", errors),
                followUps(errors),
                ownerAlerts(errors));
    }

    /** Blank phone and e-mail fall back to the showroom's number and the owner's login; a blank hour: no summary. */
    private AiConfig.OwnerAlerts ownerAlerts(Map<String, String> errors) {
        Integer hour = dailySummaryHour == null || dailySummaryHour.isBlank()
                ? null
                : number(dailySummaryHour, "ownerAlerts.dailySummaryHour", errors);
        return new AiConfig.OwnerAlerts(
                ownerAlertsOn,
                blankToNull(ownerAlertPhone),
                blankToNull(ownerAlertEmail),
                number(staffWaitMinutes, "ownerAlerts.staffWaitMinutes", errors),
                hour);
    }

    /** Both off is no follow-ups at all; a blank number of days turns the quiet-lead one off. */
    private AiConfig.FollowUps followUps(Map<String, String> errors) {
        Integer quietDays = followUpQuietDays == null || followUpQuietDays.isBlank()
                ? null
                : number(followUpQuietDays, "followUps.quietLeadDays", errors);
        return !followUpNewStock && quietDays == null ? null : new AiConfig.FollowUps(followUpNewStock, quietDays);
    }

    private static Integer number(String text, String field, Map<String, String> errors) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    private static String text(MultiValueMap<String, String> p, String name) {
        String v = p.getFirst(name);
        return v == null ? "" : v.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
