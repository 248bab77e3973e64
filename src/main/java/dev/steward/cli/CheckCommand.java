package dev.steward.cli;

import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.agents.PolicyService;
import dev.steward.domain.policy.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the policy checks over REGISTER.",
                "Prints one line per violation: AGENT-ID<TAB>RULE-ID<TAB>SEVERITY<TAB>message.",
                "Exit 0 when there is none, 1 when there is any."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REGISTER", description = "The register file (.steward).")
    Path file;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;
    private final PolicyService policy;

    CheckCommand(RegisterService registers, PolicyService policy) {
        this.registers = registers;
        this.policy = policy;
    }

    @Override
    public Integer call() {
        OpenedRegister opened = registers.open(file);
        try {
            List<Violation> found = policy.check(opened.register());
            PrintWriter out = spec.commandLine().getOut();
            found.forEach(v -> out.println(v.line()));
            out.flush();
            return found.isEmpty() ? 0 : 1;
        } finally {
            opened.register().close();
        }
    }
}
