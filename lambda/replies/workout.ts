import type { Directive, Response } from 'ask-sdk-model';
import { screenDirectives } from '../apl/screen';
import { workoutDatasource } from '../apl/workout-document';
import { type Catalogue, findExercise } from '../content/catalogue';
import type { SessionId } from '../content/sessions';
import { workoutOf } from '../conversation/mode';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, formatIsoDate, formatIsoWeek, isoWeekOf, parseIsoDate, weekdayOf } from '../domain/calendar';
import { type Workout, buildWorkout, isFinished, nextPosition, previousPosition, skipExercise } from '../domain/guided-workout';
import type { DayKind } from '../content/types';
import { planForDay, plannedMinutes, sessionOfKind } from '../domain/weekly-plan';
import type { WorkoutPlace } from '../domain/workout-place';
import { type Speech, speech } from '../speech/ssml';
import { speakFinished, speakProgress, speakStep, speakUpcoming, speakWorkoutIntro } from '../speech/workout';
import { tellAllSteps } from './how-to';
import { safetyAnswer } from './knowledge';
import { ACTIVITY_FOR_DAY, recordAndTell } from './logging';

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

function screenFor(turn: Turn, workout: Workout, index: number): Directive[] {
  return screenDirectives(turn.screen, workoutDatasource(turn.t, turn.catalogue, workout, index, turn.level));
}

function tellStep(turn: Turn, workout: Workout, place: WorkoutPlace, lead?: Speech): Response {
  const { speech: paced, prompt } = speakStep(turn.t, turn.catalogue, workout, place.index, turn.level);
  return turn.reply({
    speech: (lead ?? speech()).append(paced).say(prompt),
    reprompt: speech(prompt),
    mode: { kind: 'workout', workout: place },
    directives: screenFor(turn, workout, place.index),
    health: true,
  });
}

/** Past the last step: the session is logged, the saved place cleared in that same write, and the week told. */
async function finish(turn: Turn, workout: Workout, place: WorkoutPlace): Promise<Response> {
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

function moveTo(turn: Turn, workout: Workout, place: WorkoutPlace, index: number, lead?: Speech): Promise<Response> | Response {
  if (isFinished(workout, index)) return finish(turn, workout, place);
  return tellStep(turn, workout, { ...place, index }, lead);
}

/** Today's session (or one of the kind asked for) from the top: what it is, how to steer, and the first step. */
export async function startWorkout(turn: Turn, today?: LocalDate, kind?: DayKind): Promise<Response> {
  const day = today ?? (await turn.today());
  await turn.personalise();
  const sessionId = kind ? sessionOfKind(kind, weekdayOf(day), turn.restDay) : planForDay(weekdayOf(day), turn.restDay).sessionId;
  const workout = workoutFor(turn, sessionId);
  return tellStep(turn, workout, { sessionId, index: 0, date: formatIsoDate(day) }, speakWorkoutIntro(turn.t, workout, turn.level));
}

/** The place saved today, if the store has one (a store that is down has none we can reach). */
async function savedPlace(turn: Turn, today: LocalDate): Promise<WorkoutPlace | undefined> {
  const history = await unlessUnavailable(turn.history());
  const saved = history?.weeks.find((week) => week.week === formatIsoWeek(isoWeekOf(today)))?.workout;
  return saved && saved.date === formatIsoDate(today) && saved.index > 0 ? saved : undefined;
}

/** "Start my workout": today's session, or an offer to pick up where the user stopped earlier today. */
export async function startOrOfferResume(turn: Turn, kind?: DayKind): Promise<Response> {
  const { t } = turn;
  if (workoutOf(turn.mode)) {
    return turn.reply({ speech: speech(t.t('workout.inProgressOffer')), reprompt: speech(t.t('workout.resumeOffer.reprompt')), offer: { kind: 'resumeWorkout' } });
  }
  const today = await turn.today();
  if (await savedPlace(turn, today)) {
    return turn.reply({ speech: speech(t.t('workout.resumeOffer')), reprompt: speech(t.t('workout.resumeOffer.reprompt')), offer: { kind: 'resumeWorkout' } });
  }
  return startWorkout(turn, today, kind);
}

/**
 * Back at a place: where the user is and what comes next, without replaying a step they have already done
 * (a paced set or round is done while it is spoken); "repeat" replays it.
 */
function tellPlace(turn: Turn, workout: Workout, place: WorkoutPlace, lead: string): Response {
  const { prompt } = speakStep(turn.t, turn.catalogue, workout, place.index, turn.level);
  return turn.reply({
    speech: speech(lead).append(speakProgress(turn.t, workout, place.index)).say(prompt),
    reprompt: speech(prompt),
    mode: { kind: 'workout', workout: place },
    directives: screenFor(turn, workout, place.index),
  });
}

/** "Resume my workout": the one in this session, else the place saved today, on any device. */
export async function resumeWorkout(turn: Turn): Promise<Response> {
  const { t } = turn;
  const inSession = workoutOf(turn.mode);
  if (inSession) return tellPlace(turn, workoutFor(turn, inSession.sessionId), inSession, t.t('workout.unpaused'));
  const place = await savedPlace(turn, await turn.today());
  if (place) return tellPlace(turn, workoutFor(turn, place.sessionId), place, t.t('workout.pickedUp'));
  return turn.reply({ speech: speech(t.t('workout.noneSaved')), reprompt: speech(t.t('workout.noneSaved')), offer: { kind: 'startWorkout' } });
}

export type WorkoutMove = 'next' | 'previous' | 'skip' | 'repeat' | 'restart';

/** Next, back, skip and repeat while a workout runs. */
export function moveInWorkout(turn: Turn, move: WorkoutMove): Promise<Response> | Response {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  const workout = workoutFor(turn, place.sessionId);
  switch (move) {
    case 'next':
      return moveTo(turn, workout, place, nextPosition(workout, place.index));
    case 'previous':
      return moveTo(turn, workout, place, previousPosition(workout, place.index));
    case 'skip':
      return moveTo(turn, workout, place, skipExercise(workout, place.index));
    case 'repeat':
      return moveTo(turn, workout, place, place.index);
    case 'restart':
      return moveTo(turn, workout, place, 0);
  }
}

/** An answer in the middle of a workout, which then carries on from where it was. */
function answerAndCarryOn(turn: Turn, answer: Speech, place: WorkoutPlace): Response {
  const carryOn = turn.t.t('workout.carryOn');
  return turn.reply({ speech: answer.say(carryOn), reprompt: speech(carryOn), mode: { kind: 'workout', workout: place } });
}

/** "What's next?" */
export function tellUpcoming(turn: Turn): Response {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  return answerAndCarryOn(turn, speakUpcoming(turn.t, turn.catalogue, workoutFor(turn, place.sessionId), place.index), place);
}

/** "How many left?" */
export function tellWorkoutProgress(turn: Turn): Response {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  return answerAndCarryOn(turn, speakProgress(turn.t, workoutFor(turn, place.sessionId), place.index), place);
}

/** The exercise the workout is on, if it is on one. */
export function currentWorkoutExercise(turn: Turn) {
  const place = workoutOf(turn.mode);
  const step = place && workoutFor(turn, place.sessionId).steps[place.index];
  return step && 'exerciseId' in step ? findExercise(turn.catalogue, step.exerciseId) : undefined;
}

/** "How do I do this one?" mid-workout: the steps of the exercise under way, then the workout carries on. */
export function tellCurrentExercise(turn: Turn): Response {
  const exercise = currentWorkoutExercise(turn);
  const place = workoutOf(turn.mode);
  if (exercise) return tellAllSteps(turn, exercise);
  return place ? tellWorkoutProgress(turn) : workoutNotRunning(turn);
}

/** Workout questions with no workout running: offer to start one. */
export function workoutNotRunning(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('workout.notRunning')), reprompt: speech(t.t('workout.notRunning')), offer: { kind: 'startWorkout' } });
}

/** Keeps the place in the week item, so "resume my workout" finds it later today, in any session or on any device. */
function savePlace(turn: Turn, place: WorkoutPlace): Promise<boolean> {
  const date = parseIsoDate(place.date);
  if (!date) return Promise.resolve(false);
  return stored(turn.withStore((store, user) => store.saveWorkout(user, formatIsoWeek(isoWeekOf(date)), place)));
}

/** "Pause" or "hang on": the session stays open and the place is saved. */
export async function pauseWorkout(turn: Turn): Promise<Response> {
  const { t } = turn;
  const place = workoutOf(turn.mode);
  if (place) await savePlace(turn, place);
  return turn.reply({ speech: speech(t.t('workout.paused')), reprompt: speech(t.t('workout.paused.reprompt')) });
}

/** "Stop": the place is saved, and the user hears how to come back. */
export async function stopWorkout(turn: Turn): Promise<Response> {
  const place = workoutOf(turn.mode);
  const saved = place !== undefined && (await savePlace(turn, place));
  return turn.reply({ speech: speech(turn.t.t(saved ? 'workout.saved' : 'workout.notSaved')), end: true });
}

/** "I'm done" / "end the workout": it ends here, with the place kept for later today. */
export async function endWorkout(turn: Turn): Promise<Response> {
  const { t } = turn;
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  const saved = await savePlace(turn, place);
  return turn.reply({
    speech: speech(t.t(saved ? 'workout.ended' : 'workout.endedNotSaved'), t.t('anythingElse')),
    reprompt: speech(t.t('anythingElse.reprompt')),
    mode: { kind: 'idle' },
  });
}

/** A pain or health worry mid-workout: the workout pauses with its place saved, and the safe answer is said. */
export async function pauseForSafety(turn: Turn, concernId: string | undefined): Promise<Response> {
  const { t } = turn;
  const place = workoutOf(turn.mode);
  if (place) await savePlace(turn, place);
  return turn.reply({
    speech: speech(safetyAnswer(turn, concernId), t.t('workout.pausedForSafety')),
    reprompt: speech(t.t('workout.paused.reprompt')),
  });
}

/** The session closed mid-workout (the user walked away): keep the place for later today. */
export async function saveWorkoutOnSessionEnd(turn: Turn): Promise<void> {
  const place = workoutOf(turn.mode);
  if (place) await savePlace(turn, place);
}

