import { describe, expect, it } from 'vitest';
import { fatFromHereAsked, healthReport, namedInside, saysPain } from '../../lambda/content/named';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { LOCALES } from '../../lambda/locales';
import { committedMatcher } from '../support/committed-model';

/**
 * Names of what is wrong that take too much are as harmful as names missing: a warning sign ends the day's training,
 * and a pregnancy keeps every workout waiting for a doctor's okay. Found in review (December 3): "main delivery boy
 * hoon" was a birth, "शुगर कम करनी है क्या" (a diet question) and "kamzori door karne ke liye kya khayen" emergencies.
 */
// Found by a helper trying the console (December 5): Hinglish is typed more than one way, and a strain spelled "me"
// rather than "mein" was heard as tightness, the workout going on.
describe('names of what is wrong, however Hinglish spells them', () => {
  const hindi = LOCALES['hi-IN'].catalogue;
  it.each([
    ['kamar mai khinchav aa gaya', 'lower-back-pain'],
    ['kamar men dard hai', 'lower-back-pain'],
    ['nas khinch gyi', 'pulled-muscle'],
  ] as const)('"%s" is %s', (said, concern) => {
    expect(namedInside(hindi, said)?.id).toBe(concern);
  });
});

describe('names of what is wrong take no more than they say', () => {
  const hindi = LOCALES['hi-IN'].catalogue;
  const english = LOCALES['en-US'].catalogue;

  it.each([
    ['hi-IN', 'main delivery boy hoon', 'postpartum'],
    ['hi-IN', 'शुगर कम करनी है क्या', 'warning-signs'],
    ['hi-IN', 'chai mein sugar kam kar doon', 'warning-signs'],
    ['hi-IN', 'kamzori door karne ke liye kya khayen', 'warning-signs'],
    ['en-US', 'do I need someone spotting me', 'warning-signs'],
    ['en-US', 'I have a really weak core', 'unwell'],
    ['en-US', 'my legs are shaking in the plank is that normal', 'unwell'],
  ] as const)('%s "%s" is not %s', (locale, said, concern) => {
    const catalogue = locale === 'hi-IN' ? hindi : english;
    // Inside a question (an open topic slot) for every name; heard as a report too for the Hindi ones, which were
    // whole-phrase names. An English word heard as the report itself ("I'm {concern}": "shaking") is one.
    expect(namedInside(catalogue, said)?.id).not.toBe(concern);
    if (locale === 'hi-IN') expect(healthReport(catalogue, said, undefined)?.concern).not.toBe(concern);
  });

  // Found in review: the carriers "I'm" and "I feel" leave the slot only what follows, so "i'm shaking" as a name was
  // never heard, and "I'm shaking" mid-workout was a topic no one knows.
  it.each([
    ["I'm shaking", 'shaky'],
    ['I feel really weak', 'unwell'],
    ["I'm spotting", 'warning-signs'],
    ["I'm bleeding", 'warning-signs'],
  ] as const)('en-US "%s" is heard as %s', (said, concern) => {
    const [match] = committedMatcher('en-US').literal(said);
    expect(match?.intent).toBe('HealthConcernIntent');
    const slot = match?.slots.concern;
    const id = slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id;
    expect(id ?? healthReport(english, slot?.value, undefined)?.concern).toBe(concern);
  });
});

// Found by helpers trying the console (December 6): "is this actually burning my back fat" was a pain report, and "can I
// reduce only back fat by doing exercises" was not understood.
describe('fat asked to come off one place', () => {
  it('is spot reduction with a place and the moves, how it works asked of the workout alone, and never pain', () => {
    expect(fatFromHereAsked('reduce only back fat by doing exercises')).toBe('spot');
    expect(fatFromHereAsked('is this actually burning my back fat')).toBe('spot');
    expect(fatFromHereAsked('will these exercises get rid of my back fat')).toBe('spot');
    expect(fatFromHereAsked('does this even burn fat')).toBe('whole');
    // Found in a second review: "it" said of the move under way, and food left out for the moves.
    expect(fatFromHereAsked('does it burn back fat', true)).toBe('spot');
    // "It" only mid-workout (found in a third review: "is it possible to lose lower back fat" was answered "No").
    expect(fatFromHereAsked('is it possible to lose lower back fat')).toBeUndefined();
    expect(fatFromHereAsked('does it burn back fat')).toBeUndefined();
    expect(fatFromHereAsked('can I lose back fat without dieting just by doing these exercises')).toBe('spot');
    // Found in review: what is eaten, training left out, and "it" are no question of moves for one place.
    for (const said of ['how do I lose back fat', 'is walking good for back fat', 'my back fat hurts', 'burning pain in my back', undefined,
      'does it matter what I eat to lose belly fat', 'can I lose back fat with diet alone without any workouts']) {
      expect(fatFromHereAsked(said), String(said)).toBeUndefined();
    }
    expect(healthReport(EN_US_CATALOGUE, 'actually burning my back fat', undefined)).toBeUndefined();
    expect(saysPain('is this burning fat')).toBe(false);
    expect(healthReport(EN_US_CATALOGUE, 'a burning feeling in my chest', undefined)?.concern).toBe('chest-pain');
    // Fat burners are pills, a concern of their own (found by the evaluation: one fewer safe answer heard for them).
    expect(healthReport(EN_US_CATALOGUE, 'should I take a fat burner before my run', undefined)?.concern).toBe('fat-burners');
  });
});
