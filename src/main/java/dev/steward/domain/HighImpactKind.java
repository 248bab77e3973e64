package dev.steward.domain;

/** Actions the seed says a human must approve: money, code, identity, data leaving, outside contact, deletion. */
public enum HighImpactKind {
    FINANCIAL_TRANSACTION, CODE_DEPLOYMENT, IAM_CHANGE, DATA_EXPORT, EXTERNAL_COMMUNICATION, RECORD_DELETION
}
