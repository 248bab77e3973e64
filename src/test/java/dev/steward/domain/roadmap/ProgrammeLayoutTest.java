package dev.steward.domain.roadmap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.steward.domain.Cadence;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Phase;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.RoadmapTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped template, laid out from a start date: the seed's tasks in their phases, in working days. */
class ProgrammeLayoutTest {
    static final WorkingCalendar CAL = WorkingCalendar.mondayToFriday();
    static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    static RoadmapTemplate template;
    static final Map<CommitteeRole, String> OWNERS = new EnumMap<>(Map.of(CommitteeRole.CHAIR, "P-0001",
            CommitteeRole.SECURITY, "P-0002", CommitteeRole.AI_DEVELOPMENT, "P-0003", CommitteeRole.LEGAL, "P-0004",
            CommitteeRole.COMPLIANCE, "P-0005", CommitteeRole.EXECUTIVE_SPONSOR, "P-0007"));

    @BeforeAll
    static void load() throws Exception {
        template = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(new File("templates/roadmap.json"), RoadmapTemplate.class);
    }

    @Test
    void templateHoldsTheSeedTasksWithEvidenceAndTheRecurringActivities() {
        assertThat(template.tasks()).extracting(TaskTemplate::title).contains("Form the AI risk committee",
                "Scan the enterprise for agents, including shadow AI", "Map compliance obligations", "Define risk tolerance",
                "Choose the framework", "Build the risk taxonomy", "Create approval workflows", "Write policies",
                "Deploy governance tooling", "Pilot controls on 2-3 agents", "Refine controls and taxonomy",
                "Start compliance reporting");
        assertThat(template.tasks()).allSatisfy(t -> assertThat(t.evidenceKind()).isNotBlank());
        assertThat(template.recurring()).extracting(ActivityTemplate::cadence)
                .contains(Cadence.MONTHLY, Cadence.QUARTERLY, Cadence.ANNUAL);
        assertThat(template.recurring()).anyMatch(a -> a.everyAgent() && a.cadence() == Cadence.QUARTERLY);
    }

    @Test
    void laysTasksOutInWorkingDaysWithinTheirPhasesAndAfterTheirDependencies() {
        List<RoadmapTask> tasks = new ProgrammeLayout(CAL).tasks(template, START, OWNERS, 1);
        assertThat(tasks).hasSize(template.tasks().size());
        assertThat(tasks.get(0).id()).isEqualTo("T-0001");
        assertThat(tasks.get(0).start()).isEqualTo(START);
        Map<String, RoadmapTask> byId = tasks.stream().collect(Collectors.toMap(RoadmapTask::id, Function.identity()));
        for (RoadmapTask t : tasks) {
            assertThat(CAL.isWorkingDay(t.start())).as(t.id() + " starts on a working day").isTrue();
            assertThat(CAL.isWorkingDay(t.due())).as(t.id() + " ends on a working day").isTrue();
            assertThat(t.start()).as(t.id() + " not before its phase").isAfterOrEqualTo(t.phase().startDate(START));
            assertThat(t.ownerId()).as(t.id() + " owner").isNotNull();
            assertThat(t.evidenceKind()).isNotBlank();
            for (String d : t.dependencyIds()) {
                assertThat(t.start()).as(t.id() + " after " + d).isAfter(byId.get(d).due());
            }
        }
        LocalDate end = tasks.stream().map(RoadmapTask::due).max(LocalDate::compareTo).orElseThrow();
        assertThat(end).as("the programme fits its 12 weeks").isBeforeOrEqualTo(Phase.DEPLOYMENT_AND_PILOTS.endDate(START));
        assertThat(byId.get("T-0001").ownerId()).isEqualTo("P-0007"); // the executive sponsor forms the committee
        assertThat(ProgrammeLayout.planStart(tasks)).isEqualTo(START);
    }

    @Test
    void aStartOnAWeekendRollsToMondayAndNumberingCanContinue() {
        List<RoadmapTask> tasks = new ProgrammeLayout(CAL).tasks(template, START.minusDays(2), OWNERS, 20);
        assertThat(tasks.get(0).id()).isEqualTo("T-0020");
        assertThat(tasks.get(0).start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void recurringActivitiesStartAfterTheNinetyDays() {
        List<RecurringActivity> activities = new ProgrammeLayout(CAL).activities(template, START, OWNERS, 1);
        assertThat(activities).hasSize(template.recurring().size());
        assertThat(activities).allSatisfy(a -> {
            assertThat(a.firstDate()).isAfter(Phase.DEPLOYMENT_AND_PILOTS.endDate(START));
            assertThat(CAL.isWorkingDay(a.firstDate())).isTrue();
            assertThat(a.ownerId()).isNotNull();
        });
        assertThat(activities.get(0).id()).isEqualTo("RA-0001");
        assertThat(activities.get(0).firstDate()).isEqualTo(START.plusWeeks(12).plusDays(1)); // Tuesday of week 13
    }

    @Test
    void templatesWithUnknownOrCircularDependenciesAreRefused() {
        TaskTemplate a = new TaskTemplate("a", Phase.FOUNDATION, "A", null, 5, List.of("b"), CommitteeRole.CHAIR, "x");
        TaskTemplate b = new TaskTemplate("b", Phase.FOUNDATION, "B", null, 5, List.of("a"), CommitteeRole.CHAIR, "x");
        assertThatThrownBy(() -> new RoadmapTemplate(null, List.of(a, b), null)).isInstanceOf(DependencyCycleException.class);
        assertThatThrownBy(() -> new RoadmapTemplate(null, List.of(a), null)).hasMessage("template task a depends on unknown 'b'");
        assertThatThrownBy(() -> new TaskTemplate("a", Phase.FOUNDATION, "A", null, 0, null, null, "x"))
                .hasMessageContaining("durationDays must be between 1 and 60");
    }

    @Test
    void phaseOnCountsWeeksFromThePlanStart() {
        assertThat(ProgrammeLayout.phaseOn(START, START)).isEqualTo(Phase.FOUNDATION);
        assertThat(ProgrammeLayout.phaseOn(START, START.plusWeeks(4))).isEqualTo(Phase.FRAMEWORK_SELECTION);
        assertThat(ProgrammeLayout.phaseOn(START, START.plusWeeks(12))).isNull();
        assertThat(ProgrammeLayout.phaseOn(START, START.minusDays(1))).isNull();
    }
}
