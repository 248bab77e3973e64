package dev.steward.app;

import java.util.List;

/** The default control library (templates/controls.json), the starting content of the Controls section. */
public interface ControlLibrary {

    List<LibraryControl> controls();
}
