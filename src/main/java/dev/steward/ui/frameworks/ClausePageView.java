package dev.steward.ui.frameworks;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The selected clause: ref and title, its text, the catalog's source and licence, crosswalk neighbours, mapped controls. */
final class ClausePageView extends ScrollPane {

    private final VBox body = new VBox(10);

    ClausePageView(ReadOnlyObjectProperty<ClausePage> page) {
        setId("clausePage");
        setFitToWidth(true);
        body.setPadding(new Insets(20));
        setContent(body);
        page.addListener((o, a, p) -> show(p));
        show(page.get());
    }

    private void show(ClausePage p) {
        body.getChildren().clear();
        if (p == null) {
            body.getChildren().add(muted("Choose a clause on the left, or type to search."));
            return;
        }
        Label ref = new Label(p.ref() + (p.kind().isEmpty() ? "" : "  ·  " + p.kind()));
        ref.getStyleClass().add("text-muted");
        Label title = wrapped(p.title());
        title.setId("clauseTitle");
        title.getStyleClass().add("title-3");
        Label text = wrapped(p.text());
        text.setId("clauseText");
        body.getChildren().addAll(ref, title, text);
        section("Crosswalk neighbours", p.neighbours().isEmpty() ? List.of("None in the shipped crosswalks.")
                : p.neighbours().stream().map(n -> "This clause " + verb(n.relation())
                + " " + n.catalogName() + " " + n.ref() + (n.title().isEmpty() || n.title().equals(n.ref()) ? "" : " — " + n.title()))
                .toList());
        section("Mapped controls", p.controls().isEmpty() ? List.of("No control of this register maps to this clause.")
                : p.controls().stream().map(c -> c.controlId() + "  " + c.name() + "  [" + c.status() + "]  "
                + c.relation().name().toLowerCase() + (c.rationale().isEmpty() ? "" : " — " + c.rationale())).toList());
        section("Source", List.of(p.catalogName() + ", " + p.version(), p.source(), "Licence: " + p.licence()));
        if (!p.notes().isEmpty()) section("Notes", p.notes());
    }

    private static String verb(dev.steward.domain.Relation r) {
        return switch (r) {
            case EQUAL -> "equals";
            case SUBSET -> "is a subset of";
            case SUPERSET -> "is a superset of";
            case INTERSECT -> "intersects";
        };
    }

    private void section(String heading, List<String> lines) {
        Label h = new Label(heading);
        h.getStyleClass().add("title-4");
        h.setPadding(new Insets(10, 0, 0, 0));
        body.getChildren().add(h);
        lines.forEach(l -> body.getChildren().add(wrapped(l)));
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static Node muted(String s) {
        Label l = wrapped(s);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
