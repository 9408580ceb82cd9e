package com.showroomassistant.assistant;

import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.vocabulary.CarFacts;
import com.showroomassistant.vocabulary.CarFacts.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a question about the facts of the car in the conversation ("pajaknya hidup sampai kapan?", "tangan ke
 * berapa?") from the showroom's data, without the model. A fact the showroom has not recorded goes to staff.
 */
final class FactAnswers {

    private static final int MAX_CARS = 3;
    private static final Map<Topic, String> NAMES = Map.of(
            Topic.ENGINE,
            "cc mesin",
            Topic.SEATS,
            "jumlah kursi",
            Topic.TAX,
            "pajak STNK",
            Topic.OWNERS,
            "tangan ke-",
            Topic.BPKB,
            "BPKB",
            Topic.SERVICE,
            "riwayat servis",
            Topic.LOCATION,
            "lokasi unit");

    private FactAnswers() {}

    /**
     * The answer, or empty when the text asks no fact, or asks about a car no longer on offer.
     *
     * @param discussed the cars of the model the conversation is about, in search order
     */
    static Optional<Answer> answer(String text, List<Vehicle> discussed, LocalDate today) {
        Set<Topic> asked = CarFacts.asked(text);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        if (discussed.isEmpty()) {
            return Optional.of(Answer.reply(
                    "Untuk unit yang mana, kak? Sebutkan model dan tahunnya ya, nanti saya" + " carikan datanya. 😊",
                    "offline"));
        }
        List<Vehicle> cars =
                discussed.stream().filter(Vehicle::isAvailable).limit(MAX_CARS).toList();
        if (cars.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        boolean known = false;
        for (Vehicle car : cars) {
            s.append(OfflineAssistant.describe(car)).append(":\n");
            for (Topic topic : asked) {
                Optional<String> line = CarFactLines.line(topic, car.facts(), today);
                if (line.isPresent()) {
                    s.append("• ").append(line.get()).append('\n');
                    known = true;
                } else if (!unknown.contains(NAMES.get(topic))) {
                    unknown.add(NAMES.get(topic));
                }
            }
        }
        if (!known) {
            return Optional.of(Answer.handoff(Texts.HANDOFF, "needs_human", "offline"));
        }
        if (!unknown.isEmpty()) {
            s.append("Untuk ")
                    .append(String.join(", ", unknown))
                    .append(", datanya belum tercatat; staff kami akan" + " bantu cek ya. 🙏");
            return Optional.of(Answer.handoff(s.toString(), "needs_human", "offline"));
        }
        return Optional.of(
                Answer.reply(s.append("Ada lagi yang ingin ditanyakan, kak? 😊").toString(), "offline"));
    }
}
