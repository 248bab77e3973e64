package dev.steward.domain;

import java.time.LocalDate;

/** How the agent came to exist here: sanctioned or shadow, how it was found, who (a person id) provisioned it and when. */
public record Provenance(Sanction sanction, DiscoverySource discoverySource, String provisionedBy, LocalDate provisionedOn) {
    public Provenance {
        Ids.optional(Ids.PERSON, provisionedBy, "provenance provisionedBy");
        sanction = sanction == null ? Sanction.SANCTIONED : sanction;
        discoverySource = discoverySource == null ? DiscoverySource.MANUAL : discoverySource;
    }

    public static Provenance manual() {
        return new Provenance(Sanction.SANCTIONED, DiscoverySource.MANUAL, null, null);
    }
}
