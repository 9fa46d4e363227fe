import { readFileSync } from 'node:fs';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_IDS } from '../../lambda/locales';
import { NAME_FREE } from '../../lambda/replies/can-fulfill';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { modelPath } from '../../scripts/model/build';
import { type SlotInput, canFulfillIntentRequest, newSessionId } from '../../scripts/sim/envelope';
import { type Harness, resolvedSlot, startHarness, unmatchedSlot } from '../support/skill-harness';

/** A store that fails the test if the skill so much as warms it: a name-free check must not reach it. */
const untouchable = new Proxy({} as ProgressStore, {
  get(_, method) {
    return () => {
      throw new Error(`the store was called: ${String(method)}`);
    };
  },
});

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ dependencies: { store: untouchable } });
});
afterAll(() => harness.close());

async function ask(intent: string, slots: Readonly<Record<string, SlotInput>> = {}, locale = 'en-US'): Promise<ResponseEnvelope> {
  const device = harness.device({ locale });
  return harness.handler(canFulfillIntentRequest({ ...device, sessionId: newSessionId(), newSession: true }, intent, slots));
}

const exercise = (id: string) => ({ exercise: resolvedSlot('exercise', 'ExerciseName', id) });
const topic = (id: string) => ({ topic: resolvedSlot('topic', 'TopicName', id) });

describe('CanFulfillIntentRequest', () => {
  it('says YES to a how-to for an exercise the skill teaches, and understands the slot', async () => {
    const { response } = await ask('ExerciseHowToIntent', exercise('superman'));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { exercise: { canUnderstand: 'YES', canFulfill: 'YES' } } });
  });

  it('says NO to a how-to for an exercise it does not know', async () => {
    const { response } = await ask('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'burpees') });
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'NO', slots: { exercise: { canUnderstand: 'NO', canFulfill: 'NO' } } });
  });

  it('says MAYBE to a how-to with no exercise named: it would ask which', async () => {
    expect((await ask('ExerciseHowToIntent')).response.canFulfillIntent).toEqual({ canFulfill: 'MAYBE' });
  });

  it('says YES to all the steps of a known exercise, NO to all the steps of nothing named', async () => {
    expect((await ask('AllStepsIntent', exercise('deadlift'))).response.canFulfillIntent?.canFulfill).toBe('YES');
    expect((await ask('AllStepsIntent')).response.canFulfillIntent).toEqual({ canFulfill: 'NO' });
  });

  it('says YES to a topic or an exercise asked about, NO to one it has nothing on', async () => {
    expect((await ask('TopicIntent', topic('protein'))).response.canFulfillIntent?.canFulfill).toBe('YES');
    expect((await ask('TopicIntent', exercise('cardio'))).response.canFulfillIntent?.canFulfill).toBe('YES');
    expect((await ask('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'keto') })).response.canFulfillIntent?.canFulfill).toBe('NO');
  });

  it('says YES to every FAQ, the tips, the plan and how it works', async () => {
    const intents = [...LOCALES['en-US'].catalogue.faqs.map((faq) => faq.intent), ...NAME_FREE.yes];
    for (const intent of intents) expect((await ask(intent)).response.canFulfillIntent, intent).toEqual({ canFulfill: 'YES' });
  });

  it("understands Alexa's built-in slots: today's workout for Friday", async () => {
    const { response } = await ask('WorkoutForDayIntent', { date: '2026-11-27' });
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { date: { canUnderstand: 'YES', canFulfill: 'YES' } } });
  });

  it("says MAYBE to the user's own week and workout, NO to what only makes sense inside the skill", async () => {
    expect((await ask('WeeklyProgressIntent')).response.canFulfillIntent?.canFulfill).toBe('MAYBE');
    expect((await ask('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio') })).response.canFulfillIntent?.canFulfill).toBe('MAYBE');
    for (const intent of ['SkipExerciseIntent', 'DeleteDataIntent', 'HealthConcernIntent', 'AMAZON.StopIntent', 'AMAZON.YesIntent', 'NoSuchIntent']) {
      expect((await ask(intent)).response.canFulfillIntent?.canFulfill, intent).toBe('NO');
    }
  });

  it('says nothing, keeps nothing, and never reaches the store', async () => {
    const envelope = await ask('ExerciseHowToIntent', exercise('superman'));
    expect(envelope.response.outputSpeech).toBeUndefined();
    expect(envelope.response.reprompt).toBeUndefined();
    expect(envelope.response.directives).toBeUndefined();
    expect(harness.logs.filter((line) => line.includes('"error"'))).toEqual([]);
  });

  it.each(LOCALE_IDS)('answers in %s from that locale’s catalogue', async (locale) => {
    expect((await ask('ExerciseHowToIntent', exercise('glute-bridge'), locale)).response.canFulfillIntent?.canFulfill).toBe('YES');
  });

  it.each(LOCALE_IDS)('has a deliberate answer for every intent of the %s model', (locale) => {
    const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as { interactionModel: { languageModel: { intents: { name: string }[] } } };
    const decided = new Set<string>([
      ...NAME_FREE.yes,
      ...Object.keys(NAME_FREE.bySlot),
      ...NAME_FREE.maybe,
      ...NAME_FREE.no,
      ...LOCALES[locale].catalogue.faqs.map((faq) => faq.intent),
    ]);
    const custom = model.interactionModel.languageModel.intents.map((intent) => intent.name).filter((name) => !name.startsWith('AMAZON.'));
    expect(custom.filter((name) => !decided.has(name))).toEqual([]);
  });
});
