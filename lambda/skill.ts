import { DefaultApiClient, type RequestHandler, type Skill, SkillBuilders } from 'ask-sdk-core';
import { afterReply, keepOwnSessionAttributes, turnInterceptor } from './conversation/turn';
import type { SkillDependencies } from './dependencies';
import * as canFulfill from './handlers/can-fulfill';
import * as coach from './handlers/coach';
import { errorHandler } from './handlers/error';
import * as howTo from './handlers/how-to';
import * as knowledge from './handlers/knowledge';
import * as offers from './handlers/offers';
import * as progress from './handlers/progress';
import * as reminders from './handlers/reminders';
import * as session from './handlers/session';
import * as workout from './handlers/workout';

/**
 * Handlers in the order they are asked. What is under way and what was just asked decide first (a paged list, a
 * pending yes/no, a safety worry, the workout, the how-to); then every intent's general form; catch-alls last.
 */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  canFulfill.canFulfill,
  session.skillDisabled,
  session.launch,
  session.sessionEnded,
  reminders.consent,
  offers.moreOfList,
  offers.moreToHear,
  offers.yesToOffer,
  offers.hedgedYes,
  offers.unsureAnswer,
  offers.goToOffer,
  workout.restDayPickedInOpenSlot,
  workout.painToPainQuestion,
  workout.fineToPainQuestion,
  progress.answeredWhatDone,
  progress.answeredRemoval,
  workout.healthConcern,
  workout.commandInOpenSlot,
  howTo.doseAsked,
  howTo.doseOfOffered,
  workout.workoutYesNotUnderstood,
  workout.workoutYesWhilePaused,
  workout.workoutNext,
  workout.workoutBack,
  workout.workoutRepeat,
  workout.workoutStartOver,
  workout.workoutGoOn,
  workout.workoutSkip,
  workout.workoutCoolDown,
  workout.workoutPause,
  workout.workoutStop,
  workout.workoutEnd,
  workout.workoutLoggedAsDone,
  workout.workoutMoveLogged,
  workout.workoutResume,
  workout.workoutUpcoming,
  workout.workoutProgress,
  workout.workoutLength,
  workout.workoutHowToCurrent,
  workout.workoutMore,
  howTo.stepNumber,
  howTo.howToNext,
  howTo.howToGoOn,
  howTo.howToBack,
  howTo.howToRepeat,
  howTo.howToStartOver,
  howTo.howToHold,
  howTo.howToMore,
  howTo.howToDose,
  howTo.howToEnd,
  offers.no,
  workout.startWorkout,
  workout.resumeWorkoutAnywhere,
  progress.workoutForDay,
  progress.weeklyPlan,
  howTo.exerciseHowTo,
  howTo.allSteps,
  howTo.exerciseList,
  knowledge.topic,
  knowledge.faq,
  knowledge.tips,
  knowledge.howItWorks,
  knowledge.calorieBurners,
  progress.logged,
  progress.loggedYesterday,
  progress.finishedToday,
  progress.weeklyProgress,
  progress.undo,
  progress.removeLog,
  progress.resetWeek,
  progress.deleteData,
  progress.privacy,
  progress.level,
  progress.changeLevel,
  progress.myLevel,
  progress.restDay,
  progress.myRestDay,
  coach.effort,
  reminders.setReminder,
  reminders.whichReminders,
  reminders.moveReminder,
  reminders.stopReminders,
  session.thanks,
  offers.yesToNothing,
  session.repeat,
  howTo.moveOutside,
  workout.skipOutside,
  workout.workoutQuestionsOutside,
  workout.endOutside,
  workout.pauseOutside,
  session.help,
  session.goodbye,
  session.outOfScope,
  session.unhandledRequest,
];

export function buildSkill(deps: SkillDependencies): Skill {
  const builder = SkillBuilders.custom()
    .addRequestInterceptors(turnInterceptor(deps))
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addErrorHandlers(errorHandler(deps))
    .addResponseInterceptors(keepOwnSessionAttributes, afterReply)
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
