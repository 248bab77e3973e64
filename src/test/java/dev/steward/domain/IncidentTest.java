package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {
    static final Instant AT = Instant.parse("2026-11-02T08:30:00Z");

    static Incident incident(boolean serious, IncidentStatus status, String rootCause) {
        return new Incident("IN-0002", "Data sent to personal e-mail", List.of("AG-0003"), AT, Severity.MEDIUM, null, null,
                status, rootCause, null, null, null, serious);
    }

    @Test
    void seriousIncidentsMustBeReportedWithinFifteenDays() {
        assertThat(incident(true, null, null).reportingDeadline()).contains(Instant.parse("2026-11-17T08:30:00Z"));
        assertThat(incident(false, null, null).reportingDeadline()).isEmpty();
    }

    @Test
    void validates() {
        assertThatThrownBy(() -> new Incident("INC-1", "t", null, AT, Severity.LOW, null, null, null, null, null, null, null, false))
                .hasMessage("incident id must look like IN-0001: 'INC-1'");
        assertThatThrownBy(() -> new Incident("IN-0001", "t", null, null, Severity.LOW, null, null, null, null, null, null, null, false))
                .hasMessage("incident detectedAt is required");
        assertThatThrownBy(() -> new Incident("IN-0001", "t", null, AT, null, null, null, null, null, null, null, null, false))
                .hasMessage("incident severity is required");
        assertThatThrownBy(() -> incident(false, IncidentStatus.CLOSED, null)).hasMessage("incident rootCause is required to close it");
        assertThatThrownBy(() -> new TimelineEntry(AT, "")).hasMessage("timeline entry text is required");
        assertThatThrownBy(() -> new TimelineEntry(null, "x")).hasMessage("timeline entry at is required");
    }

    @Test
    void defaultsAndTimelineOrder() {
        Incident i = incident(false, null, null);
        assertThat(i.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(i.timeline()).isEmpty();
        Incident later = i.withTimelineEntry(new TimelineEntry(AT.plusSeconds(60), "contained"))
                .withTimelineEntry(new TimelineEntry(AT, "detected"));
        assertThat(later.timeline()).extracting(TimelineEntry::text).containsExactly("detected", "contained");
    }
}
