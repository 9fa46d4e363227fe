import type { Response } from 'ask-sdk-model';
import { findExercise, findTeachable } from '../content/catalogue';
import { howToOf, workoutOf } from '../conversation/mode';
import { saidPainGone } from '../conversation/requests';
import type { Offer } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import { parseIsoDate } from '../domain/calendar';
import { parseClockTime } from '../domain/reminder-schedule';
import { speech } from '../speech/ssml';
import { startHowTo, tellAllSteps } from './how-to';
import { keepLevel, tellHarder } from './coach';
import { tellCalorieBurners, tellTips } from './knowledge';
import { tellWeeklyPlan, tellWorkoutFor } from './plan';
import { changeAfterYes, logAfterYes, sameAnswered, whichDayAsked } from './logging';
import { deleteEverything, resetThisWeek } from './progress';
import { removeAfterYes } from './remove-log';
import { acceptRemindersOffer, askReminderTime, cancelReminders, declineReminders, moveReminders, setReminders } from './reminders';
import { askWhichRestDay, setLevel } from './settings';
import { answerConcern, askIfStillHurts, forgetYesterdaysWorkout, goOnAfterPain, logWorkoutDone, moveInWorkout, notCleared, painGoneUnasked, feltToday, restAfterFelt, resumeWorkout, startAfterFelt, startCleared, startOrOfferResume, startWorkout, stopForPain } from './workout';
import { askAgain, goOn } from './go-on';
import { tellOutOfScope } from './session';
import { askWhatDone } from './logging';

/** "Yes" does what the last question offered. */
export async function accept(turn: Turn, offer: Offer): Promise<Response> {
  const { t } = turn;
  switch (offer.kind) {
    case 'howTo': {
      const exercise = findTeachable(turn.catalogue, offer.exerciseId);
      if (exercise) return startHowTo(turn, exercise);
      break;
    }
    case 'day': {
      const date = parseIsoDate(offer.date);
      if (date) return tellWorkoutFor(turn, { kind: 'day', date });
      break;
    }
    case 'today':
      return tellWorkoutFor(turn, { kind: 'day', date: await turn.today() });
    case 'restartWorkout':
      return moveInWorkout(turn, 'restart');
    case 'tips':
      return tellTips(turn, offer.list, offer.from);
    case 'allSteps': {
      const exercise = findTeachable(turn.catalogue, offer.exerciseId);
      if (exercise) return tellAllSteps(turn, exercise, offer.from);
      break;
    }
    case 'burners':
      return tellCalorieBurners(turn);
    case 'plan':
      return tellWeeklyPlan(turn);
    case 'pickExercise':
      return turn.reply({ speech: speech(t.t('howTo.whichOne')), reprompt: speech(t.t('howTo.whichOne.reprompt')) });
    case 'restDay':
      return askWhichRestDay(turn);
    case 'confirmReset':
      return resetThisWeek(turn);
    case 'confirmDelete':
      return deleteEverything(turn);
    case 'resumeWorkout':
    case 'pickUp':
      return resumeWorkout(turn);
    case 'startWorkout':
      // A workout stopped earlier today is offered first, never replaced without a word.
      return startOrOfferResume(turn, offer.instead, offer.again === true);
    case 'cleared':
      return startCleared(turn, offer);
    case 'logWorkout':
      return logWorkoutDone(turn, offer);
    case 'confirmLog':
      // "Yes" to "which day was that?" says no day: asked again.
      if (offer.log.dayAsked) return turn.reply({ speech: speech(whichDayAsked(turn, offer.log)), reprompt: speech(whichDayAsked(turn, offer.log)), offer });
      if (offer.log.sameAsked) return sameAnswered(turn, offer.log, true);
      return offer.log.changeAsked ? changeAfterYes(turn, offer.log) : logAfterYes(turn, offer.log);
    case 'removeLog':
      return removeAfterYes(turn, offer);
    case 'remindMe':
      return acceptRemindersOffer(turn);
    case 'reminderTime':
      return askReminderTime(turn, offer.repeat, { carried: offer.part, moving: offer.moving === true, ...(offer.declined !== undefined && { declined: offer.declined }) });
    case 'setReminder': {
      const time = parseClockTime(offer.time);
      if (time) return setReminders(turn, { time, repeat: offer.repeat });
      break;
    }
    case 'moveReminders':
      return moveReminders(turn, offer.time, { asSaid: true });
    case 'cancelReminders':
      return cancelReminders(turn, true);
    case 'level':
      return setLevel(turn, offer.level);
    case 'harder':
      return tellHarder(turn);
    case 'whatDone':
      return askWhatDone(turn);
    case 'stillHurts':
      return stopForPain(turn);
    case 'feltBefore':
      return restAfterFelt(turn, offer.felt);
  }
  return nothingPending(turn);
}

/**
 * Pain scored out of ten ("it hurts like a 3 out of 10"): to "does it still hurt?", a yes, as it does (zero, a no); anywhere
 * else, the pain answer, and mid-workout a pause (found by a helper trying the console: "That's not something I can help with",
 * and "not too bad, maybe a 3 out of 10" asked which level).
 */
export function answerPainScore(turn: Turn, score: number): Promise<Response> | Response {
  const { offer } = turn;
  const asked = offer?.kind === 'stillHurts' || offer?.kind === 'feltBefore' ? offer : undefined;
  // "Zero out of ten", to "does it still hurt?": a no (found in review: it asked which level, and the question was lost).
  if (score === 0) return asked ? decline(turn) : answerConcern(turn, undefined);
  return asked ? accept(turn, asked) : answerConcern(turn, undefined);
}

/**
 * A hedge that leans to a yes ("a little", "kinda", "I think so") to a question. To "does it still hurt?" it is a yes: it does.
 * To anything else, the question again, for a clear answer: never a doctor's okay, a deletion, or anything else taken on
 * a maybe (found in review: "kinda" to "has your doctor said this kind of exercise is okay for you?" started the
 * workout). With no question, in a workout or a how-to, it moves on as a yes does (see saidNext).
 */
export async function hedged(turn: Turn): Promise<Response> {
  const { offer, t } = turn;
  if (!offer) return nothingPending(turn);
  if (offer.kind === 'stillHurts' || offer.kind === 'feltBefore') return accept(turn, offer);
  // A question that is no yes-or-no ("what time?", "which exercise?"): as any answer not understood (found in review).
  if (NOT_YES_OR_NO.has(offer.kind)) return tellOutOfScope(turn);
  // "I guess", to "Want to start now?" or "Want the other 2?": a yes, as anyone would take it (found by a helper trying
  // the console as a tired parent: "I need a clear yes or no for that one"). What a yes cannot take back, or a doctor's
  // okay, still waits for a clear one.
  // A start, only with no pain or feeling unwell told today: "it doesn't hurt as much", heard as a hedge, is no yes to
  // training (found in review: the workout started). A log waits for a clear yes: "a little", to "were those steps
  // extra?", is no answer (found in review: they were logged as extra).
  if (HEDGE_IS_YES.has(offer.kind) || (HEDGE_STARTS.has(offer.kind) && !(await feltToday(turn)))) return accept(turn, offer);
  return askAgain(turn, t.t('hedged.clearAnswer')) ?? tellOutOfScope(turn);
}
/** Offers a hedged yes accepts: something to hear. */
const HEDGE_IS_YES: ReadonlySet<Offer['kind']> = new Set(['howTo', 'day', 'tips', 'burners', 'allSteps', 'plan', 'today']);
/** Offers to start or pick up a workout, which a hedge accepts when nothing was felt today. */
const HEDGE_STARTS: ReadonlySet<Offer['kind']> = new Set(['resumeWorkout', 'pickUp', 'startWorkout']);
const NOT_YES_OR_NO: ReadonlySet<Offer['kind']> = new Set(['reminderTime', 'pickExercise', 'whatDone', 'restDay']);

/**
 * "Not sure", "I don't know", "maybe": to "has your doctor said this kind of exercise is okay for you?", no okay; to "does
 * it still hurt?" or "is it still bothering you?", it may (the safe side); to any other yes-or-no question, the question
 * again; otherwise, as anything not understood (found by helpers trying the console: each reached the fallback, and
 * the doctor's question was asked again as if nothing had been said).
 */
export function unsure(turn: Turn): Promise<Response> | Response {
  const { offer, t } = turn;
  if (offer?.kind === 'cleared') return notCleared(turn);
  if (offer?.kind === 'stillHurts' || offer?.kind === 'feltBefore') return accept(turn, offer);
  // Paused for pain, with nothing asked: whether it still hurts (found in review: "not something I can help with").
  const paused = howToOf(turn.mode) ? undefined : workoutOf(turn.mode);
  if (!offer && paused?.hurt) return askIfStillHurts(turn, paused);
  if (!offer || NOT_YES_OR_NO.has(offer.kind)) return tellOutOfScope(turn);
  return askAgain(turn, t.t('unsure.noRush')) ?? tellOutOfScope(turn);
}

/** "Yes" or "sure" to no question of ours. */
export function nothingPending(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('nothingPending')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

/** "No" to an offer or mid-steps keeps the conversation going; "no" to nothing in particular says goodbye. */
export async function decline(turn: Turn): Promise<Response> {
  const { t, offer, mode } = turn;
  if (!offer) {
    // "Your workout is paused… say resume only when it feels right." "No, it's fine now", or "not now": a no cannot
    // tell which, so it asks at once whether it still hurts (found by a helper trying the console: "say next when
    // you're ready", and only next asked it). In a how-to under the pause, the no is the how-to's.
    const paused = howToOf(mode) ? undefined : workoutOf(mode);
    // "It doesn't hurt anymore" says which: the workout goes on, as a no to that question does.
    if (paused?.hurt && saidPainGone(turn.input)) return goOnAfterPain(turn, false);
    if (paused?.hurt) return askIfStillHurts(turn, paused);
    // "Ready for round 3?" "No." Not yet: the place is kept, and next carries on when they are.
    if (howToOf(mode) || workoutOf(mode)) {
      const notYet = t.t(howToOf(mode) ? 'howTo.notYet' : 'workout.notYet');
      return turn.reply({ speech: speech(notYet), reprompt: speech(notYet) });
    }
    // "It's alright now", with pain or feeling unwell told today and nothing asked: glad, and the workout offered (found by a
    // helper trying the console as an older British user: goodbye, the session closed).
    if (saidPainGone(turn.input)) {
      const gone = await painGoneUnasked(turn);
      if (gone) return gone;
    }
    return turn.reply({ speech: speech(t.t('noNothingPending')), end: true });
  }
  // "Were those 5,000 steps extra?" "No, that's my whole day." Nothing is logged, and the answer says what to tell.
  if (offer.kind === 'confirmLog' && offer.log.stepsAsked) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('log.steps.notExtra'), question), reprompt: speech(reprompt) });
  }
  // "You'd already logged a HIIT session for Tuesday. Was this the same one?" "No": moved there, another one.
  if (offer.kind === 'confirmLog' && offer.log.sameAsked) return sameAnswered(turn, offer.log, false);
  // "Change the one you just logged to 15 minutes? If this was another one, say no." "No": another one, logged.
  if (offer.kind === 'confirmLog' && offer.log.changeAsked) {
    const { changeAsked: _, ...another } = offer.log;
    return logAfterYes(turn, another);
  }
  // "Did you do the superman?" "No." Then it was how to do it that was asked: taught (found by a helper trying the console).
  if (offer.kind === 'confirmLog' && offer.log.teach !== undefined) {
    const exercise = findTeachable(turn.catalogue, offer.log.teach) ?? findExercise(turn.catalogue, offer.log.teach);
    if (exercise) return startHowTo(turn, exercise);
  }
  // "Did you finish the rest of it?" "No." The part logged stays as it is.
  if (offer.kind === 'confirmLog' && offer.log.restAsked) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('log.rest.notDone'), question), reprompt: speech(reprompt) });
  }
  // "Want me to log yesterday's workout?" "No." Then it is forgotten, not offered again.
  if (offer.kind === 'logWorkout' && offer.stale) await forgetYesterdaysWorkout(turn, offer.date);
  // "Does it still hurt?" "No." Then the workout goes on.
  if (offer.kind === 'stillHurts') return goOnAfterPain(turn, offer.back === true);
  // Asked before a workout starts: "no, it's fine now" starts it.
  if (offer.kind === 'feltBefore') return startAfterFelt(turn, offer);
  // "Pick up where you left off?" "No." Then from the top.
  if (offer.kind === 'resumeWorkout') return startWorkout(turn, undefined, offer.instead, offer.insteadDay);
  if (offer.kind === 'cleared') return notCleared(turn);
  if (offer.kind === 'remindMe' || offer.kind === 'reminderTime' || offer.kind === 'setReminder' || offer.kind === 'moveReminders' || offer.kind === 'cancelReminders') return declineReminders(turn);
  if (offer.kind === 'level' || offer.kind === 'harder') return keepLevel(turn);
  const kept = offer.kind === 'confirmReset' || offer.kind === 'confirmDelete';
  const keptLog = offer.kind === 'removeLog';
  // "Want the other 2?" "No." Mid-workout, back to it. "Want the rest of the steps?" "No": the how-to ends there.
  const { question, reprompt } = goOn(turn);
  const ends = offer.kind === 'allSteps' && turn.mode.kind === 'howTo';
  return turn.reply({ speech: speech(t.t(keptLog ? 'remove.kept' : kept ? 'keptIt' : 'noThanks'), question), reprompt: speech(reprompt), ...(ends && { mode: { kind: 'idle' } }) });
}
