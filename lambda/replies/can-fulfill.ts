import type { Response, canfulfill } from 'ask-sdk-model';
import { findExercise, findFaqByIntent, findTopic } from '../content/catalogue';
import { askedIntent, filledSlots, isCustomSlot, resolvedSlot, slotValue } from '../conversation/requests';
import type { Turn } from '../conversation/turn';

type Verdict = canfulfill.CanFulfillIntentValues;

/**
 * How the skill answers each of its intents when Alexa asks, before the user has named the skill, whether it could
 * (a name-free request: "Alexa, how do I do a superman?"). Every intent of the model is listed, so a new one is a
 * deliberate choice (tests/skill/can-fulfill.test.ts checks).
 *
 * - YES: answered from the catalogue alone, for anyone, at once.
 * - by slot: YES when its value is one the catalogue has (the superman), NO when it is not (burpees); with none said,
 *   MAYBE where the skill would ask which, NO where the request means nothing without one ("all the steps").
 * - MAYBE: the skill can do it, but it is about the user's own week, or a workout the user would begin; better when
 *   asked by name.
 * - NO: only makes sense inside the skill (a workout's "skip", settings, undo, removing a log, deleting data), a health
 *   worry (better left to Alexa than to a fitness skill the user did not ask for), or a built-in intent.
 */
export const NAME_FREE = {
  yes: ['WorkoutForDayIntent', 'WeeklyPlanIntent', 'ExerciseListIntent', 'CalorieBurnersIntent', 'HowItWorksIntent', 'DietTipsIntent', 'LifestyleTipsIntent', 'WhatToAvoidIntent'],
  bySlot: {
    ExerciseHowToIntent: { slots: ['exercise'], unsaid: 'MAYBE' },
    TopicIntent: { slots: ['topic', 'exercise', 'other'], unsaid: 'MAYBE' },
    AllStepsIntent: { slots: ['exercise'], unsaid: 'NO' },
  },
  maybe: ['StartWorkoutIntent', 'LogActivityIntent', 'LogYesterdayIntent', 'FinishedTodayIntent', 'WeeklyProgressIntent'],
  no: [
    // "Let's go", "start it": said without the skill's name, nothing says they are for a workout.
    'LetsGoIntent',
    'ResumeWorkoutIntent',
    'EndWorkoutIntent',
    'SkipExerciseIntent',
    'NextExerciseIntent',
    'CoolDownIntent',
    'StepNumberIntent',
    'WhatsNextIntent',
    'HowManyLeftIntent',
    'WorkoutLengthIntent',
    'HowToCurrentIntent',
    'HealthConcernIntent',
    'SetLevelIntent',
    'ChangeLevelIntent',
    'MyLevelIntent',
    'SetRestDayIntent',
    'MyRestDayIntent',
    'UndoIntent',
    'RemoveLogIntent',
    'ResetWeekIntent',
    'DeleteDataIntent',
    'PrivacyIntent',
    'ThanksIntent',
    'HedgedYesIntent',
    'PainGoneIntent',
    'UnsureIntent',
    // Reminders said without the skill's name are Alexa's own to set; how a workout felt means nothing outside one.
    'SetReminderIntent',
    'WeekdayReminderIntent',
    'DailyReminderIntent',
    'ListRemindersIntent',
    'MoveReminderIntent',
    'CancelRemindersIntent',
    'TooHardIntent',
    'TooEasyIntent',
  ],
} as const;

const BY_SLOT: Readonly<Record<string, { readonly slots: readonly string[]; readonly unsaid: Verdict }>> = NAME_FREE.bySlot;

/** Whether a slot's value is one the skill knows: any value of Alexa's built-in types; of its own, one the catalogue has. */
function understood(turn: Turn, name: string): boolean {
  if (!isCustomSlot(turn.input, name)) return true;
  const slot = resolvedSlot(turn.input, name);
  if (slot.status !== 'match') return false;
  if (name === 'exercise') return findExercise(turn.catalogue, slot.id) !== undefined;
  if (name === 'topic') return findTopic(turn.catalogue, slot.id) !== undefined;
  return true;
}

function verdictFor(turn: Turn, intent: string | undefined): Verdict {
  if (intent === undefined) return 'NO';
  if ((NAME_FREE.yes as readonly string[]).includes(intent) || findFaqByIntent(turn.catalogue, intent)) return 'YES';
  if (Object.hasOwn(BY_SLOT, intent)) {
    const { slots, unsaid } = BY_SLOT[intent]!;
    const said = slots.filter((name) => slotValue(turn.input, name) !== undefined);
    if (said.length === 0) return unsaid;
    return said.some((name) => understood(turn, name)) ? 'YES' : 'NO';
  }
  return (NAME_FREE.maybe as readonly string[]).includes(intent) ? 'MAYBE' : 'NO';
}

/**
 * The answer to a CanFulfillIntentRequest: the verdict, and for each slot said whether it was understood. It reads the
 * request and the catalogue only: no speech, no session, no store.
 */
export function answerCanFulfill(turn: Turn): Response {
  const intent = askedIntent(turn.input);
  const canFulfill = verdictFor(turn, intent);
  // Built as own entries, so a slot named like an Object.prototype field ("__proto__") stays a plain entry.
  const slots: Record<string, canfulfill.CanFulfillSlot> = Object.fromEntries(
    filledSlots(turn.input).map((name) => {
      const known = understood(turn, name);
      return [name, { canUnderstand: known ? 'YES' : 'NO', canFulfill: known && canFulfill !== 'NO' ? 'YES' : 'NO' }];
    }),
  );
  return turn.input.responseBuilder.withCanFulfillIntent({ canFulfill, ...(Object.keys(slots).length > 0 && { slots }) }).getResponse();
}
