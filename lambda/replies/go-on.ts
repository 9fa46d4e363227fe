import { isWorkoutRunning, workoutOf } from '../conversation/mode';
import type { Offer } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import type { MessageKey } from '../i18n/translator';

/** How an answer ends: its question, the reprompt, and what a yes would do, if anything. */
export interface Closing {
  readonly question: string;
  readonly reprompt: string;
  readonly offer?: Offer;
}

/**
 * How the conversation goes on after an answer. In a running workout, every answer leads back to it ("say next to
 * carry on"), with no offer that would lead away; anywhere else (a how-to included: it may already be over), the
 * answer's own question, by default "what else?".
 */
export function goOn(turn: Turn, question: MessageKey = 'anythingElse'): Closing {
  const { t, mode } = turn;
  if (isWorkoutRunning(mode)) return { question: carryOn(turn), reprompt: carryOn(turn) };
  return { question: t.t(question), reprompt: t.t('anythingElse.reprompt') };
}

/** Back to the workout after an answer in the middle of it; paused for pain, it waits until that feels right. */
export function carryOn(turn: Turn): string {
  return turn.t.t(workoutOf(turn.mode)?.hurt ? 'workout.carryOn.hurt' : 'workout.carryOn');
}

/**
 * An answer's own question and offer ("Want today's workout?", "Which one would you like to learn about?"), unless a
 * workout is under way: a yes would lead away from it, so the answer leads back to it instead, offering nothing.
 */
export function askOrGoOn(turn: Turn, question: string, offer?: Offer, reprompt: string = question): Closing {
  return workoutOf(turn.mode) ? goOn(turn) : { question, reprompt, offer };
}
