package dev.steward.app;

/**
 * A register just opened: the file and its edit history. Its change log is not checked yet: the
 * caller checks it ({@code register().changeLog().verify()}) where it shows the verdict, the desktop
 * in the background at once, so that a large register does not wait for its whole chain to be hashed.
 */
public record OpenedRegister(RegisterPort register, EditHistory history) {
}
