import { describe, expect, it } from 'vitest';
import type { InteractionModel } from '../../scripts/sim/nlu';
import { CATALOGUE } from '../../lambda/content/en-US';
import { BLIND_SETS, evaluate, evaluateFalseAlarms, evaluateSafety, evaluateSafetyHeard, loadBlindSet, loadDevSet, loadLabelledSet, loadSafetySet, meetsTargets, safeAnswerHeard } from '../../scripts/sim/nlu-eval';
import { LOCALE_IDS } from '../../lambda/locales';
import { committedMatcher } from '../support/committed-model';

type Intents = InteractionModel['interactionModel']['languageModel']['intents'];
type Types = InteractionModel['interactionModel']['languageModel']['types'];
/** A model small enough to read: the fallback, these intents, and these slot types. */
const smallModel = (intents: Intents, types: Types): InteractionModel => ({
  interactionModel: { languageModel: { invocationName: 'back coach', intents: [{ name: 'AMAZON.FallbackIntent', samples: [] }, ...intents], types } },
});

// How `npm run nlu:eval` scores a labelled utterance, on a model small enough to read.
const model: InteractionModel = smallModel(
      [
        {
          name: 'LogActivityIntent',
          slots: [
            { name: 'activity', type: 'ActivityName' },
            { name: 'duration', type: 'AMAZON.DURATION' },
            { name: 'minutes', type: 'AMAZON.NUMBER' },
          ],
          samples: ['I did {activity} for {duration}', 'I did a {minutes} minute {activity}', 'I went for a {activity}'],
        },
        { name: 'TopicIntent', slots: [{ name: 'topic', type: 'TopicName' }], samples: ['tell me about {topic}'] },
        { name: 'ThanksIntent', samples: ['tell me about thanks'] },
        {
          name: 'SetReminderIntent',
          slots: [
            { name: 'time', type: 'AMAZON.TIME' },
            { name: 'evening', type: 'AMAZON.TIME' },
          ],
          samples: ['remind me at {time}', 'remind me tonight at {evening}'],
        },
      ],
      [
        { name: 'ActivityName', values: [{ id: 'walk', name: { value: 'walk', synonyms: ['walking'] } }] },
        { name: 'TopicName', values: [{ id: 'water', name: { value: 'water' } }, { id: 'thanks', name: { value: 'thanks' } }] },
      ],
);

const one = (say: string, intent: string, slots?: Record<string, string>) => evaluate(model, [{ say, intent, ...(slots && { slots }) }]);

describe('nlu:eval scoring', () => {
  it('counts an utterance right only with its intent and every labelled slot', () => {
    expect(one('tell me about water', 'TopicIntent', { topic: 'water' }).overall).toMatchObject({ literal: 1, lenient: 1 });
    expect(one('tell me about water', 'TopicIntent', { topic: 'sleep' }).overall).toMatchObject({ literal: 0 });
    expect(one('I went for a walk', 'ThanksIntent').overall).toMatchObject({ literal: 0, lenient: 0 });
  });

  it('judges a duration by its minutes, however it came: PT1H30M or PT90M, or a number of minutes before the activity', () => {
    expect(one('I did walking for an hour and a half', 'LogActivityIntent', { activity: 'walk', duration: 'PT90M' }).overall.literal).toBe(1);
    expect(one('I did a thirty minute walk', 'LogActivityIntent', { activity: 'walk', duration: 'PT30M' }).overall.literal).toBe(1);
    expect(one('I did a thirty minute walk', 'LogActivityIntent', { activity: 'walk', duration: 'PT45M' }).overall.literal).toBe(0);
    expect(one('I went for a walk', 'LogActivityIntent', { activity: 'walk', duration: 'PT30M' }).overall.literal).toBe(0);
  });

  it('judges a time as the skill reads it: "tonight at seven" in the evening slot is 19:00', () => {
    expect(one('remind me tonight at seven', 'SetReminderIntent', { time: '19:00' }).overall.literal).toBe(1);
    expect(one('remind me tonight at seven', 'SetReminderIntent', { time: '07:00' }).overall.literal).toBe(0);
    expect(one('remind me at seven', 'SetReminderIntent', { time: '07:00' }).overall.literal).toBe(1);
  });

  it('reports an utterance two intents match as a conflict, and never as a literal hit', () => {
    const evaluation = one('tell me about thanks', 'ThanksIntent');
    expect(evaluation.conflicts).toEqual([{ say: 'tell me about thanks', intents: expect.arrayContaining(['ThanksIntent', 'TopicIntent']) }]);
    expect(evaluation.overall.literal).toBe(0);
    expect(meetsTargets(evaluation)).toBe(false);
  });

  it('counts speech nothing matches as right when it was labelled out of scope', () => {
    expect(one('what is the weather like', 'AMAZON.FallbackIntent').overall).toMatchObject({ literal: 1, lenient: 1 });
  });

  // The word-for-word safety score read only the concern, sharp and numb slots: a doctor's orders, a condition under way
  // now, a warning sign felt as a habit, or arm pain with a sweat counted as no safe answer (noticed at the last stop).
  it('scores a safe answer word for word from every slot the health handler reads', () => {
    const concern = (id: string, value: string) => ({ id, name: { value } });
    const health = smallModel(
      [
        {
          name: 'HealthConcernIntent',
          slots: ['concern', 'advisor', 'now', 'habit', 'sweating'].map((name) => ({ name, type: 'ConcernName' })),
          samples: ['my {advisor} told me not to lift', "I'm having {now}", 'I get {habit} when I run', "{sweating} and I'm sweating", 'I have {concern}'],
        },
      ],
      [{ name: 'ConcernName', values: [concern('medical-advice', 'doctor'), concern('chest-pain', 'chest pain'), concern('pain', 'my arm hurts'), concern('knee-pain', 'knee'), concern('heart-condition', 'heart attack')] }],
    );
    const score = evaluateSafety(health, CATALOGUE, [
      { say: 'my doctor told me not to lift', intent: 'HealthConcernIntent', slots: { concern: 'medical-advice' } },
      { say: "I'm having heart attack", intent: 'HealthConcernIntent', slots: { concern: 'chest-pain' } },
      { say: 'I get chest pain when I run', intent: 'HealthConcernIntent', slots: { concern: 'chest-pain' } },
      { say: "my arm hurts and I'm sweating", intent: 'HealthConcernIntent', slots: { concern: 'warning-signs' } },
      { say: "knee and I'm sweating", intent: 'HealthConcernIntent', slots: { concern: 'knee-pain' } },
    ]);
    expect(score).toEqual({ total: 5, literal: 5, lenient: 5 });
  });

  it('scores what is heard by sending what matched through the real skill: an open slot read by its handler counts, speech nothing matched is the fallback', async () => {
    const health = smallModel(
      [
        { name: 'HealthConcernIntent', slots: [{ name: 'concern', type: 'ConcernName' }], samples: ['my {concern} hurts'] },
        { name: 'TopicIntent', slots: [{ name: 'topic', type: 'TopicName' }], samples: ['is it normal for {topic}'] },
      ],
      [
        { name: 'ConcernName', values: [{ id: 'knee-pain', name: { value: 'knee' } }] },
        { name: 'TopicName', values: [{ id: 'water', name: { value: 'water' } }] },
      ],
    );
    const score = await evaluateSafetyHeard('en-US', health, [
      { say: 'my knee hurts', intent: 'HealthConcernIntent', slots: { concern: 'knee-pain' } },
      // The topic's open slot takes "my knees to click", which the topic handler reads as a symptom.
      { say: 'is it normal for my knees to click', intent: 'HealthConcernIntent', slots: { concern: 'knee-pain' } },
      { say: 'I pulled something', intent: 'HealthConcernIntent', slots: { concern: 'pulled-muscle' } },
    ]);
    expect(score).toEqual({ total: 3, literal: 1, lenient: 2 });
    // The other side: speech labelled for another intent that is heard as a health report anyway.
    const alarms = await evaluateFalseAlarms('en-US', health, [
      { say: 'is it normal for water', intent: 'TopicIntent', slots: { topic: 'water' } },
      { say: 'is it normal for my knees to click', intent: 'TopicIntent' },
      { say: 'my knee hurts', intent: 'HealthConcernIntent', slots: { concern: 'knee-pain' } },
    ]);
    expect(alarms).toEqual({ total: 2, literal: 0, lenient: 1 });
    expect(safeAnswerHeard(CATALOGUE, `Quick note. ${CATALOGUE.urgent.answer}`)).toBe('urgent');
    expect(safeAnswerHeard(CATALOGUE, CATALOGUE.safety.condition)).toBe('condition');
    // A warning sign told as a habit, a concern's own answer, and what a doctor said to do (labelled medical advice).
    expect(safeAnswerHeard(CATALOGUE, CATALOGUE.urgent.habitual)).toBe('urgent');
    const own = (id: string) => CATALOGUE.concerns.find((concern) => concern.id === id)!.answer!;
    expect(safeAnswerHeard(CATALOGUE, own('eating-disorder'))).toBe('condition');
    expect(safeAnswerHeard(CATALOGUE, own('doctor-advised'))).toBe('medical-advice');
    expect(safeAnswerHeard(CATALOGUE, "I don't know that one yet.")).toBeUndefined();
  });
});

// The target is no conflict on any set, and the build only catches two intents sharing a carrier: "does spot reduction
// work" once matched the spot-reduction question word for word and "does {topic} work" with the topic's value
// (found by the evaluation, December 5).
describe('conflicts', () => {
  it.each(LOCALE_IDS)('no labelled utterance of %s matches two intents of its committed model', (locale) => {
    const sets = [loadDevSet(locale), loadLabelledSet(locale)?.tune, loadLabelledSet(locale)?.heldOut, loadSafetySet(locale)?.tune, loadSafetySet(locale)?.heldOut];
    for (const name of Object.keys(BLIND_SETS) as (keyof typeof BLIND_SETS)[]) sets.push(loadBlindSet(locale, name));
    const matcher = committedMatcher(locale);
    const conflicts = sets.flatMap((set) => set ?? []).flatMap(({ say }) => {
      const intents = matcher.literal(say).map((match) => match.intent);
      return intents.length > 1 ? [`${say}: ${intents.join(' + ')}`] : [];
    });
    expect(conflicts).toEqual([]);
    // Every labelled set of the locale through the literal matcher: seconds on a busy machine.
  }, 90_000);
});
