package dev.steward.cli;

import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"List REGISTER's open incidents (open or contained), newest first; --all lists every one.",
                "One line each: ID<TAB>SEVERITY<TAB>STATUS<TAB>DETECTED (UTC)<TAB>ART. 73<TAB>title, where ART. 73 is",
                "'report by YYYY-MM-DD' (UTC) for a serious incident (15 days after detection, EU AI Act Art. 73(2)), else '-'.",
                "Exit 0, or 1 when an open serious incident is past its reporting date (for scheduled checks)."})
final class IncidentsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REGISTER", description = "The register file (.steward).")
    Path file;

    @Option(names = "--all", description = "Also list resolved and closed incidents.")
    boolean all;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;
    private final Clock clock;

    IncidentsCommand(RegisterService registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        OpenedRegister opened = registers.open(file);
        try {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            List<Incident> listed = opened.register().all(EntityKinds.INCIDENT).stream()
                    .filter(i -> all || open(i))
                    .sorted(Comparator.comparing(Incident::detectedAt).reversed()).toList();
            PrintWriter out = spec.commandLine().getOut();
            boolean overdue = false;
            for (Incident i : listed) {
                LocalDate due = i.reportingDeadline().map(d -> d.atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
                boolean late = due != null && open(i) && today.isAfter(due);
                overdue |= late;
                out.println(String.join("\t", i.id(), i.severity().name(), i.status().name(),
                        i.detectedAt().toString(), due == null ? "-" : "report by " + due + (late ? " (overdue)" : ""),
                        i.title()));
            }
            out.flush();
            return overdue ? 1 : 0;
        } finally {
            opened.register().close();
        }
    }

    private static boolean open(Incident i) {
        return i.status() == IncidentStatus.OPEN || i.status() == IncidentStatus.CONTAINED;
    }
}
