package com.showroomassistant.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The assistant's per-tenant configuration, field for field the reference's WhatsAppAIConfig plus two. */
public record AiConfig(
        @NotBlank @Size(max = 100) String aiName,
        @NotBlank @Size(max = 1000) String aiPersonality,
        @Size(max = 2000) String welcomeMessage,
        @NotNull Boolean autoReply,
        @NotNull Boolean customerChatEnabled,
        @NotNull Boolean staffCommandsEnabled,
        @Valid @Weekdays Map<String, OpeningHours> businessHours,
        @NotBlank @IanaTimeZone String timezone,
        @Size(max = 2000) String afterHoursMessage,
        @Size(max = 100) String aiModel,
        @NotNull @DecimalMin("0.0") @DecimalMax("2.0") Double temperature,
        @NotNull @Min(16) @Max(8192) Integer maxTokens,
        @JsonProperty("customFAQ") @Valid @Size(max = 100) List<Faq> customFAQ,
        Object productKnowledge,
        @NotNull Boolean enableVehicleInfo,
        @NotNull Boolean enablePriceNegotiation,
        @NotNull Boolean enableTestDriveBooking,
        @NotNull Boolean enableStaffUpload,
        @NotNull Boolean enableStaffStatus,
        @NotNull @Min(0) @Max(30) Integer debounceSeconds,
        @NotNull @Min(1) @Max(10080) Integer handoffTimeoutMinutes,
        @Valid Financing financing,
        @Min(15) @Max(480) Integer testDriveSlotMinutes,
        @Min(1) @Max(20) Integer testDriveCapacity,
        @Valid FollowUps followUps,
        @Valid OwnerAlerts ownerAlerts) {

    /** CONTRACT 9.6: a test drive's length and how many run at once, when the showroom has not set them. */
    public static final int DEFAULT_SLOT_MINUTES = 60;

    public static final int DEFAULT_CAPACITY = 1;

    /** The configuration with default test-drive slots and no follow-ups (a save keeps the stored slots). */
    public AiConfig(
            String aiName,
            String aiPersonality,
            String welcomeMessage,
            Boolean autoReply,
            Boolean customerChatEnabled,
            Boolean staffCommandsEnabled,
            Map<String, OpeningHours> businessHours,
            String timezone,
            String afterHoursMessage,
            String aiModel,
            Double temperature,
            Integer maxTokens,
            List<Faq> customFAQ,
            Object productKnowledge,
            Boolean enableVehicleInfo,
            Boolean enablePriceNegotiation,
            Boolean enableTestDriveBooking,
            Boolean enableStaffUpload,
            Boolean enableStaffStatus,
            Integer debounceSeconds,
            Integer handoffTimeoutMinutes,
            Financing financing) {
        this(
                aiName,
                aiPersonality,
                welcomeMessage,
                autoReply,
                customerChatEnabled,
                staffCommandsEnabled,
                businessHours,
                timezone,
                afterHoursMessage,
                aiModel,
                temperature,
                maxTokens,
                customFAQ,
                productKnowledge,
                enableVehicleInfo,
                enablePriceNegotiation,
                enableTestDriveBooking,
                enableStaffUpload,
                enableStaffStatus,
                debounceSeconds,
                handoffTimeoutMinutes,
                financing,
                null,
                null,
                null,
                null);
    }

    public int slotMinutes() {
        return testDriveSlotMinutes == null ? DEFAULT_SLOT_MINUTES : testDriveSlotMinutes;
    }

    public int capacity() {
        return testDriveCapacity == null ? DEFAULT_CAPACITY : testDriveCapacity;
    }

    /** CONTRACT 9.2: leasing partners with their minimum DP and flat rate per tenor (months), and a note. */
    public record Financing(
            @NotNull @Size(min = 1, max = 10) List<@Valid Partner> partners,
            @Size(max = 500) String note) {}

    /** One leasing partner: {@code flatRatePercentPerYear} maps a tenor in months ("36") to a flat rate a year. */
    public record Partner(
            @NotBlank @Size(max = 100) String name,
            @NotNull @DecimalMin("0") @DecimalMax("90") BigDecimal downPaymentPercentMin,

            @NotNull @Size(min = 1, max = 12)
            Map<
                            @Pattern(regexp = "[1-9]\\d{0,2}", message = "must be a tenor in months, 1 to 999") String,
                            @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal>
                    flatRatePercentPerYear) {}

    /**
     * CONTRACT 9.3: a message to each lead interested in a car that has just become available (its model, and within
     * the lead's budget when known), and one to a lead quiet for {@code quietLeadDays} (null: never). Either is at
     * most one a lead in seven days, in business hours, never to an opted-out customer or an escalated conversation.
     */
    public record FollowUps(
            Boolean newStockMatch, @Min(1) @Max(90) Integer quietLeadDays) {

        public boolean onNewStock() {
            return Boolean.TRUE.equals(newStockMatch);
        }

        public boolean onQuietLeads() {
            return quietLeadDays != null;
        }

        public boolean any() {
            return onNewStock() || onQuietLeads();
        }
    }

    /**
     * Issue #23 item 3: what the owner is told without looking. Alerts (WhatsApp disconnected, the AI failing or out of
     * its token budget, customers waiting for staff past {@code staffWaitMinutes}) are on unless {@code enabled} is
     * false; they go by WhatsApp to {@code phone} (null: the showroom's phone number) and by e-mail to {@code email}
     * (null: the dashboard owner's) when SMTP is configured. A daily summary is sent at {@code dailySummaryHour} in the
     * showroom's time zone; null: none.
     */
    public record OwnerAlerts(
            Boolean enabled,
            @Size(max = 32) String phone,
            @Email @Size(max = 254) String email,
            @Min(5) @Max(1440) Integer staffWaitMinutes,
            @Min(0) @Max(23) Integer dailySummaryHour) {

        public static final int DEFAULT_STAFF_WAIT_MINUTES = 30;

        public boolean on() {
            return !Boolean.FALSE.equals(enabled);
        }

        public int staffWait() {
            return staffWaitMinutes == null ? DEFAULT_STAFF_WAIT_MINUTES : staffWaitMinutes;
        }

        @AssertTrue(message = "must be a phone number")
        boolean isPhoneValid() {
            return phone == null
                    || phone.isBlank()
                    || com.showroomassistant.shared.PhoneNumber.parse(phone).isPresent();
        }
    }

    /** The owner's alert choices; the defaults when the showroom chose none. */
    public OwnerAlerts ownerAlertsOrDefaults() {
        return ownerAlerts == null ? new OwnerAlerts(null, null, null, null, null) : ownerAlerts;
    }

    /** The follow-ups the showroom chose; none when it chose none. */
    public FollowUps followUpsOrNone() {
        return followUps == null ? new FollowUps(false, null) : followUps;
    }

    public static AiConfig defaults(String showroomName) {
        return new AiConfig(
                "Asisten " + showroomName,
                "ramah, sopan, dan membantu",
                "Halo! 👋 Terima kasih sudah menghubungi " + showroomName + ".",
                true,
                true,
                true,
                null,
                "Asia/Jakarta",
                "Terima kasih atas pesannya. Showroom kami sedang tutup; tim kami akan membalas saat jam buka.",
                null,
                0.7,
                1000,
                List.of(),
                null,
                true,
                false,
                true,
                true,
                true,
                2,
                120,
                null); // no financing table: financing questions go to staff
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public record Faq(
            @NotBlank @Size(max = 500) String question,
            @NotBlank @Size(max = 2000) String answer) {}

    /** Opening hours of one weekday in the tenant's time zone; close after open. */
    public record OpeningHours(
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be HH:mm")
            String open,

            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00", message = "must be HH:mm")
            String close) {

        @AssertTrue(message = "close must be after open")
        boolean isOrdered() {
            if (open == null || close == null || !open.matches("\\d\\d:\\d\\d") || !close.matches("\\d\\d:\\d\\d")) {
                return true;
            }
            return "24:00".equals(close) || LocalTime.parse(close).isAfter(LocalTime.parse(open));
        }
    }
}
