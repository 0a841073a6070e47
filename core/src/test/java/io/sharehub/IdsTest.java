package io.sharehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    @DisplayName("ids sort by code point: a character above U+FFFF sorts after U+FFFD, unlike String.compareTo")
    void codePointOrder() {
        String emoji = "\uD83D\uDE00";  // U+1F600
        String replacement = "\uFFFD";
        assertThat(emoji.compareTo(replacement)).isNegative();
        assertThat(Ids.compare(emoji, replacement)).isPositive();

        List<String> ids = new ArrayList<>(List.of("u1", "U1 ", "U1", emoji, replacement, "U10"));
        ids.sort(Ids.ORDER);
        assertThat(ids).containsExactly("U1", "U1 ", "U10", "u1", replacement, emoji);
    }

    @Test
    @DisplayName("comparison is exact: case and trailing spaces matter")
    void exact() {
        assertThat(Ids.compare("U1", "u1")).isNotZero();
        assertThat(Ids.compare("U1", "U1 ")).isNegative();
        assertThat(Ids.compare("U1", "U1")).isZero();
    }
}
