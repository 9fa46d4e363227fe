import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Directive, Response, interfaces } from 'ask-sdk-model';
import { workoutDatasource } from '../apl/workout-document';
import { type Catalogue, findExercise } from '../content/catalogue';
import type { SessionId } from '../content/sessions';
import { intentName, isIntent, isRequest, isYesWithNothingOffered } from '../conversation/requests';
import type { SessionWorkout } from '../conversation/state';
import { type Turn, beginTurn, stored } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { type LocalDate, formatIsoDate, formatIsoWeek, isoWeekOf, parseIsoDate, weekdayOf } from '../domain/calendar';
import { type Workout, buildWorkout, isFinished, nextPosition, previousPosition, readWorkoutPosition, skipExercise } from '../domain/guided-workout';
import { planForDay, plannedMinutes } from '../domain/weekly-plan';
import { type Speech, speech } from '../speech/ssml';
import { speakFinished, speakProgress, speakStep, speakUpcoming, speakWorkoutIntro } from '../speech/workout';
import { StoreUnavailableError } from '../store/progress-store';
import { ACTIVITY_FOR_DAY, recordAndTell } from './log-activity';
import { tellAllSteps } from './exercise-how-to';
import { screenDirectives } from './screen';

/** "next" and "repeat" from the touch buttons on screen devices. */
export function screenEvent(input: HandlerInput): 'next' | 'repeat' | undefined {
  if (!isRequest(input, 'Alexa.Presentation.APL.UserEvent')) return undefined;
  const args: unknown = (input.requestEnvelope.request as interfaces.alexa.presentation.apl.UserEvent).arguments;
  const argument: unknown = Array.isArray(args) ? args[0] : undefined;
  return argument === 'next' || argument === 'repeat' ? argument : undefined;
}

/** Workouts are pure data per catalogue, session and level: built once per container, not on every "next". */
const workouts = new WeakMap<Catalogue, Map<string, Workout>>();

function workoutFor(turn: Turn, sessionId: SessionId): Workout {
  let built = workouts.get(turn.catalogue);
  if (!built) workouts.set(turn.catalogue, (built = new Map()));
  const key = `${sessionId}:${turn.level}`;
  let workout = built.get(key);
  if (!workout) built.set(key, (workout = buildWorkout(sessionId, turn.level, turn.catalogue.exercises)));
  return workout;
}

/** A workout is under way in this session; a how-to asked mid-workout takes the floor until the workout resumes. */
function workoutRuns(turn: Turn): boolean {
  return turn.state.workout !== undefined && turn.state.howTo === undefined;
}

/** The workout under way, rebuilt from its place. */
function activeWorkout(turn: Turn): { workout: Workout; place: SessionWorkout } | undefined {
  const place = turn.state.workout;
  if (!place || !workoutRuns(turn)) return undefined;
  return { workout: workoutFor(turn, place.sessionId), place };
}

export function inWorkout(input: HandlerInput, deps: SkillDependencies): boolean {
  return workoutRuns(beginTurn(input, deps));
}

function screenFor(turn: Turn, workout: Workout, index: number): Directive[] {
  return screenDirectives(turn, workoutDatasource(turn.t, turn.catalogue, workout, index, turn.level));
}

function tellStep(turn: Turn, workout: Workout, place: SessionWorkout, lead?: Speech): Response {
  const { speech: paced, prompt } = speakStep(turn.t, turn.catalogue, workout, place.index, turn.level);
  const said = (lead ?? speech()).append(paced).say(prompt);
  return turn.reply({
    speech: said,
    reprompt: speech(prompt),
    workout: { sessionId: place.sessionId, index: place.index, date: place.date },
    directives: screenFor(turn, workout, place.index),
    health: true,
  });
}

/** Past the last step: the session is logged, the saved place cleared in that same write, and the week told. */
async function finish(turn: Turn, workout: Workout, place: SessionWorkout): Promise<Response> {
  const timed = workout.steps.find((step) => step.kind === 'interval' || step.kind === 'steady');
  const dose = timed && 'exerciseId' in timed ? findExercise(turn.catalogue, timed.exerciseId)?.dose[turn.level] : undefined;
  const minutes = plannedMinutes(dose);
  const day = parseIsoDate(place.date);
  return recordAndTell(turn, ACTIVITY_FOR_DAY[workout.kind], minutes === undefined ? {} : { minutes }, {
    lead: speakFinished(turn.t, workout),
    endsWorkout: true,
    ...(day && { day }),
  });
}

async function moveTo(turn: Turn, workout: Workout, place: SessionWorkout, index: number, lead?: Speech): Promise<Response> {
  if (isFinished(workout, index)) return finish(turn, workout, place);
  return tellStep(turn, workout, { ...place, index }, lead);
}

/** Today's session from the top: what it is, how to steer, and the first step. */
export async function startWorkout(turn: Turn, today?: LocalDate): Promise<Response> {
  const day = today ?? (await turn.today());
  await turn.personalise();
  const sessionId = planForDay(weekdayOf(day), turn.restDay).sessionId;
  const workout = workoutFor(turn, sessionId);
  return tellStep(turn, workout, { sessionId, index: 0, date: formatIsoDate(day) }, speakWorkoutIntro(turn.t, workout, turn.level));
}

/** The place saved today, if the store has one and it still fits a workout. */
async function savedPlace(turn: Turn, today: LocalDate): Promise<SessionWorkout | undefined> {
  const history = await turn.history();
  const saved = history.weeks.find((week) => week.week === formatIsoWeek(isoWeekOf(today)))?.workout;
  if (!saved || saved.date !== formatIsoDate(today)) return undefined;
  const position = readWorkoutPosition(saved, turn.catalogue.exercises);
  return position && position.index > 0 ? { ...position, date: saved.date } : undefined;
}

/**
 * Back at a place: where the user is and what comes next, without replaying a step they have already done
 * (a paced set or round is done while it is spoken); "repeat" replays it.
 */
function tellPlace(turn: Turn, workout: Workout, place: SessionWorkout, lead: string): Response {
  const { prompt } = speakStep(turn.t, turn.catalogue, workout, place.index, turn.level);
  return turn.reply({
    speech: speech(lead).append(speakProgress(turn.t, workout, place.index)).say(prompt),
    reprompt: speech(prompt),
    workout: { sessionId: place.sessionId, index: place.index, date: place.date },
    directives: screenFor(turn, workout, place.index),
  });
}

/** "Resume my workout": the one in this session, else the place saved today, on any device. */
export async function resumeWorkout(turn: Turn): Promise<Response> {
  const { t } = turn;
  const inSession = turn.state.workout;
  if (inSession) return tellPlace(turn, workoutFor(turn, inSession.sessionId), inSession, t.t('workout.unpaused'));
  try {
    const today = await turn.today();
    const place = await savedPlace(turn, today);
    if (place) return tellPlace(turn, workoutFor(turn, place.sessionId), place, t.t('workout.pickedUp'));
  } catch (error) {
    // A store that is down has nothing we can reach: offer a fresh start instead.
    if (!(error instanceof StoreUnavailableError)) throw error;
  }
  return turn.reply({ speech: speech(t.t('workout.noneSaved')), reprompt: speech(t.t('workout.noneSaved')), offer: { kind: 'startWorkout' } });
}

/** Keeps the place in the week item, so "resume my workout" finds it later today, in any session or on any device. */
async function savePlace(turn: Turn, place: SessionWorkout): Promise<boolean> {
  const date = parseIsoDate(place.date);
  if (!date) return false;
  const position = { date: place.date, sessionId: place.sessionId, index: place.index };
  return stored(turn.withStore((store, user) => store.saveWorkout(user, formatIsoWeek(isoWeekOf(date)), position)));
}

/** "Start my workout": today's session, or an offer to pick up where the user stopped earlier today. */
export function startWorkoutHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'StartWorkoutIntent'),
    async handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      if (turn.state.workout) {
        return turn.reply({ speech: speech(t.t('workout.inProgressOffer')), reprompt: speech(t.t('workout.resumeOffer.reprompt')), offer: { kind: 'resumeWorkout' } });
      }
      const today = await turn.today();
      const saved = await savedPlace(turn, today).catch((error: unknown) => {
        if (!(error instanceof StoreUnavailableError)) throw error;
        return undefined;
      });
      if (saved) {
        return turn.reply({ speech: speech(t.t('workout.resumeOffer')), reprompt: speech(t.t('workout.resumeOffer.reprompt')), offer: { kind: 'resumeWorkout' } });
      }
      return startWorkout(turn, today);
    },
  };
}

export function resumeWorkoutHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ResumeWorkoutIntent') || (isIntent(input, 'AMAZON.ResumeIntent') && beginTurn(input, deps).state.workout !== undefined),
    handle: (input) => resumeWorkout(beginTurn(input, deps)),
  };
}


/** Next, back, repeat, skip and resume while a workout runs; and the screen's Next and Repeat buttons. */
export function workoutNavigationHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle(input) {
      const turn = beginTurn(input, deps);
      if (!workoutRuns(turn)) return false;
      return (
        screenEvent(input) !== undefined ||
        isYesWithNothingOffered(input, turn.state.offer) ||
        isIntent(input, 'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent', 'AMAZON.ResumeIntent', 'SkipExerciseIntent')
      );
    },
    handle(input) {
      const turn = beginTurn(input, deps);
      const { workout, place } = activeWorkout(turn)!;
      const action = screenEvent(input) ?? intentName(input);
      switch (action) {
        case 'next':
        case 'AMAZON.NextIntent':
        case 'AMAZON.YesIntent':
          return moveTo(turn, workout, place, nextPosition(workout, place.index));
        case 'AMAZON.PreviousIntent':
          return moveTo(turn, workout, place, previousPosition(workout, place.index));
        case 'SkipExerciseIntent':
          return moveTo(turn, workout, place, skipExercise(workout, place.index));
        case 'AMAZON.ResumeIntent':
          return resumeWorkout(turn);
        default:
          return moveTo(turn, workout, place, place.index);
      }
    },
  };
}

/** "What's next?", "how many left?", "skip this one" and "how do I do this one?" during a workout. */
export function workoutQuestionsHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle(input) {
      if (!isIntent(input, 'WhatsNextIntent', 'HowManyLeftIntent', 'SkipExerciseIntent', 'HowToCurrentIntent')) return false;
      const { workout, howTo } = beginTurn(input, deps).state;
      // A how-to asked mid-workout does not hide the workout from these (answering brings it back), except "how do I
      // do this one", which then means the how-to's exercise.
      return workout !== undefined && !(howTo && isIntent(input, 'HowToCurrentIntent'));
    },
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const place = turn.state.workout!;
      const workout = workoutFor(turn, place.sessionId);
      if (isIntent(input, 'SkipExerciseIntent')) return moveTo(turn, workout, place, skipExercise(workout, place.index));
      const carryOn = t.t('workout.carryOn');
      if (isIntent(input, 'HowToCurrentIntent')) {
        const step = workout.steps[place.index];
        const exercise = step && 'exerciseId' in step ? findExercise(turn.catalogue, step.exerciseId) : undefined;
        if (exercise) return tellAllSteps(turn, exercise, { duringWorkout: true });
      }
      const answer = isIntent(input, 'HowManyLeftIntent') ? speakProgress(t, workout, place.index) : speakUpcoming(t, turn.catalogue, workout, place.index);
      return turn.reply({ speech: answer.say(carryOn), reprompt: speech(carryOn), workout: place });
    },
  };
}

/** The same questions with no workout running: offer to start one. */
export function workoutQuestionsOutsideHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'WhatsNextIntent', 'HowManyLeftIntent', 'SkipExerciseIntent') && beginTurn(input, deps).state.workout === undefined,
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      return turn.reply({ speech: speech(t.t('workout.notRunning')), reprompt: speech(t.t('workout.notRunning')), offer: { kind: 'startWorkout' }, workout: null });
    },
  };
}

/** Pause keeps the session open and the place saved; stop saves the place and says how to come back. */
export function workoutPauseStopHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) =>
      beginTurn(input, deps).state.workout !== undefined &&
      isIntent(input, 'AMAZON.PauseIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
    async handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const place = turn.state.workout!;
      const saved = await savePlace(turn, place);
      if (isIntent(input, 'AMAZON.PauseIntent')) {
        return turn.reply({ speech: speech(t.t('workout.paused')), reprompt: speech(t.t('workout.paused.reprompt')), workout: place });
      }
      return turn.reply({ speech: speech(t.t(saved ? 'workout.saved' : 'workout.notSaved')), end: true });
    },
  };
}

/** The session closed mid-workout (the user walked away): keep the place for later today. */
export async function saveWorkoutOnSessionEnd(input: HandlerInput, deps: SkillDependencies): Promise<void> {
  const turn = beginTurn(input, deps);
  if (turn.state.workout) await savePlace(turn, turn.state.workout);
}

