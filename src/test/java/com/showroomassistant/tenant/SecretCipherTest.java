package com.showroomassistant.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.showroomassistant.shared.ConflictException;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Test
    void aTokenIsSealedWithAFreshNonceAndOpenedOnlyWithItsKey() {
        var cipher = new SecretCipher(KEY);
        String sealed = cipher.encrypt("EAAG-token");
        assertThat(sealed).startsWith("v1:").doesNotContain("EAAG-token");
        assertThat(cipher.encrypt("EAAG-token")).isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed)).isEqualTo("EAAG-token");
        var other = new SecretCipher("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsStoredAndABadKeyStopsTheStart() {
        assertThatThrownBy(() -> new SecretCipher("").encrypt("x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> new SecretCipher("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
