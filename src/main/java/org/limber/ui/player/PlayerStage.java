package org.limber.ui.player;

/** Where a session stands from the person's point of view. */
public enum PlayerStage { PAIN_BEFORE, RUNNING, PAIN_AFTER, CLOSED }
