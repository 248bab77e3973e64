package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void formatsWithFourDigitsAndMoreWhenNeeded() {
        assertThat(Ids.format("AG", 7)).isEqualTo("AG-0007");
        assertThat(Ids.format("R", 12345)).isEqualTo("R-12345");
    }

    @Test
    void rejectsBadPrefixAndNumber() {
        assertThatThrownBy(() -> Ids.format("ag", 1)).hasMessageContaining("prefix");
        assertThatThrownBy(() -> Ids.format("AG", 0)).hasMessageContaining("at least 1");
    }

    @Test
    void parsesAndMatches() {
        assertThat(Ids.parse("AG", "AG-0042")).isEqualTo(42);
        assertThat(Ids.matches("AG", "AG-0001")).isTrue();
        assertThat(Ids.matches("AG", "AG-1")).isFalse();
        assertThat(Ids.matches("AG", "AP-0001")).isFalse();
        assertThat(Ids.matches("AG", "AG-0000")).isFalse();
        assertThat(Ids.matches("P", "AP-0001")).isFalse();
        assertThat(Ids.matches("AG", null)).isFalse();
    }

    @Test
    void nextIsOneAboveTheHighestOfThatPrefix() {
        assertThat(Ids.next("AG", List.of("AG-0003", "AG-0010", "R-0099", "junk"))).isEqualTo("AG-0011");
        assertThat(Ids.next("AG", List.of())).isEqualTo("AG-0001");
    }

    @Test
    void requireNamesTheFieldAndValue() {
        assertThatThrownBy(() -> Ids.require("AG", "X", "agent id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent id must look like AG-0001: 'X'");
        assertThatThrownBy(() -> Ids.require("AG", null, "agent id")).hasMessage("agent id is required");
        assertThat(Ids.optional("P", null, "owner")).isNull();
    }

    @Test
    void recognisesSha256() {
        assertThat(Ids.isSha256("0".repeat(64))).isTrue();
        assertThat(Ids.isSha256("A".repeat(64))).isFalse();
        assertThat(Ids.isSha256("0".repeat(63))).isFalse();
    }
}
