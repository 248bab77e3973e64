package dev.steward.domain;

/** What an approval is about; subjectId names an agent, a risk or a control accordingly. */
public enum ApprovalSubject {
    AGENT_ONBOARDING(Ids.AGENT), LIFECYCLE_STEP(Ids.AGENT), RISK_ACCEPTANCE(Ids.RISK), CONTROL_EXCEPTION(Ids.CONTROL);

    private final String subjectPrefix;

    ApprovalSubject(String subjectPrefix) {
        this.subjectPrefix = subjectPrefix;
    }

    public String subjectPrefix() {
        return subjectPrefix;
    }
}
