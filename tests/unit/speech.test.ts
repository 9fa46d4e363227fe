import { describe, expect, it } from 'vitest';
import { readSessionState } from '../../lambda/conversation/state';
import { translator } from '../../lambda/locales';
import { doseText } from '../../lambda/text/dose';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import { Speech, escapeSsml, speech } from '../../lambda/speech/ssml';

describe('Speech', () => {
  it('escapes everything said, so content can hold any character', () => {
    expect(speech('Salt & pepper <b> "quoted" it\'s').toSsml()).toBe('Salt &amp; pepper &lt;b&gt; &quot;quoted&quot; it&apos;s');
    expect(escapeSsml('a&b')).toBe('a&amp;b');
  });

  it('says HIIT as a word', () => {
    expect(speech('A HIIT day.').toSsml()).toBe('A <sub alias="hit">HIIT</sub> day.');
  });

  it('splits long pauses into breaks Alexa accepts', () => {
    expect(new Speech().pause(25_000).toSsml()).toBe('<break time="10000ms"/> <break time="10000ms"/> <break time="5000ms"/>');
    expect(new Speech().pause(0).isEmpty).toBe(true);
  });

  it('skips empty sentences', () => {
    expect(speech(undefined, '  ', 'Hi.').toSsml()).toBe('Hi.');
  });
});

describe('estimateSpeechSeconds', () => {
  it('counts words at a speaking pace plus breaks', () => {
    expect(estimateSpeechSeconds('one two three four five')).toBe(2);
    expect(estimateSpeechSeconds('one two <break time="3000ms"/> three four five')).toBe(5);
    expect(estimateSpeechSeconds('<break time="2s"/>')).toBe(2);
  });

  it('counts words and sentences in any script, Devanagari vowel signs included', () => {
    expect(estimateSpeechSeconds('आज का workout क्या है')).toBe(2);
    expect(estimateSpeechSeconds('धीरे-धीरे नीचे आइए. Step 2 के लिए तैयार हैं?')).toBeCloseTo(9 / 2.5 + 2 * 0.3);
  });
});

describe('doseText', () => {
  const t = translator('en-US');
  it('says doses the way a coach would', () => {
    expect(doseText(t, { kind: 'reps', sets: 3, reps: 10, holdSeconds: 2 })).toBe('3 sets of 10, holding each for 2 seconds');
    expect(doseText(t, { kind: 'reps', sets: 2, reps: 8, perSide: true })).toBe('2 sets of 8 on each side');
    // "2 rounds of 20 seconds", then "ready for set 2?": one word for one thing (found by a helper trying the console).
    expect(doseText(t, { kind: 'hold', sets: 2, seconds: 20, perSide: true })).toBe('2 sets of 20 seconds on each side');
    expect(doseText(t, { kind: 'minutes', minutes: 30 })).toBe('30 minutes');
    expect(doseText(t, { kind: 'steps', extraSteps: 1500 })).toBe('1,500 extra steps a day');
    expect(doseText(t, { kind: 'intervals', rounds: 10, workSeconds: 20, restSeconds: 40, minutes: 20 })).toBe(
      '10 rounds of 20 seconds hard, 40 seconds easy, 20 minutes in all',
    );
  });
});

describe('translator', () => {
  it('falls back to a supported locale', () => {
    expect(translator('en-GB').locale).toBe('en-GB');
    expect(translator('en-NZ').locale).toBe('en-US');
    expect(translator('de-DE').locale).toBe('en-US');
    expect(translator(undefined).locale).toBe('en-US');
  });

  it('picks variants with the injected rng and fills placeholders', () => {
    expect(translator('en-US', () => 0.99).t('goodbye')).toBe('Alright. Bye for now, and take care of that back.');
    expect(translator('en-US').t('howTo.step', { number: 2, text: 'Lift.' })).toBe('Step 2: Lift.');
    expect(translator('en-US').list(['a', 'b', 'c'])).toBe('a, b, and c');
  });
});

describe('readSessionState', () => {
  it('keeps what is well formed', () => {
    const state = readSessionState({ noticeGiven: true, level: 'advanced', howTo: { exerciseId: 'superman', step: 2 }, offer: { kind: 'tips', list: 'diet' } });
    expect(state).toEqual({ noticeGiven: true, level: 'advanced', howTo: { exerciseId: 'superman', step: 2 }, offer: { kind: 'tips', list: 'diet' } });
  });

  it('drops anything malformed instead of trusting it', () => {
    expect(readSessionState(null)).toEqual({ noticeGiven: false });
    expect(readSessionState('x')).toEqual({ noticeGiven: false });
    expect(
      readSessionState({ noticeGiven: 'yes', level: 'expert', howTo: { exerciseId: 'superman', step: -1 }, offer: { kind: 'tips', list: 'sweets' } }),
    ).toEqual({ noticeGiven: false });
    expect(readSessionState({ last: { speech: '<audio src="https://evil"/>' } })).toEqual({ noticeGiven: false });
    expect(readSessionState({ last: { speech: 'Hi &amp; bye <break time="300ms"/>' } }).last).toEqual({ speech: 'Hi &amp; bye <break time="300ms"/>' });
  });

  it("keeps the session's log keys only as the store makes them, the latest few", () => {
    const key = (n: number) => `abcdefghijklmn${String(n).padStart(2, '0')}`;
    expect(readSessionState({ sessionLogs: [key(1), 'short', 42, `${key(2)}x`, 'abcdefghijklm/op', key(3)] }).sessionLogs).toEqual([key(1), key(3)]);
    expect(readSessionState({ sessionLogs: Array.from({ length: 9 }, (_, n) => key(n)) }).sessionLogs).toEqual([4, 5, 6, 7, 8].map(key));
    expect(readSessionState({ sessionLogs: 'abcdefghijklmn01' })).toEqual({ noticeGiven: false });
    expect(readSessionState({ sessionLogs: ['nope'] })).toEqual({ noticeGiven: false });
  });

  it('keeps a caution told, what was just told of, and the doctor question only as the skill writes them', () => {
    expect(readSessionState({ caution: 'pregnancy', told: 'progress' })).toEqual({ noticeGiven: false, caution: 'pregnancy', told: 'progress' });
    expect(readSessionState({ caution: 'asthma', told: 'plan' })).toEqual({ noticeGiven: false });
    expect(readSessionState({ offer: { kind: 'cleared', instead: 'hiit' } }).offer).toEqual({ kind: 'cleared', instead: 'hiit' });
    expect(readSessionState({ offer: { kind: 'cleared', instead: 'yoga', insteadDay: 9 } }).offer).toEqual({ kind: 'cleared' });
  });

  it('keeps pain or feeling unwell told, and the question before a workout, only as the skill writes them', () => {
    expect(readSessionState({ felt: 'unwell' })).toEqual({ noticeGiven: false, felt: 'unwell' });
    expect(readSessionState({ felt: 'knee' })).toEqual({ noticeGiven: false });
    const read = (offer: unknown) => readSessionState({ offer }).offer;
    expect(read({ kind: 'feltBefore', felt: 'pain', instead: 'hiit' })).toEqual({ kind: 'feltBefore', felt: 'pain', instead: 'hiit' });
    expect(read({ kind: 'feltBefore', felt: 'pain', insteadDay: 3, resume: 'yes' })).toEqual({ kind: 'feltBefore', felt: 'pain', insteadDay: 3 });
    expect(read({ kind: 'feltBefore', felt: 'unwell', instead: 'hiit', resume: true })).toEqual({ kind: 'feltBefore', felt: 'unwell', resume: true });
    expect(read({ kind: 'feltBefore', felt: 'sad' })).toBeUndefined();
    // "Did you finish the rest of it?" is asked only of a session's log.
    expect(read({ kind: 'confirmLog', log: { activity: 'strength', date: '2026-11-24', restAsked: true } })).toEqual({ kind: 'confirmLog', log: { activity: 'strength', date: '2026-11-24', restAsked: true } });
    expect(read({ kind: 'confirmLog', log: { activity: 'strength', date: '2026-11-24', exercise: 'deadlift', sets: 2, restAsked: true } })).toEqual({
      kind: 'confirmLog',
      log: { activity: 'strength', date: '2026-11-24', exercise: 'deadlift', sets: 2 },
    });
  });

  it('keeps what a reminder question carries, strictly: a part of the day, a move, a reading made for the user', () => {
    const read = (offer: unknown) => readSessionState({ offer }).offer;
    expect(read({ kind: 'reminderTime', repeat: 'daily', part: 'EV', moving: true })).toEqual({ kind: 'reminderTime', repeat: 'daily', part: 'EV', moving: true });
    expect(read({ kind: 'reminderTime', repeat: 'daily', part: 'LATE', moving: 'yes' })).toEqual({ kind: 'reminderTime', repeat: 'daily' });
    expect(read({ kind: 'setReminder', time: '18:00', repeat: 'weekdays', guessed: true })).toEqual({ kind: 'setReminder', time: '18:00', repeat: 'weekdays', guessed: true });
    expect(read({ kind: 'setReminder', time: '18:00', repeat: 'weekdays', part: 'EV', guessed: 1 })).toEqual({ kind: 'setReminder', time: '18:00', repeat: 'weekdays' });
    expect(read({ kind: 'setReminder', time: '25:00', repeat: 'weekdays' })).toBeUndefined();
    // Weekdays chosen come back as days alone (found in review: whatever came with them was carried on).
    expect(read({ kind: 'setReminder', time: '07:00', repeat: { days: [1, 3, 5], padding: 'x'.repeat(3000) } })).toEqual({ kind: 'setReminder', time: '07:00', repeat: { days: [1, 3, 5] } });
    expect(read({ kind: 'reminderTime', repeat: { days: [5, 1] } })).toBeUndefined();
    // A move read in the half of the day nearest the reminders, asked about; and the question after a no to it.
    expect(read({ kind: 'moveReminders', time: '20:00', repeat: 'weekdays' })).toEqual({ kind: 'moveReminders', time: '20:00', repeat: 'weekdays' });
    expect(read({ kind: 'moveReminders', time: '8 PM', repeat: 'weekdays' })).toBeUndefined();
    expect(read({ kind: 'moveReminders', time: '20:00' })).toBeUndefined();
    expect(read({ kind: 'reminderTime', repeat: 'daily', moving: true, declined: '20:00' })).toEqual({ kind: 'reminderTime', repeat: 'daily', moving: true, declined: '20:00' });
    expect(read({ kind: 'reminderTime', repeat: 'daily', moving: true, declined: 'late' })).toEqual({ kind: 'reminderTime', repeat: 'daily', moving: true });
    expect(read({ kind: 'reminderTime', repeat: 'daily', declined: '20:00' })).toEqual({ kind: 'reminderTime', repeat: 'daily' });
  });
});
