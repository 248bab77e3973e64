package dev.steward.importing;

import dev.steward.app.Actor;
import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Person;
import dev.steward.store.SqliteRegisterFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fresh register with two people, and the import service over the real file readers. */
final class ImportFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final OpenedRegister opened;
    final AgentImportService service = new AgentImportService(new InventoryFiles(), CLOCK);

    ImportFixture(Path dir) {
        this.dir = dir;
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(),
                new Actor("tester", null));
        opened = registers.createEmpty(dir.resolve("r.steward"));
        opened.history().perform(Edit.of("people",
                EntityChange.create(EntityKinds.PERSON, new Person("P-0001", "Ada Obi", null, "IT", "ada@example.com", CommitteeRole.SECURITY)),
                EntityChange.create(EntityKinds.PERSON, Person.of("P-0002", "Bo Chen"))));
    }

    Path csv(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    int agents() {
        return opened.register().count(EntityKinds.AGENT);
    }

    long logSize() {
        return opened.register().changeLog().size();
    }
}
