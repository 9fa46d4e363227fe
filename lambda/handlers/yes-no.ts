import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise } from '../content/catalogue';
import { isIntent } from '../conversation/requests';
import type { Offer } from '../conversation/state';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { parseIsoDate } from '../domain/calendar';
import { speech } from '../speech/ssml';
import { deleteEverything, resetThisWeek } from './data-controls';
import { startHowTo } from './exercise-how-to';
import { resumeWorkout, startWorkout } from './guided-workout';
import { tellTips } from './tips';
import { tellWeeklyPlan } from './weekly-plan';
import { tellWorkoutFor } from './workout-for-day';

/** "Yes" does what the last question offered. */
async function accept(turn: Turn, offer: Offer | undefined): Promise<Response> {
  const { t } = turn;
  switch (offer?.kind) {
    case 'howTo': {
      const exercise = findExercise(turn.catalogue, offer.exerciseId);
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
    case 'tips':
      return tellTips(turn, offer.topic, offer.from);
    case 'plan':
      return tellWeeklyPlan(turn);
    case 'pickExercise':
      return turn.reply({ speech: speech(t.t('howTo.whichOne')), reprompt: speech(t.t('howTo.whichOne.reprompt')) });
    case 'confirmReset':
      return resetThisWeek(turn);
    case 'confirmDelete':
      return deleteEverything(turn);
    case 'resumeWorkout':
      return resumeWorkout(turn);
    case 'startWorkout':
      return startWorkout(turn);
  }
  return turn.reply({ speech: speech(t.t('nothingPending')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

export function yesHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      return accept(turn, turn.state.offer);
    },
  };
}

/** "No" to an offer or mid-steps keeps the conversation going; "no" to nothing in particular says goodbye. */
export function noHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const { offer, howTo, workout } = turn.state;
      // "Ready for round 3?" "No." Not yet: the place is kept, and next carries on when they are.
      if (!offer && (workout || howTo)) {
        const notYet = t.t(workout ? 'workout.notYet' : 'howTo.notYet');
        return turn.reply({ speech: speech(notYet), reprompt: speech(notYet), ...(howTo && { howTo }) });
      }
      if (!offer) return turn.reply({ speech: speech(t.t('noNothingPending')), end: true });
      // "Pick up where you left off?" "No." Then from the top.
      if (offer?.kind === 'resumeWorkout') return startWorkout(turn);
      const kept = offer?.kind === 'confirmReset' || offer?.kind === 'confirmDelete';
      return turn.reply({ speech: speech(t.t(kept ? 'keptIt' : 'noThanks'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
    },
  };
}
