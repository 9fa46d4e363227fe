import { DefaultApiClient, type RequestHandler, type Skill, SkillBuilders } from 'ask-sdk-core';
import { keepOwnSessionAttributes } from './conversation/turn';
import type { SkillDependencies } from './dependencies';
import { dataControlsHandler } from './handlers/data-controls';
import { allStepsHandler, howToNavigationHandler } from './handlers/how-to-steps';
import {
  resumeWorkoutHandler,
  startWorkoutHandler,
  workoutNavigationHandler,
  workoutPauseStopHandler,
  workoutQuestionsHandler,
  workoutQuestionsOutsideHandler,
} from './handlers/guided-workout';
import { finishedTodayHandler, logActivityHandler } from './handlers/log-activity';
import { setLevelHandler, setRestDayHandler } from './handlers/settings';
import { skillDisabledHandler } from './handlers/skill-events';
import { undoHandler } from './handlers/undo';
import { weeklyProgressHandler } from './handlers/weekly-progress';
import { errorHandler } from './handlers/error';
import { calorieBurnersHandler, exerciseListHandler } from './handlers/exercise-list';
import { exerciseHowToHandler } from './handlers/exercise-how-to';
import { fallbackHandler, unhandledRequestHandler } from './handlers/fallback';
import { faqHandler } from './handlers/faq';
import { helpHandler } from './handlers/help';
import { howItWorksHandler } from './handlers/how-it-works';
import { launchHandler } from './handlers/launch';
import { repeatHandler, stepOutsideHowToHandler } from './handlers/repeat';
import { sessionEndedHandler } from './handlers/session-ended';
import { stopHandler } from './handlers/stop';
import { tipsHandler } from './handlers/tips';
import { weeklyPlanHandler } from './handlers/weekly-plan';
import { workoutForDayHandler } from './handlers/workout-for-day';
import { noHandler, yesHandler } from './handlers/yes-no';

/** Handlers in the order they are asked: in-context ones before their general forms, catch-alls last. */
export function requestHandlers(deps: SkillDependencies): RequestHandler[] {
  return [
    skillDisabledHandler(deps),
    launchHandler(deps),
    workoutPauseStopHandler(deps),
    workoutNavigationHandler(deps),
    workoutQuestionsHandler(deps),
    startWorkoutHandler(deps),
    resumeWorkoutHandler(deps),
    workoutForDayHandler(deps),
    weeklyPlanHandler(deps),
    exerciseHowToHandler(deps),
    howToNavigationHandler(deps),
    allStepsHandler(deps),
    exerciseListHandler(deps),
    calorieBurnersHandler(deps),
    faqHandler(deps),
    tipsHandler(deps),
    howItWorksHandler(deps),
    logActivityHandler(deps),
    finishedTodayHandler(deps),
    weeklyProgressHandler(deps),
    undoHandler(deps),
    dataControlsHandler(deps),
    setLevelHandler(deps),
    setRestDayHandler(deps),
    yesHandler(deps),
    noHandler(deps),
    repeatHandler(deps),
    stepOutsideHowToHandler(deps),
    helpHandler(deps),
    stopHandler(deps),
    sessionEndedHandler(deps),
    workoutQuestionsOutsideHandler(deps),
    fallbackHandler(deps),
    unhandledRequestHandler(),
  ];
}

export function buildSkill(deps: SkillDependencies): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers(deps))
    .addErrorHandlers(errorHandler(deps))
    .addResponseInterceptors(keepOwnSessionAttributes)
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
