package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterContentTest {
    static RegisterContent content(List<Person> people, List<Agent> agents) {
        return new RegisterContent("test", people, agents, List.of(Fixtures.risk()), List.of(Fixtures.control()),
                List.of(Fixtures.mapping()), List.of(), List.of(Fixtures.approval()), List.of(Fixtures.incident()));
    }

    static List<Person> people() {
        return List.of(Person.of("P-0001", "a"), Person.of("P-0002", "b"), Person.of("P-0003", "c"), Person.of("P-0004", "d"));
    }

    @Test
    void consistentContentHasNoProblems() {
        assertThat(content(people(), List.of(Fixtures.agent())).integrityProblems(Set.of("EXEC"))).isEmpty();
    }

    @Test
    void reportsDanglingReferencesAndDuplicateIds() {
        List<Person> few = List.of(Person.of("P-0001", "a"), Person.of("P-0001", "dup"));
        List<String> problems = content(few, List.of()).integrityProblems(Set.of());
        assertThat(problems).contains(
                "id P-0001 is used more than once",
                "R-0001 categoryCode refers to unknown 'EXEC'",
                "R-0001 affectedAgentIds refers to unknown 'AG-0001'",
                "R-0001 ownerId refers to unknown 'P-0002'",
                "C-0001 appliesToAgentIds refers to unknown 'AG-0001'",
                "AP-0001 subjectId refers to unknown 'AG-0001'",
                "IN-0001 agentIds refers to unknown 'AG-0001'");
    }

    @Test
    void nullListsBecomeEmpty() {
        RegisterContent empty = new RegisterContent(null, null, null, null, null, null, null, null, null);
        assertThat(empty.entities()).isEmpty();
        assertThat(empty.integrityProblems(Set.of())).isEmpty();
        assertThat(content(people(), List.of(Fixtures.agent())).entities()).hasSize(10);
    }
}
