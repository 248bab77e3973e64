package dev.steward.store;

import dev.steward.app.RegisterPort;

import java.nio.file.Path;

/** Child process for the lock test: opens a register, says so, and keeps it open until killed. */
public final class HoldOpenChild {
    public static void main(String[] args) throws Exception {
        try (RegisterPort r = TestRegisters.files().open(Path.of(args[0]))) {
            System.out.println(r.readOnly() ? "read-only" : "holding");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
