package com.showroomassistant.assistant;

import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.vocabulary.Money;
import org.junit.jupiter.api.Test;

class GuardDebugTest {
    @Test
    void debug() throws Exception {
        String[] drafts = System.getProperty("drafts", "").split("\\|\\|");
        var cat = VehicleCatalogue.loadDefault();
        for (String d : drafts) {
            var t = new DraftText(d);
            System.out.println("DRAFT " + d);
            System.out.println("  amounts " + t.money.amounts() + " percents " + t.money.percents());
            System.out.println("  segments " + t.segments.stream().map(t::of).toList());
            System.out.println("  spans " + cat.modelSpans(t.text));
        }
    }
}
