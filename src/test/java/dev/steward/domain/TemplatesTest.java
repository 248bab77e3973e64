package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped starting content parses strictly, hangs together, and shows the committee something to act on. */
class TemplatesTest {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final Path DIR = Path.of("templates");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // the demo's "now"
    static final LocalDate PLAN_START = LocalDate.of(2026, 9, 7);

    static Taxonomy taxonomy;
    static RegisterContent demo;

    @BeforeAll
    static void load() throws IOException {
        taxonomy = JSON.readValue(DIR.resolve("taxonomy.json").toFile(), Taxonomy.class);
        demo = JSON.readValue(DIR.resolve("demo-register.json").toFile(), RegisterContent.class);
    }

    @Test
    void filesHaveExactlyTheShapeJacksonWrites() throws IOException {
        // Durations as ISO strings (PT1H) as the templates hold them.
        ObjectMapper writer = JSON.copy().disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        for (var file : Map.of("taxonomy.json", taxonomy, "demo-register.json", demo).entrySet()) {
            String text = Files.readString(DIR.resolve(file.getKey()));
            List<String> diffs = new java.util.ArrayList<>();
            diff("", JSON.readTree(text), JSON.readTree(writer.writeValueAsString(file.getValue())), diffs);
            assertThat(diffs).as(file.getKey() + ": file vs what Jackson writes").isEmpty();
        }
    }

    // Names the JSON pointers that differ, instead of printing two whole documents.
    private static void diff(String at, JsonNode file, JsonNode written, List<String> out) {
        if (file.isContainerNode() && file.getNodeType() == written.getNodeType()) {
            Set<String> keys = new java.util.TreeSet<>();
            if (file.isObject()) {
                file.fieldNames().forEachRemaining(keys::add);
                written.fieldNames().forEachRemaining(keys::add);
            } else {
                for (int i = 0; i < Math.max(file.size(), written.size()); i++) {
                    keys.add(String.format("%04d", i));
                }
            }
            for (String k : keys) {
                JsonNode a = file.isObject() ? file.get(k) : file.get(Integer.parseInt(k));
                JsonNode b = written.isObject() ? written.get(k) : written.get(Integer.parseInt(k));
                // A field added later (nullable or an empty list) may be absent from an older file: it reads the same.
                if (a == null && b != null && (b.isNull() || (b.isContainerNode() && b.isEmpty()))) {
                    continue;
                }
                if (a == null || b == null) {
                    out.add(at + "/" + k + (a == null ? " missing in file" : " not written by Jackson"));
                } else {
                    diff(at + "/" + k, a, b, out);
                }
            }
        } else if (!file.equals(written)) {
            out.add(at + ": file " + file + " vs written " + written);
        }
    }

    @Test
    void taxonomyHoldsTheAgentBucketsAndTheStandardFive() {
        assertThat(taxonomy.categories()).extracting(RiskCategory::name).containsExactlyInAnyOrder(
                "Execution boundary", "Identity and access", "Data and privacy",
                "Operational", "Security", "Privacy", "Ethical", "Legal");
        assertThat(taxonomy.categories()).allSatisfy(c -> {
            assertThat(c.description()).hasSizeGreaterThan(40);
            assertThat(c.tolerance()).isBetween(4, 12);
        });
    }

    @Test
    void demoIsReferentiallyIntact() {
        Set<String> codes = taxonomy.categories().stream().map(RiskCategory::code).collect(Collectors.toSet());
        assertThat(demo.integrityProblems(codes)).isEmpty();
        assertThat(demo.about()).containsIgnoringCase("fictional");
    }

    @Test
    void everyCommitteeSeatIsFilledExactlyOnce() {
        Map<CommitteeRole, Long> seats = demo.people().stream()
                .collect(Collectors.groupingBy(Person::committeeRole, Collectors.counting()));
        for (CommitteeRole role : EnumSet.complementOf(EnumSet.of(CommitteeRole.NONE))) {
            assertThat(seats.get(role)).as(role.name()).isEqualTo(1L);
        }
        assertThat(demo.people()).anyMatch(p -> !p.name().chars().allMatch(ch -> ch < 128));
    }

    @Test
    void agentsCoverTheKindsTheDesignNames() {
        assertThat(demo.agents()).hasSizeBetween(10, 14);
        assertThat(demo.agents()).anyMatch(a -> "4. Employment, workers' management and access to self-employment".equals(a.aiAct().annexIIIArea()));
        assertThat(demo.agents()).filteredOn(a -> a.provenance().sanction() == Sanction.SHADOW).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo.agents()).anyMatch(a -> a.provenance().discoverySource() == DiscoverySource.CASB_LOG);
        assertThat(demo.agents()).anyMatch(a -> a.lifecycle() == Lifecycle.SUSPENDED);
        assertThat(demo.agents()).anyMatch(a -> a.lifecycle() == Lifecycle.PROPOSED);
        Set<HighImpactKind> kinds = demo.agents().stream().flatMap(a -> a.tools().stream())
                .map(ToolAction::highImpactKind).filter(k -> k != null).collect(Collectors.toSet());
        assertThat(kinds).containsAll(Arrays.asList(HighImpactKind.values()).subList(0, 5));
    }

    @Test
    void policyChecksWillFindSomethingOfEachKind() {
        List<Agent> agents = demo.agents();
        assertThat(agents).anyMatch(a -> a.identity().humanEquivalentPrivileges());
        assertThat(agents).anyMatch(a -> !a.highImpactActionsWithoutGate().isEmpty());
        assertThat(agents).anyMatch(a -> a.tokenLongerThan(Duration.ofDays(30)));
        assertThat(agents).anyMatch(a -> a.owner().isEmpty());
        assertThat(agents).anyMatch(a -> a.reviewOverdue(TODAY));
        assertThat(agents).anyMatch(Agent::shadowRunning);
        assertThat(agents).anyMatch(a -> a.lifecycle().running() && !a.logging().toolCalls());
        Function<String, Integer> tolerance = code -> taxonomy.find(code).orElseThrow().tolerance();
        assertThat(demo.risks()).anyMatch(r -> r.outOfTolerance(tolerance.apply(r.categoryCode()), TODAY));
        assertThat(demo.risks()).anyMatch(r -> r.acceptance() != null && r.exceedsTolerance(tolerance.apply(r.categoryCode()))
                && !r.outOfTolerance(tolerance.apply(r.categoryCode()), TODAY));
    }

    @Test
    void roadmapFollowsThePhasesFromTheStartDate() {
        List<RoadmapTask> tasks = demo.roadmapTasks();
        assertThat(tasks).hasSize(12);
        assertThat(tasks).extracting(RoadmapTask::start).allMatch(d -> !d.isBefore(PLAN_START));
        Map<String, RoadmapTask> byId = tasks.stream().collect(Collectors.toMap(RoadmapTask::id, t -> t));
        for (RoadmapTask t : tasks) {
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(PLAN_START, t.start()) / 7) + 1;
            assertThat(Phase.ofWeek(week)).as(t.id()).isEqualTo(t.phase());
            assertThat(t.ownerId()).as(t.id() + " owner").isNotNull();
            t.dependencyIds().forEach(d -> assertThat(byId.get(d).start()).as(t.id() + " after " + d).isBeforeOrEqualTo(t.start()));
        }
        assertThat(tasks).anyMatch(t -> t.isLate(TODAY));
        assertThat(tasks).anyMatch(t -> t.status() == TaskStatus.BLOCKED);
        assertThat(tasks).filteredOn(t -> t.status() == TaskStatus.DONE).allMatch(t -> !t.due().isAfter(TODAY));
    }

    @Test
    void approvalsAndIncidentsShowTheInterestingCases() {
        assertThat(demo.approvals()).anyMatch(a -> a.decision() == Decision.CONDITIONAL && a.expiry() != null && a.isValidOn(TODAY));
        assertThat(demo.approvals()).anyMatch(a -> a.decision() == Decision.PENDING);
        assertThat(demo.incidents()).filteredOn(Incident::seriousIncident).hasSize(1);
        assertThat(demo.incidents()).anyMatch(i -> !i.seriousIncident() && i.status() == IncidentStatus.CLOSED);
    }
}
