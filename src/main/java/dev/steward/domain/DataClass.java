package dev.steward.domain;

/** Classes of data an agent touches. */
public enum DataClass {
    PUBLIC, INTERNAL, CONFIDENTIAL, PERSONAL, SPECIAL_CATEGORY, FINANCIAL, CREDENTIALS, SOURCE_CODE
}
