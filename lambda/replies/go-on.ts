import { isWorkoutRunning, workoutOf } from '../conversation/mode';
import { type Caution, type Offer, pendingCaution } from '../conversation/state';
import { SESSIONS } from '../content/sessions';
import type { DayKind } from '../content/types';
import type { Turn } from '../conversation/turn';
import type { Response } from 'ask-sdk-model';
import type { MessageKey } from '../i18n/translator';
import { Speech, speech } from '../speech/ssml';

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

/**
 * Back to the workout after an answer in the middle of it; paused for pain, it waits until that feels right; waiting
 * for a doctor's okay, it asks for it (and a yes answers it: see carry.ts), never "say next to carry on" (found in
 * review).
 */
export function carryOn(turn: Turn): string {
  if (workoutOf(turn.mode)?.hurt) return turn.t.t('workout.carryOn.hurt');
  return turn.t.t(cautionFor(turn) ? 'workout.carryOn.cleared' : 'workout.carryOn');
}

/** A caution waiting for a doctor's okay before a workout of this kind, or (none given) the one under way. */
export function cautionFor(turn: Turn, kind?: DayKind): Exclude<Caution, 'cleared'> | undefined {
  const running = workoutOf(turn.mode);
  return pendingCaution(turn.caution, kind ?? (running && SESSIONS[running.sessionId].kind));
}

/**
 * A move asked about or taught after a condition, a pregnancy or an injury was told, with no doctor's okay since: to ask
 * them first (found by a helper trying the console: after "I'm pregnant", "what about the superman" heard only what
 * the move is good for).
 */
export function checkFirstNote(turn: Turn): string | undefined {
  const caution = cautionFor(turn);
  if (!caution) return undefined;
  const { t } = turn;
  return caution === 'earlier' ? t.t('exercise.checkFirst.earlier') : t.t('exercise.checkFirst', { what: t.t(`workout.caution.${caution}`) });
}

/**
 * An answer's own question and offer ("Want today's workout?", "Which one would you like to learn about?"), unless a
 * workout is under way: a yes would lead away from it, so the answer leads back to it instead, offering nothing.
 */
export function askOrGoOn(turn: Turn, question: string, offer?: Offer, reprompt: string = question): Closing {
  return workoutOf(turn.mode) ? goOn(turn) : { question, reprompt, offer };
}

/** Offers that ask for something open, not a yes or a no. */
const OPEN_OFFERS = new Set(['pickExercise', 'whatDone', 'restDay']);

/**
 * The yes-or-no question still pending, asked again after `lead` ("Sorry, I didn't get that."), and still standing;
 * undefined when none is (or the one pending is open: "which exercise?"). A reprompt that only says what to say ("Say
 * yes to log it, or no to keep your place") still ends on a question.
 */
export function askAgain(turn: Turn, lead: string): Response | undefined {
  const question = turn.offer && !OPEN_OFFERS.has(turn.offer.kind) ? turn.state.last?.reprompt : undefined;
  if (!question) return undefined;
  const again = speech(lead).append(Speech.replay(question));
  if (!question.includes('?')) again.say(turn.t.t('fallback.pendingChoice'));
  return turn.reply({ speech: again, reprompt: Speech.replay(question), keepPending: true });
}
