package dev.steward.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening, creating and copying registers: the use cases behind File › New, Open, Save As and
 * {@code steward demo}. Opening does not check the change log: whoever shows the verdict does, as
 * the desktop window (at once, in the background), {@code steward log verify} and the audit pack do.
 */
public final class RegisterService {
    private static final int UNDO_LIMIT = 500;

    private final RegisterFiles files;
    private final TemplateSource templates;
    private final Actor actor;
    /** Done to a new demo register after its content, in the same file (see {@link #writeDemo}). */
    private final java.util.function.Consumer<RegisterPort> demoFinish;

    public RegisterService(RegisterFiles files, TemplateSource templates, Actor actor) {
        this(files, templates, actor, register -> { });
    }

    /**
     * @param demoFinish what else a new demo register records, after its content (the composition root
     *                   adopts the shipped catalogs' versions, which the demo's mappings follow)
     */
    public RegisterService(RegisterFiles files, TemplateSource templates, Actor actor,
                           java.util.function.Consumer<RegisterPort> demoFinish) {
        this.files = files;
        this.templates = templates;
        this.actor = actor;
        this.demoFinish = demoFinish;
    }

    public OpenedRegister open(Path file) {
        RegisterPort register = files.open(file);
        return new OpenedRegister(register, new EditHistory(register, actor, UNDO_LIMIT));
    }

    /** A new register holding only the default taxonomy, ready for the committee's own content. */
    public OpenedRegister createEmpty(Path file) {
        try (RegisterPort register = files.create(file)) {
            var taxonomy = StartingContent.creations(templates.taxonomy(),
                    new dev.steward.domain.RegisterContent(null, null, null, null, null, null, null, null, null));
            register.apply(new Edit("Create the register with the default taxonomy", taxonomy), EditOrigin.DO,
                    actor.describe());
        }
        return open(file);
    }

    /** Writes the demo register to {@code file}: its content as one logged edit, then {@code demoFinish}'s. */
    public void writeDemo(Path file) {
        var demo = templates.demoRegister();
        var changes = new java.util.ArrayList<>(StartingContent.creations(templates.taxonomy(), demo));
        // The demo programme carries on after day 90 with the roadmap template's recurring activities.
        if (!demo.roadmapTasks().isEmpty()) {
            new ProgrammeStarter(templates, dev.steward.domain.roadmap.WorkingCalendar.mondayToFriday())
                    .defaultActivities(demo.roadmapTasks(), ProgrammeStarter.committee(demo.people()))
                    .forEach(a -> changes.add(EntityChange.create(EntityKinds.ACTIVITY, a)));
        }
        RegisterPort register = files.create(file); // refuses an existing file, which is then never touched
        try (register) {
            register.apply(new Edit("Create the demo register", changes), EditOrigin.DO, actor.describe());
            demoFinish.accept(register);
        } catch (RuntimeException | Error e) { // an Error too (a library failing to start): never leave half a demo
            deleteQuietly(file); // only the half-made register this call created
            throw e;
        }
    }

    /** The demo register in the user's data folder, written from the templates the first time. */
    public Path ensureDemo(Path dataFolder) {
        Path demo = dataFolder.resolve("demo.steward");
        if (!Files.exists(demo)) writeDemo(demo);
        return demo;
    }

    /** The shipped starting content (taxonomy, demo, roadmap template). */
    public TemplateSource templates() {
        return templates;
    }

    public Actor actor() {
        return actor;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // the half-made file is named in the error the caller reports
        }
    }
}
