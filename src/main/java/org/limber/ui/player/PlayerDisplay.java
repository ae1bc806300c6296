package org.limber.ui.player;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.library.Caution;
import org.limber.library.figure.Animation;
import org.limber.library.figure.Pose;

/** What the running player shows, as properties the view binds to; {@link SessionViewModel} sets them. */
public final class PlayerDisplay {

    final StringProperty exerciseName = new SimpleStringProperty("");
    final StringProperty phaseText = new SimpleStringProperty("");
    final StringProperty roundText = new SimpleStringProperty("");
    final StringProperty countdown = new SimpleStringProperty("0:00");
    final StringProperty nextUp = new SimpleStringProperty("");
    final StringProperty caption = new SimpleStringProperty("");
    final StringProperty position = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty guidance = new SimpleStringProperty("");
    final StringProperty soundProblem = new SimpleStringProperty("");
    final StringProperty resumeIn = new SimpleStringProperty("");
    final DoubleProperty phaseFraction = new SimpleDoubleProperty();
    final DoubleProperty routineFraction = new SimpleDoubleProperty();
    final DoubleProperty breath = new SimpleDoubleProperty();
    final BooleanProperty breathing = new SimpleBooleanProperty();
    final BooleanProperty paused = new SimpleBooleanProperty();
    final BooleanProperty untimed = new SimpleBooleanProperty();
    final ObjectProperty<Animation> animation = new SimpleObjectProperty<>();
    final ObjectProperty<Pose> pose = new SimpleObjectProperty<>();
    final BooleanProperty mirrored = new SimpleBooleanProperty();
    final ObjectProperty<List<String>> howTo = new SimpleObjectProperty<>(List.of());
    final ObjectProperty<List<Caution>> cautions = new SimpleObjectProperty<>(List.of());

    /** The exercise's name. */
    public StringProperty exerciseName() { return exerciseName; }
    /** "Hold · left side": changes at every phase. */
    public StringProperty phaseText() { return phaseText; }
    /** "2 of 3", or "10 repetitions". */
    public StringProperty roundText() { return roundText; }
    /** m:ss of the phase still to go; empty for "press when done". */
    public StringProperty countdown() { return countdown; }
    /** The next exercise's name, or empty at the last one. */
    public StringProperty nextUp() { return nextUp; }
    /** The words of the last cue, spoken or not. */
    public StringProperty caption() { return caption; }
    /** "Exercise 3 of 8 · 12:30 left". */
    public StringProperty position() { return position; }
    /** The physiotherapist's note for this step, shown through the whole step. */
    public StringProperty note() { return note; }
    /** What it should feel like and when to stop, during the first hold of a step. */
    public StringProperty guidance() { return guidance; }
    /** Said once at the start when tones or speech cannot be had on this machine. */
    public StringProperty soundProblem() { return soundProblem; }
    /** "Carrying on in 4 s" while the session waits to run again after "It hurts"; empty otherwise. */
    public StringProperty resumeIn() { return resumeIn; }
    public DoubleProperty phaseFraction() { return phaseFraction; }
    public DoubleProperty routineFraction() { return routineFraction; }
    /** The breathing pacer's fullness, 0-1. */
    public DoubleProperty breath() { return breath; }
    public BooleanProperty breathing() { return breathing; }
    public BooleanProperty paused() { return paused; }
    public BooleanProperty untimed() { return untimed; }
    public ObjectProperty<Animation> animation() { return animation; }
    /** The figure's pose now: a function of the phase and its progress (see {@link PhasePose}). */
    public ObjectProperty<Pose> pose() { return pose; }
    public BooleanProperty mirrored() { return mirrored; }
    /** "How to": the steps, what it should feel like, when to stop. */
    public ObjectProperty<List<String>> howTo() { return howTo; }
    public ObjectProperty<List<Caution>> cautions() { return cautions; }
}
