#!/usr/bin/env python3
"""Measures a recording of Limber's cues against their plan (see audio-check.sh).

usage: audio-analyse.py recording.raw plan.csv closing-reference.wav
recording: signed 16-bit little-endian mono 44100 Hz, as recorded by parec from the null sink.
Prints every tone with its deviation and a PASS/FAIL line per measure; exits 1 if any fails.
"""
import csv
import sys
import wave

import numpy as np

RATE = 44100
SILENT = 8            # |sample| at or below this is silence (the null sink is digitally silent)
MERGE = int(0.003 * RATE)   # sound with gaps shorter than this is one region
WIN = int(0.010 * RATE)     # 10 ms analysis windows
TONES = [523.25, 660.0, 784.875, 880.0]


def regions(x, merge=MERGE):
    loud = np.flatnonzero(np.abs(x.astype(np.int32)) > SILENT)
    if loud.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(loud) > merge)
    starts = np.concatenate(([loud[0]], loud[breaks + 1]))
    ends = np.concatenate((loud[breaks], [loud[-1]]))
    return list(zip(starts, ends + 1))


def purity(w):
    """Best share of the window's energy explained by one sine at a cue frequency, and that frequency."""
    w = w.astype(np.float64)
    energy = float(np.dot(w, w))
    if energy == 0:
        return 0.0, None
    t = np.arange(len(w)) / RATE
    best = (0.0, None)
    for f in TONES:
        basis = np.stack((np.sin(2 * np.pi * f * t), np.cos(2 * np.pi * f * t)), axis=1)
        coef, *_ = np.linalg.lstsq(basis, w, rcond=None)
        fit = basis @ coef
        share = float(np.dot(fit, fit)) / energy
        if share > best[0]:
            best = (share, f)
    return best


def split_quiet(x, start, end):
    """Splits a region where it is silent for 3 samples or more: two tones back to back (the closing
    pair) meet at their faded ends, which a steady sine never shows."""
    seg = np.abs(x[start:end].astype(np.int32)) <= SILENT
    least = int(0.005 * RATE)   # a tone's faded ends dip below SILENT at zero crossings: no pieces that small
    cuts = []
    run = 0
    for i, quiet in enumerate(seg):
        run = run + 1 if quiet else 0
        c = start + i
        if run == 3 and c - (cuts[-1] if cuts else start) >= least and end - c >= least:
            cuts.append(c)
    parts, at = [], start
    for c in cuts:
        parts.append((at, c - 2))
        at = c + 1
    parts.append((at, end))
    out = []
    for s, e in parts:
        loud = np.flatnonzero(np.abs(x[s:e].astype(np.int32)) > SILENT)
        if loud.size:
            out.append((s + loud[0], s + loud[-1] + 1))
    return out


def classify(x, start, end):
    """'tone' with its frequency, 'speech', or 'mixed' (a tone and other sound in one region)."""
    edge = int(0.005 * RATE)   # the fades are not a steady sine: leave out windows over them
    shares = []
    for s in range(start + edge, end - edge - WIN + 1, WIN // 2):
        shares.append(purity(x[s:s + WIN]))
    if not shares:
        return 'speech', None
    pure = [f for share, f in shares if share > 0.9]
    if len(pure) == len(shares):
        return 'tone', pure
    if len(pure) >= 2 and len(shares) - len(pure) >= 3:
        return 'mixed', pure
    return 'speech', None


def tone_checks(x, s, e, hz):
    seg = x[s:e].astype(np.float64)
    peak = np.max(np.abs(seg))
    first = np.max(np.abs(seg[:int(0.001 * RATE)]))
    step = np.max(np.abs(np.diff(seg)))
    sine_step = 2 * np.pi * hz / RATE * peak
    click = first > 0.25 * peak or step > 1.15 * sine_step
    return peak, first / peak, step / sine_step, click


def speech_span(x, rate):
    loud = np.flatnonzero(np.abs(x.astype(np.int32)) > SILENT * (rate / RATE))
    return (loud[-1] - loud[0] + 1) / rate if loud.size else 0.0


def main():
    rec, plan_file, ref_file = sys.argv[1:4]
    x = np.fromfile(rec, dtype='<i2')
    plan = list(csv.DictReader(open(plan_file)))
    cues = [p for p in plan if p['kind'] in ('phase', 'tick', 'end')]
    closing_words = [p['words'] for p in plan if p['kind'] == 'end' and p['words']][0]
    ok = True

    def verdict(name, passed, detail):
        nonlocal ok
        ok = ok and passed
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}")

    full = int(np.sum((x >= 32767) | (x <= -32768)))
    tones, speech, mixed = [], [], []
    for rs, re_ in regions(x):
        for s, e in split_quiet(x, rs, re_):
            kind, freqs = classify(x, s, e)
            if kind == 'tone':
                mid = s + (e - s) // 2
                tones.append((s, e, purity(x[mid - WIN // 2: mid + WIN // 2])[1]))
            elif kind == 'mixed':
                mixed.append((s, e, freqs))
            else:
                speech.append((s, e))
    print(f"recording: {len(x) / RATE:.1f} s, {len(tones)} tones, {len(speech)} speech regions, "
          f"{len(mixed)} mixed regions, {len(cues)} tones planned")

    # one common offset (recording start + the engine's fixed latency + the server's): the mode of all pairings
    pairs = [(t[0] / RATE * 1000 - float(p['planned_ms'])) for t in tones for p in cues
             if abs(float(p['hz']) - t[2]) < 1]
    best = max(pairs, key=lambda o: sum(1 for q in pairs if abs(q - o) < 15)) if pairs else 0.0
    matched = []
    used = set()
    for p in cues:
        want = float(p['planned_ms']) + best
        cands = [i for i, t in enumerate(tones) if i not in used and abs(float(p['hz']) - t[2]) < 1
                 and abs(t[0] / RATE * 1000 - want) < 60]
        if cands:
            i = min(cands, key=lambda i: abs(tones[i][0] / RATE * 1000 - want))
            used.add(i)
            matched.append((p, tones[i]))
        else:
            matched.append((p, None))
    devs = [t[0] / RATE * 1000 - float(p['planned_ms']) for p, t in matched[1:] if t]
    offset = float(np.median(devs)) if devs else best
    print(f"common offset (recording start + output latency): {offset:.1f} ms\n")
    print("kind  planned_ms  onset_dev_ms  length_ms(plan)  peak  first_ms_share  max_step/sine")
    length_err, clicks, tick_devs, missing, left_out = [], 0, [], [], 0
    first_dev = None
    for n, (p, t) in enumerate(matched):
        if t is None:
            at = (float(p['planned_ms']) + offset) / 1000 * RATE
            during_speech = any(s - 0.2 * RATE <= at <= e for s, e in speech)
            if p['kind'] == 'tick' and during_speech:
                left_out += 1
                print(f"{p['kind']:5} {p['planned_ms']:>10}  left out (words still being said)")
            else:
                missing.append(p)
                print(f"{p['kind']:5} {p['planned_ms']:>10}  MISSING")
            continue
        s, e, hz = t
        dev = s / RATE * 1000 - float(p['planned_ms']) - offset
        length = (e - s) / RATE * 1000
        peak, first, step, click = tone_checks(x, s, e, hz)
        clicks += click
        length_err.append(abs(length - float(p['millis'])))
        if n == 0:
            first_dev = dev
        if p['kind'] == 'tick':
            tick_devs.append(dev)
        print(f"{p['kind']:5} {p['planned_ms']:>10}  {dev:+11.2f}  {length:8.2f} ({p['millis']})  "
              f"{peak / 32768:.3f}  {first:.3f}  {step:.2f}{'  CLICK' if click else ''}")
    print()
    gaps = []
    for s, e, hz in tones:
        after = [ss for ss, ee in speech if ss >= e]
        if after:
            gaps.append((min(after) - e) / RATE * 1000)
    tone_peak = max((np.max(np.abs(x[s:e].astype(np.int32))) for s, e, f in tones), default=0) / 32768
    speech_peak = max((np.max(np.abs(x[s:e].astype(np.int32))) for s, e in speech), default=0) / 32768
    verdict("tone lengths within 2 ms of plan", bool(length_err) and max(length_err) <= 2.0,
            f"max error {max(length_err, default=float('nan')):.2f} ms over {len(length_err)} tones")
    verdict("no onset click", clicks == 0, f"{clicks} tones with a step or a loud first millisecond")
    verdict("no tone/speech overlap", not mixed,
            f"{len(mixed)} regions with tone and speech together; smallest gap tone end -> speech "
            f"{min(gaps, default=float('nan')):.0f} ms")
    verdict("no sample at full scale", full == 0,
            f"{full} samples; peaks: tones {tone_peak:.3f}, speech {speech_peak:.3f} of full scale")
    verdict("first tone within 20 ms of the first phase", first_dev is not None and abs(first_dev) <= 20,
            f"{first_dev if first_dev is None else round(first_dev, 2)} ms against the other cues' offset")
    verdict("tick onsets within 10 ms of the planned second", bool(tick_devs) and max(map(abs, tick_devs)) <= 10,
            f"{len(tick_devs)} ticks, deviation {min(tick_devs, default=0):+.2f} .. {max(tick_devs, default=0):+.2f} ms"
            f", {left_out} left out while words were said")
    verdict("every planned tone heard", not missing, f"{len(missing)} missing")
    with wave.open(ref_file) as w:
        ref = np.frombuffer(w.readframes(w.getnframes()), dtype='<i2')
        ref_span = speech_span(ref, w.getframerate())
    end_tone = max((t for p, t in matched if t and p['kind'] == 'end'), key=lambda t: t[1], default=None)
    closing = [(s, e) for s, e in speech if end_tone and s > end_tone[1]]
    span = (closing[-1][1] - closing[0][0]) / RATE if closing else 0.0
    verdict("closing words whole", span >= ref_span - 0.05,
            f"'{closing_words}' {span:.2f} s heard, {ref_span:.2f} s when rendered alone")
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
