package org.limber.session;

/**
 * What the cues can do on this machine, against what the person asked for: tones need an
 * audio output line, spoken cues a speech engine. Every cue is on screen as well.
 */
public record CueSupport(boolean tonesWanted, boolean tonesWork, boolean voiceWanted, boolean voiceWorks) {

    /** Everything asked for works (or nothing was asked for). */
    public static final CueSupport ALL = new CueSupport(false, true, false, true);

    /** The message key saying what is missing of what was asked for, or null when nothing is. */
    public String problemKey() {
        boolean noTones = tonesWanted && !tonesWork;
        boolean noVoice = voiceWanted && !voiceWorks;
        if (noTones && noVoice) {
            return "player.sound.none";
        }
        if (noTones) {
            return "player.sound.noTones";
        }
        return noVoice ? "player.sound.noSpeech" : null;
    }
}
