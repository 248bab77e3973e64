package dev.steward.ui.controls;

import dev.steward.domain.Evidence;
import dev.steward.ui.icons.StewardIcon;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Evidence files as lines (name, size, who and when, SHA-256 on hover, expiry with a STALE tag) with Open,
 * Save copy, Expiry and Remove; and an "Attach file…" row with an optional expiry date.
 */
public final class EvidenceList extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final EvidenceActions actions;
    private final Supplier<LocalDate> today;

    public EvidenceList(ObservableList<Evidence> items, EvidenceActions actions, Supplier<LocalDate> today,
                        BiConsumer<Path, LocalDate> attach) {
        super(6);
        this.actions = actions;
        this.today = today;
        getStyleClass().add("evidence-list");
        VBox lines = new VBox(4);
        items.addListener((ListChangeListener<Evidence>) c -> fill(lines, items));
        fill(lines, items);
        DatePicker expires = dev.steward.ui.IsoDates.picker();
        expires.setPromptText("Expires (optional, yyyy-mm-dd)");
        expires.setPrefWidth(160);
        Button attachButton = new Button("Attach file…", new FontIcon(StewardIcon.PAPERCLIP));
        attachButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Attach evidence (copied into the register)");
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) attach.accept(f.toPath(), expires.getValue());
        });
        HBox add = new HBox(8, attachButton, expires);
        add.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(lines, add);
    }

    private void fill(VBox lines, ObservableList<Evidence> items) {
        lines.getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label("No evidence yet. Attach a file: it is copied into the register with its SHA-256.");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            lines.getChildren().add(none);
        }
        items.forEach(e -> lines.getChildren().add(line(e)));
    }

    private HBox line(Evidence e) {
        Label name = new Label(e.fileName() + "  ·  " + size(e.sizeBytes()) + "  ·  " + e.addedBy() + ", " + WHEN.format(e.addedAt())
                + (e.expires() == null ? "" : "  ·  expires " + e.expires()));
        name.setTooltip(new Tooltip("SHA-256 " + e.sha256() + (e.attachedTo() == null ? "" : "\nSupports " + e.attachedTo().entityType()
                + " " + e.attachedTo().entityId())));
        name.setWrapText(true);
        HBox line = new HBox(8, new FontIcon(StewardIcon.FILE_DOCUMENT_OUTLINE), name);
        if (e.isStale(today.get())) {
            Label stale = new Label("STALE");
            stale.getStyleClass().addAll("tag", "tag-danger");
            stale.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(stale);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open");
        open.setOnAction(a -> actions.open(e, EvidenceList::openOnDesktop));
        Button save = new Button("Save copy…");
        save.setOnAction(a -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(e.fileName());
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) actions.saveCopy(e, f.toPath());
        });
        DatePicker expiry = dev.steward.ui.IsoDates.picker(e.expires());
        expiry.setPrefWidth(130);
        expiry.setTooltip(new Tooltip("Expiry date: after it the evidence is stale"));
        expiry.setOnAction(a -> {
            if (!java.util.Objects.equals(expiry.getValue(), e.expires())) actions.setExpiry(e, expiry.getValue());
        });
        Button remove = new Button(null, new FontIcon(StewardIcon.DELETE_OUTLINE));
        remove.setTooltip(new Tooltip("Remove this evidence"));
        remove.setOnAction(a -> actions.remove(e));
        line.getChildren().addAll(spacer, open, save, expiry, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        for (var n : new javafx.scene.Node[] {open, save, expiry, remove}) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        return line;
    }

    /** The desktop's viewer for the copy; off the FX thread, as AWT may block. */
    private static void openOnDesktop(Path p) {
        Thread t = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(p.toFile());
            } catch (Exception | Error ex) {
                javafx.application.Platform.runLater(() -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                        "No program to open it here. A copy was saved at:\n" + p).showAndWait());
            }
        }, "open-evidence");
        t.setDaemon(true);
        t.start();
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format("%.1f KB", bytes / 1024.0);
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
