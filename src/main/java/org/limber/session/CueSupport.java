package org.limber.session;

/**
 * What the cues can do on this machine, against what the person asked for: tones need an
 * audio output line, spoken cues a speech engine. Every cue is on screen as well.
 */
public record CueSupport(boolean tonesWanted, boolean tonesWork, boolean voiceWanted, boolean voiceWorks) {

    /** Everything asked for works: nothing to say (used when the machine could not be asked). */
    public static final CueSupport ALL = new CueSupport(true, true, true, true);

    /**
     * The message key of the line said at the start when the person will not hear what they may
     * expect: what is missing of what was asked for (and what still sounds, as set in Settings),
     * or that both tones and voice are off; null when everything asked for works.
     */
    public String problemKey() {
        boolean tones = tonesWanted && tonesWork;
        boolean voice = voiceWanted && voiceWorks;
        boolean noTones = tonesWanted && !tonesWork;
        boolean noVoice = voiceWanted && !voiceWorks;
        if (noTones && noVoice) {
            return "player.sound.none";
        }
        if (noTones) {
            return voice ? "player.sound.noTones" : "player.sound.noTones.voiceOff";
        }
        if (noVoice) {
            return tones ? "player.sound.noSpeech" : "player.sound.noSpeech.tonesOff";
        }
        return tonesWanted || voiceWanted ? null : "player.sound.off";
    }
}
