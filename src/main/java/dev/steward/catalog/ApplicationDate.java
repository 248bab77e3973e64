package dev.steward.catalog;

import java.time.LocalDate;

/** A date from which (part of) a regulation applies, e.g. EU AI Act Art. 113. */
public record ApplicationDate(String catalogId, String id, LocalDate date, String scope) {
}
