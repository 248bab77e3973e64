package dev.steward.domain;

/** How the agent came to the register's attention. */
public enum DiscoverySource {
    MANUAL, CASB_LOG, OUTBOUND_API_MONITORING, BROWSER_EXTENSION_SCAN, IMPORT
}
