package dev.steward.export.xlsx;

import dev.steward.app.pack.AuditPackContent;
import dev.steward.app.pack.RegisterSnapshot;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Approval;
import dev.steward.domain.Control;
import dev.steward.domain.ControlKind;
import dev.steward.domain.ControlNature;
import dev.steward.domain.Decision;
import dev.steward.domain.Effectiveness;
import dev.steward.domain.Evidence;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.Severity;
import dev.steward.domain.TaskStatus;
import dev.steward.domain.TestFrequency;

import java.time.LocalDate;
import java.util.List;

/** Controls, Mappings, Roadmap, Approvals, Incidents and the Evidence index. */
final class ProgrammeSheets {
    private ProgrammeSheets() {
    }

    static SheetSpec<Control> controls(AuditPackContent content) {
        RegisterSnapshot s = content.snapshot();
        var person = s.personNames();
        LocalDate today = content.summary().asOf();
        return new SheetSpec<>("Controls", List.of(
                Column.text("ID", 9, Control::id),
                Column.wrap("Name", 34, Control::name),
                Column.wrap("Description", 44, Control::description),
                Column.choice("Kind", 12, ControlKind.class, Control::kind),
                Column.choice("Nature", 15, ControlNature.class, Control::nature),
                Column.text("Owner", 20, c -> person.apply(c.ownerId())),
                Column.choice("Status", 15, ImplementationStatus.class, Control::status),
                Column.choice("Effectiveness", 19, Effectiveness.class, Control::effectiveness),
                Column.text("Applies to", 20, c -> c.appliesToAll() ? "all agents" : String.join("; ", c.appliesToAgentIds())),
                Column.choice("Test frequency", 13, TestFrequency.class, Control::testFrequency),
                Column.date("Last tested", Control::lastTested),
                Column.date("Next test due", c -> c.nextTestDue().orElse(null)),
                Column.text("Test overdue", 9, c -> c.testOverdue(today)),
                Column.text("Evidence", 18, c -> String.join("; ", c.evidenceIds()))), s.controls());
    }

    static SheetSpec<Mapping> mappings(AuditPackContent content) {
        var names = content.snapshot().controls().stream()
                .collect(java.util.stream.Collectors.toMap(Control::id, Control::name));
        return new SheetSpec<>("Mappings", List.of(
                Column.text("ID", 9, Mapping::id),
                Column.text("Control", 9, Mapping::controlId),
                Column.wrap("Control name", 34, m -> names.getOrDefault(m.controlId(), "")),
                Column.text("Framework", 22, Mapping::frameworkId),
                Column.text("Clause", 14, Mapping::clauseRef),
                Column.choice("Relation", 11, Relation.class, Mapping::relation),
                Column.wrap("Rationale", 50, Mapping::rationale)), content.snapshot().mappings());
    }

    static SheetSpec<RoadmapTask> roadmap(AuditPackContent content) {
        RegisterSnapshot s = content.snapshot();
        var person = s.personNames();
        LocalDate today = content.summary().asOf();
        return new SheetSpec<>("Roadmap", List.of(
                Column.text("ID", 8, RoadmapTask::id),
                Column.text("Phase", 26, t -> t.phase().label()),
                Column.wrap("Task", 36, RoadmapTask::title),
                Column.text("Owner", 20, t -> person.apply(t.ownerId())),
                Column.date("Start", RoadmapTask::start),
                Column.date("Due", RoadmapTask::due),
                Column.choice("Status", 13, TaskStatus.class, RoadmapTask::status),
                Column.text("Late", 7, t -> t.isLate(today)),
                Column.wrap("Blocked because", 28, RoadmapTask::blockedReason),
                Column.text("Depends on", 16, t -> String.join("; ", t.dependencyIds())),
                Column.text("Evidence", 16, t -> String.join("; ", t.evidenceIds()))), s.tasks());
    }

    static SheetSpec<Approval> approvals(AuditPackContent content) {
        RegisterSnapshot s = content.snapshot();
        var person = s.personNames();
        return new SheetSpec<>("Approvals", List.of(
                Column.text("ID", 9, Approval::id),
                Column.choice("What", 20, ApprovalSubject.class, Approval::subject),
                Column.text("Subject", 10, Approval::subjectId),
                Column.text("Requested by", 20, a -> person.apply(a.requestedById())),
                Column.text("Approver", 20, a -> person.apply(a.approverId())),
                Column.choice("Decision", 13, Decision.class, Approval::decision),
                Column.wrap("Conditions", 34, Approval::conditions),
                Column.date("Requested on", Approval::requestedOn),
                Column.date("Decided on", Approval::decidedOn),
                Column.date("Expires", Approval::expiry)), s.approvals());
    }

    static SheetSpec<Incident> incidents(AuditPackContent content) {
        return new SheetSpec<>("Incidents", List.of(
                Column.text("ID", 9, Incident::id),
                Column.wrap("Title", 30, Incident::title),
                Column.text("Agents", 16, i -> String.join("; ", i.agentIds())),
                Column.dateTime("Detected at (UTC)", Incident::detectedAt),
                Column.choice("Severity", 10, Severity.class, Incident::severity),
                Column.choice("Status", 11, IncidentStatus.class, Incident::status),
                Column.wrap("Description", 40, Incident::description),
                Column.wrap("Root cause", 30, Incident::rootCause),
                Column.text("Linked risks", 14, i -> String.join("; ", i.linkedRiskIds())),
                Column.text("Linked controls", 14, i -> String.join("; ", i.linkedControlIds())),
                Column.wrap("Lessons learned", 30, Incident::lessonsLearned),
                Column.text("EU AI Act serious incident", 11, Incident::seriousIncident),
                Column.dateTime("Reporting deadline (UTC, Art. 73)", i -> i.reportingDeadline().orElse(null)),
                Column.wrap("Timeline (UTC)", 60, ProgrammeSheets::timeline)), content.snapshot().incidents());
    }

    /** One line per entry, oldest first: "2026-11-10 09:15  Agent suspended." */
    static String timeline(Incident i) {
        if (i.timeline().isEmpty()) return null;
        var when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
        return String.join("\n", i.timeline().stream().map(e -> when.format(e.at()) + "  " + e.text()).toList());
    }

    static SheetSpec<dev.steward.domain.policy.Violation> violations(AuditPackContent content) {
        var agent = content.snapshot().agentNames();
        return new SheetSpec<>("Violations", List.of(
                Column.text("Agent or risk", 12, v -> v.subjectId()),
                Column.text("Name", 28, v -> agent.apply(v.subjectId())),
                Column.text("Rule", 9, v -> v.rule().id()),
                Column.wrap("Rule title", 34, v -> v.rule().title()),
                Column.choice("Severity", 10, Severity.class, v -> v.severity()),
                Column.wrap("What was found", 70, v -> v.message())), content.summary().violations());
    }

    static SheetSpec<Evidence> evidence(AuditPackContent content) {
        LocalDate today = content.summary().asOf();
        return new SheetSpec<>("Evidence index", List.of(
                Column.text("ID", 9, Evidence::id),
                Column.text("File", 30, Evidence::fileName),
                Column.text("Type", 16, Evidence::mediaType),
                Column.number("Size (bytes)", 12, Evidence::sizeBytes),
                Column.text("SHA-256", 66, Evidence::sha256),
                Column.text("Attached to", 18, e -> e.attachedTo() == null ? null
                        : e.attachedTo().entityType() + " " + e.attachedTo().entityId()),
                Column.text("Added by", 18, Evidence::addedBy),
                Column.dateTime("Added at (UTC)", Evidence::addedAt),
                Column.date("Expires", Evidence::expires),
                Column.text("Stale", 7, e -> e.isStale(today))), content.snapshot().evidence());
    }
}
