package dev.steward.app;

import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Person;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.roadmap.ProgrammeLayout;
import dev.steward.domain.roadmap.RoadmapTemplate;
import dev.steward.domain.roadmap.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the 90-day programme: lays the template's tasks out in working days from a start date,
 * with the committee members as owners, and adds the recurring activities that follow day 90.
 * Starting again replaces the tasks and activities there were (one edit, so one undo).
 */
public final class ProgrammeStarter {
    private final TemplateSource templates;
    private final WorkingCalendar calendar;
    private RoadmapTemplate template;

    public ProgrammeStarter(TemplateSource templates, WorkingCalendar calendar) {
        this.templates = templates;
        this.calendar = calendar;
    }

    public synchronized RoadmapTemplate template() {
        if (template == null) template = templates.roadmapTemplate();
        return template;
    }

    /** Each committee seat's member, as the default owner of the tasks of that seat. */
    public static Map<CommitteeRole, String> committee(List<Person> people) {
        Map<CommitteeRole, String> owners = new EnumMap<>(CommitteeRole.class);
        for (Person p : people) {
            if (p.committeeRole() != null && p.committeeRole() != CommitteeRole.NONE) {
                owners.putIfAbsent(p.committeeRole(), p.id());
            }
        }
        return owners;
    }

    public PlannedEdit start(RegisterPort register, LocalDate start, Map<CommitteeRole, String> owners) {
        if (start == null) throw new IllegalArgumentException("Choose the programme's start date");
        LocalDate first = calendar.onOrAfter(start);
        ProgrammeLayout layout = new ProgrammeLayout(calendar);
        List<RoadmapTask> tasks = layout.tasks(template(), first, owners, 1);
        List<RecurringActivity> activities = layout.activities(template(), first, owners, 1);
        List<EntityChange<?>> changes = new ArrayList<>();
        List<RoadmapTask> oldTasks = register.all(EntityKinds.TASK);
        List<RecurringActivity> oldActivities = register.all(EntityKinds.ACTIVITY);
        oldTasks.forEach(t -> changes.add(EntityChange.delete(EntityKinds.TASK, t)));
        oldActivities.forEach(a -> changes.add(EntityChange.delete(EntityKinds.ACTIVITY, a)));
        tasks.forEach(t -> changes.add(EntityChange.create(EntityKinds.TASK, t)));
        activities.forEach(a -> changes.add(EntityChange.create(EntityKinds.ACTIVITY, a)));
        String description = "Start the 90-day programme on " + first;
        String message = description + ": " + tasks.size() + " tasks to " + tasks.stream().map(RoadmapTask::due)
                .max(LocalDate::compareTo).orElse(first) + ", then " + activities.size() + " recurring activities"
                + (oldTasks.isEmpty() ? "" : " (replacing " + oldTasks.size() + " earlier tasks)");
        return new PlannedEdit(new Edit(description, changes), message);
    }

    /** The default recurring activities for a programme that already has tasks (the demo register). */
    public List<RecurringActivity> defaultActivities(List<RoadmapTask> tasks, Map<CommitteeRole, String> owners) {
        return new ProgrammeLayout(calendar).activities(template(), ProgrammeLayout.planStart(tasks), owners, 1);
    }
}
