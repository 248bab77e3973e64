package dev.steward.store;

import dev.steward.app.Edit;
import dev.steward.app.EditOrigin;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKind;
import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.app.StaleEditException;
import dev.steward.domain.Entity;
import dev.steward.domain.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoryRoundTripTest {
    @TempDir
    Path dir;

    record Sample<T extends Entity>(EntityKind<T> kind, T entity) {
        @Override
        public String toString() {
            return kind.name();
        }
    }

    static Stream<Sample<?>> everyKind() {
        return Stream.of(new Sample<>(EntityKinds.PERSON, Fixtures.person()), new Sample<>(EntityKinds.AGENT, Fixtures.agent()),
                new Sample<>(EntityKinds.CATEGORY, Fixtures.category()), new Sample<>(EntityKinds.RISK, Fixtures.risk()),
                new Sample<>(EntityKinds.CONTROL, Fixtures.control()), new Sample<>(EntityKinds.MAPPING, Fixtures.mapping()),
                new Sample<>(EntityKinds.TASK, Fixtures.task()), new Sample<>(EntityKinds.APPROVAL, Fixtures.approval()),
                new Sample<>(EntityKinds.INCIDENT, Fixtures.incident()), new Sample<>(EntityKinds.EVIDENCE, Fixtures.evidence()),
                new Sample<>(EntityKinds.SCORING_MATRIX, Fixtures.scoringMatrix()),
                new Sample<>(EntityKinds.WORKSHOP_ROUND, Fixtures.workshopRound()),
                new Sample<>(EntityKinds.SUGGESTION_DECISION, Fixtures.suggestionDecision()),
                new Sample<>(EntityKinds.ACTIVITY, Fixtures.activity()),
                new Sample<>(EntityKinds.POLICY_LIMITS, Fixtures.policyLimits()),

                new Sample<>(EntityKinds.APPLICABILITY, dev.steward.domain.ClauseApplicability.of("iso-iec-42001-2023",
                        "A.7.2", false, "We develop no models; agents use vendor models.", "tester", java.time.LocalDate.of(2026, 11, 2))),
                new Sample<>(EntityKinds.AI_ACT_CLASSIFICATION, dev.steward.domain.AiActClassification.of("AG-0003",
                        new dev.steward.domain.aiact.AiActAnswers(null, false, "4. Employment", null, true,
                                java.util.Set.of(dev.steward.domain.aiact.TransparencyCase.INTERACTS_WITH_PERSONS), false,
                                dev.steward.domain.AiActRole.DEPLOYER), "tester", java.time.LocalDate.of(2026, 11, 2))),
                new Sample<>(EntityKinds.OBLIGATION, new dev.steward.domain.ObligationRecord("AG-0003|Art. 26(2)", "AG-0003",
                        "Art. 26(2)", dev.steward.domain.ObligationRecord.ObligationStatus.MET, java.util.List.of("C-0001"), "HR leads")));
    }

    @Test
    void everyKindIsCovered() {
        assertThat(everyKind().<EntityKind<?>>map(Sample::kind).toList()).containsExactlyInAnyOrderElementsOf(EntityKinds.ALL);
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    <T extends Entity> void storesReadsAndDeletesEveryKind(Sample<T> sample) {
        Path file = dir.resolve("r.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            r.apply(Edit.of("create", EntityChange.create(sample.kind(), sample.entity())), EditOrigin.DO, "tester");
        }
        try (RegisterPort r = TestRegisters.files().open(file)) {
            assertThat(r.find(sample.kind(), sample.entity().id())).contains(sample.entity());
            assertThat(r.all(sample.kind())).containsExactly(sample.entity());
            assertThat(r.count(sample.kind())).isEqualTo(1);
            r.apply(Edit.of("delete", EntityChange.delete(sample.kind(), sample.entity())), EditOrigin.DO, "tester");
            assertThat(r.find(sample.kind(), sample.entity().id())).isEmpty();
            assertThat(r.changeLog().size()).isEqualTo(2);
        }
    }

    @Test
    void updatesReplaceTheStoredState() {
        try (RegisterPort r = TestRegisters.create(dir.resolve("u.steward"))) {
            var before = Fixtures.person();
            var after = new dev.steward.domain.Person(before.id(), "José Núñez", before.title(), before.department(),
                    before.email(), before.committeeRole());
            r.apply(Edit.of("create", EntityChange.create(EntityKinds.PERSON, before)), EditOrigin.DO, "t");
            r.apply(Edit.of("rename", EntityChange.update(EntityKinds.PERSON, before, after)), EditOrigin.DO, "t");
            assertThat(r.find(EntityKinds.PERSON, before.id())).contains(after);
        }
    }

    @Test
    void labelsGiveOneFieldPerIdWithoutDecoding() {
        try (RegisterPort r = TestRegisters.create(dir.resolve("l.steward"))) {
            var ada = dev.steward.domain.Person.of("P-0002", "Ada Obi");
            var jose = dev.steward.domain.Person.of("P-0001", "José Núñez");
            r.apply(Edit.of("create", EntityChange.create(EntityKinds.PERSON, ada), EntityChange.create(EntityKinds.PERSON, jose)),
                    EditOrigin.DO, "t");
            assertThat(r.labels(EntityKinds.PERSON, "$.name")).containsExactly(
                    java.util.Map.entry("P-0001", "José Núñez"), java.util.Map.entry("P-0002", "Ada Obi"));
            assertThat(r.labels(EntityKinds.PERSON, "$.title")).containsEntry("P-0001", "");
            assertThatThrownBy(() -> r.labels(EntityKinds.PERSON, "$.name') FROM person; --"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a simple JSON path");
        }
    }

    @Test
    void refusesAnEditWhoseBeforeStateIsStaleAndWritesNothing() {
        try (RegisterPort r = TestRegisters.create(dir.resolve("s.steward"))) {
            var person = Fixtures.person();
            r.apply(Edit.of("create", EntityChange.create(EntityKinds.PERSON, person)), EditOrigin.DO, "t");
            var agent = Fixtures.agent();
            // The second change claims the person does not exist yet: the whole edit must be refused.
            Edit edit = Edit.of("two", EntityChange.create(EntityKinds.AGENT, agent), EntityChange.create(EntityKinds.PERSON, person));
            assertThatThrownBy(() -> r.apply(edit, EditOrigin.DO, "t")).isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("person P-0001");
            assertThat(r.find(EntityKinds.AGENT, agent.id())).isEmpty();
            assertThat(r.changeLog().size()).isEqualTo(1);
            assertThat(r.changeLog().verify().intact()).isTrue();
        }
    }
}
