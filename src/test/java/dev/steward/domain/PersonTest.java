package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonTest {
    @Test
    void validatesIdNameAndEmail() {
        assertThatThrownBy(() -> new Person("U-1", "A", null, null, null, null)).hasMessageContaining("person id must look like P-0001");
        assertThatThrownBy(() -> new Person("P-0001", " ", null, null, null, null)).hasMessage("person name is required");
        assertThatThrownBy(() -> new Person("P-0001", "A", null, null, "not an email", null))
                .hasMessageContaining("person email").hasMessageContaining("'not an email'");
    }

    @Test
    void defaultsRoleToNoneAndBlankEmailToNull() {
        Person p = new Person("P-0001", "李娜", null, null, " ", null);
        assertThat(p.committeeRole()).isEqualTo(CommitteeRole.NONE);
        assertThat(p.email()).isNull();
        assertThat(p.sitsOnCommittee()).isFalse();
        assertThat(Fixtures.person().sitsOnCommittee()).isTrue();
    }

    @Test
    void acceptsNonAsciiEmail() {
        assertThat(new Person("P-0002", "José Núñez", null, null, "josé@bank.example", null).email()).contains("@");
    }
}
