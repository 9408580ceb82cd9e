package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void anExcerptIsOneLineCutWithAnEllipsisPastItsLength() {
        assertThat(DisplayName.excerpt("Mobil lama:\nJazz 2012", 100)).isEqualTo("Mobil lama: / Jazz 2012");
        assertThat(DisplayName.excerpt("abcdefghij", 4)).isEqualTo("abcd…");
        assertThat(DisplayName.excerpt("abcd", 4)).isEqualTo("abcd");
        assertThat(DisplayName.excerpt(null, 4)).isNull();
    }

    @Test
    void anExcerptNeverEndsInHalfAnEmoji() {
        String text = "abc😀def"; // the emoji is two chars, at 3 and 4
        assertThat(DisplayName.excerpt(text, 4)).isEqualTo("abc…");
        assertThat(DisplayName.excerpt(text, 5)).isEqualTo("abc😀…");
    }
}
