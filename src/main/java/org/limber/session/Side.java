package org.limber.session;

/** Which side a phase is done on. */
public enum Side { NONE, LEFT, RIGHT }
