package dev.steward.domain;

/** Privilege strength on one system, weakest first. */
public enum AccessLevel {
    READ, WRITE, ADMIN
}
