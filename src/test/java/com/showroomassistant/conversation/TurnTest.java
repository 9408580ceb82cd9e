package com.showroomassistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnTest {

    private static Turn turn(List<Turn.Pending> pending, List<Turn.Earlier> history) {
        return new Turn(
                1,
                new TenantId(1),
                "6281234567890",
                null,
                false,
                ConversationStatus.ACTIVE,
                null,
                null,
                false,
                null,
                true,
                1,
                null,
                null,
                null,
                "c",
                pending,
                history);
    }

    @Test
    void eachMessageAndTheTurnAsAWholeAreCut() {
        var pending = List.of(
                new Turn.Pending(1, "a".repeat(50), "text", null, 0),
                new Turn.Pending(2, "b".repeat(50), "text", null, 0),
                new Turn.Pending(3, "c".repeat(50), "text", null, 0));
        Turn capped =
                turn(pending, List.of(new Turn.Earlier(true, "h".repeat(50)))).capped(30, 70);

        assertThat(capped.messages().get(0).text()).isEqualTo("a".repeat(29) + "…");
        assertThat(capped.messages().get(1).text()).hasSize(30);
        assertThat(capped.messages().get(2).text()).hasSizeLessThanOrEqualTo(10);
        assertThat(capped.text().length()).isLessThanOrEqualTo(70);
        assertThat(capped.history().getFirst().text()).hasSize(30);
    }

    @Test
    void shortTextIsUntouchedAndNoEmojiIsCutInHalf() {
        Turn capped = turn(
                        List.of(
                                new Turn.Pending(1, "halo", "text", null, 0),
                                new Turn.Pending(2, "ab\uD83D\uDE97cd", "text", null, 0)),
                        List.of())
                .capped(4, 100);
        assertThat(capped.messages().get(0).text()).isEqualTo("halo");
        assertThat(capped.messages().get(1).text()).isEqualTo("ab…");
    }
}
