package org.limber.ui.shell;

import javafx.scene.Node;

/** Builds a page's view the first time it is shown. */
@FunctionalInterface
public interface PageFactory {
    Node create(Page page);
}
