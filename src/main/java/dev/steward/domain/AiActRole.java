package dev.steward.domain;

/** The organisation's operator role for an AI system under the EU AI Act (Art. 3). */
public enum AiActRole {
    PROVIDER, DEPLOYER, IMPORTER, DISTRIBUTOR
}
