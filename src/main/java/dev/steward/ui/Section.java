package dev.steward.ui;

import dev.steward.ui.icons.StewardIcon;

/** The navigation rail's entries, in order. Feature issues add theirs here. */
public enum Section {
    DASHBOARD("Dashboard", StewardIcon.VIEW_DASHBOARD_OUTLINE),
    AGENTS("Agents", StewardIcon.ROBOT_OUTLINE),
    VIOLATIONS("Violations", StewardIcon.SHIELD_ALERT_OUTLINE),
    RISKS("Risks", StewardIcon.ALERT_OUTLINE),
    HEAT_MAP("Heat map", StewardIcon.GRID),
    CONTROLS("Controls", StewardIcon.SHIELD_CHECK_OUTLINE),
    FRAMEWORKS("Frameworks", StewardIcon.BOOK_OPEN_VARIANT),
    COVERAGE("Coverage", StewardIcon.CHART_DONUT),
    ROADMAP("Roadmap", StewardIcon.CHART_GANTT),
    INCIDENTS("Incidents", StewardIcon.ALARM_LIGHT_OUTLINE),
    APPROVALS("Approvals", StewardIcon.CHECK_DECAGRAM_OUTLINE),
    PEOPLE("People", StewardIcon.ACCOUNT_GROUP_OUTLINE),
    CHANGE_LOG("Change log", StewardIcon.HISTORY);

    private final String label;
    private final StewardIcon icon;

    Section(String label, StewardIcon icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public StewardIcon icon() {
        return icon;
    }
}
