package com.showroomassistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatWordsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ntar dikabarin admin ya | nanti dikabari admin ya",
                "sy tny tim dl y kak | saya tanya tim dulu y kak",
                "sy ga bs jwb, nnti admin yg bls | saya tidak bisa jawab, nanti admin yang balas",
                "ambo cek dulu | saya cek dulu",
                "gatau kak | tidak tahu kak",
                "Avanza 2019 ready kak | Avanza 2019 ready kak",
            })
    void chatSpellingsAreReadAsTheirStandardWords(String chat, String standard) {
        assertThat(ChatWords.toStandard(chat)).isEqualTo(standard);
    }
}
