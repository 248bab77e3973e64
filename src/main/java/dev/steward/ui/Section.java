package dev.steward.ui;

/** The navigation rail's entries, in order. Feature issues add theirs here. */
public enum Section {
    DASHBOARD("Dashboard", "mdi2v-view-dashboard-outline"),
    CONTROLS("Controls", "mdi2s-shield-check-outline"),
    FRAMEWORKS("Frameworks", "mdi2b-book-open-variant"),
    COVERAGE("Coverage", "mdi2c-chart-donut"),
    CHANGE_LOG("Change log", "mdi2h-history");

    private final String label;
    private final String icon;

    Section(String label, String icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }
}
