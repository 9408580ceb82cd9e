package com.showroomassistant.assistant;

import com.showroomassistant.assistant.llm.Tool;
import com.showroomassistant.assistant.llm.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actions a tool-capable model may ask for; the turn carries them out, so no action depends on the wording
 * of the reply: a handoff reaches staff, photos are only ever the showroom's own, and a viewing goes through the
 * booking flow.
 */
final class AssistantTools {

    static final String HANDOFF = "handoff_to_staff";
    static final String PHOTOS = "send_vehicle_photos";
    static final String VIEWING = "propose_viewing";
    static final String FINANCING = "simulate_financing";
    static final String OFFER = "submit_offer";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<Tool> ALL = List.of(
            Tool.function(
                    HANDOFF,
                    "Serahkan percakapan ke staff showroom: pelanggan minta bicara dengan orang, "
                            + "bertanya hal yang tidak ada di data, menawar harga, atau Anda tidak yakin.",
                    Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of("reason", Map.of("type", "string", "description", "alasan singkat untuk staff")),
                            "required",
                            List.of("reason"))),
            Tool.function(
                    PHOTOS,
                    "Kirim foto unit dari daftar stok ke pelanggan.",
                    Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of(
                                    "vehicle_ids",
                                    Map.of(
                                            "type",
                                            "array",
                                            "items",
                                            Map.of("type", "integer"),
                                            "description",
                                            "id unit dari daftar stok, misalnya [12]")),
                            "required",
                            List.of("vehicle_ids"))),
            Tool.function(
                    VIEWING,
                    "Tawarkan jadwal lihat unit / test drive di showroom.",
                    Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of(
                                    "vehicle_id", Map.of("type", "integer", "description", "id unit dari daftar stok"),
                                    "time",
                                            Map.of(
                                                    "type",
                                                    "string",
                                                    "description",
                                                    "waktu yang diminta pelanggan, seperti ditulisnya, misalnya 'besok jam 10'")),
                            "required",
                            List.of("vehicle_id"))));

    /** Offered only with a financing table: the turn computes the estimate, the model never does arithmetic. */
    static final Tool FINANCING_TOOL = Tool.function(
            FINANCING,
            "Hitung simulasi kredit dari tabel leasing showroom untuk"
                    + " satu unit. Jangan menghitung cicilan sendiri.",
            Map.of(
                    "type",
                    "object",
                    "properties",
                    Map.of(
                            "vehicle_id", Map.of("type", "integer", "description", "id unit dari daftar stok"),
                            "down_payment_percent",
                                    Map.of("type", "number", "description", "DP dalam persen, bila disebut"),
                            "down_payment_amount",
                                    Map.of("type", "integer", "description", "DP dalam rupiah, bila disebut"),
                            "tenor_months",
                                    Map.of("type", "integer", "description", "tenor dalam bulan, bila disebut")),
                    "required",
                    List.of("vehicle_id")));

    /**
     * Offered only with price negotiation on: the turn judges the offer against the car's minimum price, which the
     * model never sees, and writes the reply itself.
     */
    static final Tool OFFER_TOOL = Tool.function(
            OFFER,
            "Teruskan tawaran harga pelanggan untuk satu unit. Jangan" + " menyetujui atau menolak tawaran sendiri.",
            Map.of(
                    "type",
                    "object",
                    "properties",
                    Map.of(
                            "vehicle_id", Map.of("type", "integer", "description", "id unit dari daftar stok"),
                            "amount", Map.of("type", "integer", "description", "angka tawaran pelanggan dalam rupiah")),
                    "required",
                    List.of("vehicle_id", "amount")));

    /** What the model asked the turn to do. */
    record Requested(
            String handoffReason,
            List<Long> photoVehicleIds,
            Answer.Viewing viewing,
            Financing financing,
            Offer offer) {

        boolean handoff() {
            return handoffReason != null;
        }
    }

    /** The model asked for a financing estimate of this car. */
    record Financing(long vehicleId, FinancingSimulator.Request request) {}

    /** The model passed on the customer's offer for this car. */
    record Offer(long vehicleId, long amount) {}

    private AssistantTools() {}

    static Requested read(List<ToolCall> calls) {
        String handoff = null;
        List<Long> photos = new ArrayList<>();
        Answer.Viewing viewing = null;
        Financing financing = null;
        Offer offer = null;
        for (ToolCall call : calls) {
            JsonNode args = arguments(call);
            switch (call.name()) {
                case HANDOFF -> handoff = args.path("reason").asString("model_handoff");
                case PHOTOS ->
                    args.path("vehicle_ids").forEach(id -> {
                        if (id.canConvertToLong()) {
                            photos.add(id.asLong());
                        }
                    });
                case VIEWING -> {
                    if (args.path("vehicle_id").canConvertToLong()) {
                        viewing = new Answer.Viewing(
                                args.path("vehicle_id").asLong(),
                                args.path("time").asString(""));
                    }
                }
                case FINANCING -> {
                    if (args.path("vehicle_id").canConvertToLong()) {
                        financing = new Financing(
                                args.path("vehicle_id").asLong(),
                                new FinancingSimulator.Request(
                                        args.path("down_payment_percent").isNumber()
                                                ? args.path("down_payment_percent")
                                                        .decimalValue()
                                                : null,
                                        args.path("down_payment_amount").canConvertToLong()
                                                ? args.path("down_payment_amount")
                                                        .asLong()
                                                : null,
                                        args.path("tenor_months").canConvertToInt()
                                                ? args.path("tenor_months").asInt()
                                                : null));
                    }
                }
                case OFFER -> {
                    if (args.path("vehicle_id").canConvertToLong()
                            && args.path("amount").canConvertToLong()) {
                        offer = new Offer(
                                args.path("vehicle_id").asLong(),
                                args.path("amount").asLong());
                    }
                }
                default -> {} // a tool we never offered: ignored
            }
        }
        return new Requested(handoff, List.copyOf(photos), viewing, financing, offer);
    }

    private static JsonNode arguments(ToolCall call) {
        try {
            return Optional.ofNullable(JSON.readTree(call.arguments())).orElse(JSON.createObjectNode());
        } catch (JacksonException e) {
            return JSON.createObjectNode(); // the model wrote broken JSON: act as if it gave no arguments
        }
    }
}
