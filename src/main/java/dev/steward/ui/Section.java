package dev.steward.ui;

/** The navigation rail's entries, in order. Feature issues add theirs here. */
public enum Section {
    DASHBOARD("Dashboard", "mdi2v-view-dashboard-outline"),
    AGENTS("Agents", "mdi2r-robot-outline"),
    VIOLATIONS("Violations", "mdi2s-shield-alert-outline"),
    RISKS("Risks", "mdi2a-alert-outline"),
    HEAT_MAP("Heat map", "mdi2g-grid"),
    CONTROLS("Controls", "mdi2s-shield-check-outline"),
    FRAMEWORKS("Frameworks", "mdi2b-book-open-variant"),
    COVERAGE("Coverage", "mdi2c-chart-donut"),
    ROADMAP("Roadmap", "mdi2c-chart-gantt"),
    INCIDENTS("Incidents", "mdi2a-alarm-light-outline"),
    APPROVALS("Approvals", "mdi2c-check-decagram-outline"),
    PEOPLE("People", "mdi2a-account-group-outline"),
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
