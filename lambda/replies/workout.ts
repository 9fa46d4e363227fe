import type { Directive, Response } from 'ask-sdk-model';
import { screenDirectives } from '../apl/screen';
import { workoutDatasource } from '../apl/workout-document';
import { type Catalogue, DAY_OFF, SHORT_ON_TIME, findConcern, findExercise, findTopic } from '../content/catalogue';
import type { Concern } from '../content/types';
import { SESSIONS } from '../content/sessions';
import { OTHER_MOVES, minutesSaidToHave, namedExercises, namedWithin } from '../content/named';
import type { DayKind } from '../content/types';
import { howToOf, isWorkoutRunning, workoutOf } from '../conversation/mode';
import { type Caution, type Felt, type Offer, pendingCaution } from '../conversation/state';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, type Weekday, addDays, formatIsoDate, formatIsoWeek, isoWeekOf, parseIsoDate, weekdayOf } from '../domain/calendar';
import {
  type Workout,
  type WorkoutStep,
  type WorkoutSummary,
  afterGroup,
  atMoveEnd,
  buildWorkout,
  coolDownPosition,
  exercisePosition,
  isBlock,
  isFinished,
  levelsFromNextExercise,
  namedForSkip,
  nextPosition,
  backPosition,
  skipExercise,
  cutShort,
  stepSeconds,
  summarise,
} from '../domain/guided-workout';
import { type WeekProgress, countedOn, minutesLoggedOn, sessionsDone, sessionsOn } from '../domain/progress';
import { sessionOfKind } from '../domain/weekly-plan';
import { interpretDate } from '../domain/day-query';
import {
  type Hurt,
  type WorkoutPlace,
  isFamiliar,
  isSkipping,
  isStepDone,
  levelsOf,
  newWorkoutPlace,
  placeToKeep,
  withFamiliar,
  withHurt,
  hurtWith,
  withLevels,
  withSkipping,
  withStepDone,
} from '../domain/workout-place';
import { estimateSpeechSeconds } from '../speech/duration';
import { Speech, speech } from '../speech/ssml';
import {
  type StepContext,
  speakFinished,
  speakProgress,
  speakStep,
  speakSummary,
  speakUpcoming,
  speakWhereYouAre,
  speakWorkoutIntro,
  workoutName,
} from '../speech/workout';
import { weekdayName } from '../text/dates';
import { stepInstructions } from '../text/workout';
import type { ProfileChanges, UserHistory } from '../store/progress-store';
import { nothingToMoveOn, tellAllSteps } from './how-to';
import { answerWithFollowUp, cautionOf, noteCautionOf, safetyAnswer, tellSafety, tellTopicById } from './knowledge';
import { ACTIVITY_FOR_DAY, recordAndTell, recordQuietly } from './logging';
import { askAgain, carryOn, cautionFor, goOn } from './go-on';

/** Workouts are pure data per catalogue, session and levels: built once per container, not on every "next". */
const workouts = new WeakMap<Catalogue, Map<string, Workout>>();

/** The workout a place stands in: its session at the levels it was built at, so its steps never shift under it. */
function workoutFor(turn: Turn, place: WorkoutPlace): Workout {
  let built = workouts.get(turn.catalogue);
  if (!built) workouts.set(turn.catalogue, (built = new Map()));
  const key = `${place.sessionId}:${place.levels}`;
  let workout = built.get(key);
  if (!workout) built.set(key, (workout = buildWorkout(place.sessionId, levelsOf(place), turn.catalogue.exercises)));
  return workout;
}

/** Pain told this session was said to have passed before the workout: its warm-up keeps off running and stairs. */
function isGentle(turn: Turn): boolean {
  return turn.felt === 'cleared';
}

function contextOf(turn: Turn, place: WorkoutPlace): StepContext {
  return {
    isDone: (step) => isStepDone(place, step),
    knows: (position) => isFamiliar(place, position),
    leftOut: (position) => isSkipping(place, position),
    gentle: isGentle(turn),
    cleared: turn.caution === 'cleared',
  };
}

function screenFor(turn: Turn, workout: Workout, index: number): Directive[] {
  return screenDirectives(turn.screen, workoutDatasource(turn.t, turn.catalogue, workout, index, isGentle(turn)));
}

function tellStep(turn: Turn, workout: Workout, place: WorkoutPlace, lead?: Speech): Response {
  const { speech: paced, prompt, leadSeconds } = speakStep(turn.t, turn.catalogue, workout, place.index, contextOf(turn, place));
  const wordsBefore = (lead ? estimateSpeechSeconds(lead.toSsml()) : 0) + leadSeconds;
  return turn.reply({
    speech: (lead ?? speech()).append(paced).say(prompt),
    reprompt: speech(prompt, turn.t.t('workout.prompt.comeBack')),
    mode: { kind: 'workout', workout: timedFrom(turn, place, wordsBefore) },
    directives: screenFor(turn, workout, place.index),
    health: true,
  });
}

/**
 * The place with when its step's work begins: when the user spoke, plus the words said before the work (found by a
 * helper trying the console: counted from the words after it too, a side plank held 15 seconds of 30 was cut short).
 * Without a time for the request, none: moving on then counts the step.
 */
function timedFrom(turn: Turn, place: WorkoutPlace, wordsBefore: number): WorkoutPlace {
  const { workFrom: _, cut: __, ...untimed } = place;
  if (turn.spokeAt === undefined) return untimed;
  return { ...untimed, workFrom: Math.round(turn.spokeAt + wordsBefore * 1000) };
}

/**
 * The place with the step under way done, unless it was cut short: moved on from before half its work could have gone
 * by ("Alexa, next" ten seconds into a set). Found by a helper trying the console: eight quick "next"s reported 7 of
 * 10 sets done, and "how long left" said a warm-up cut short after 40 seconds was done.
 */
function withStepDoneUnlessCut(turn: Turn, workout: Workout, place: WorkoutPlace): WorkoutPlace {
  const step = workout.steps[place.index];
  if (place.cut) return place;
  return step && cutShort(step, secondsInto(turn, place)) ? place : withStepDone(place, place.index);
}

/**
 * The place as its step is left without moving on (a pause, a stop, pain, walking away): done if it ran at least half
 * its work, else marked cut, to be said again when the workout goes on (found by a helper trying the console: paused
 * three seconds into a set, then resumed, it was "Set 1 of 2 is done"). Its timing ends here.
 */
function settled(turn: Turn, place: WorkoutPlace): WorkoutPlace {
  const step = workoutFor(turn, place).steps[place.index];
  const into = secondsInto(turn, place);
  const { workFrom: _, ...untimed } = place;
  if (!step || into === undefined || place.cut) return untimed;
  return cutShort(step, into) ? { ...untimed, cut: true } : withStepDone(untimed, place.index);
}

/** Seconds since the step under way began its work (less than none: its words before the work are still being said). */
function secondsInto(turn: Turn, place: WorkoutPlace): number | undefined {
  return place.workFrom === undefined || turn.spokeAt === undefined ? undefined : (turn.spokeAt - place.workFrom) / 1000;
}

/** The step under way was said through to its end ("Say next when you're ready for deadlifts"), not cut in on. */
function heardThrough(turn: Turn, workout: Workout, place: WorkoutPlace): boolean {
  const step = workout.steps[place.index];
  const into = secondsInto(turn, place);
  return step !== undefined && !place.cut && into !== undefined && !cutShort(step, into);
}

function summaryOf(workout: Workout, place: WorkoutPlace): WorkoutSummary {
  return summarise(workout, (step) => isStepDone(place, step));
}

/**
 * An offer to log what was done, for a workout ended early or mostly skipped; the workout itself is over. A warm-up
 * alone is nothing to log. `kept`: its place is saved, and a yes, which ends the workout, is said to. Less than the
 * share of the session that counts it is logged as minutes only.
 */
function offerToLog(turn: Turn, said: Speech, workout: Workout, summary: WorkoutSummary, place: WorkoutPlace, kept = false, forgetOnNo = false): Response {
  const { t } = turn;
  if (summary.main.done === 0) {
    return turn.reply({ speech: said.say(t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')), mode: { kind: 'idle' } });
  }
  const offer: Offer = {
    kind: 'logWorkout',
    activity: ACTIVITY_FOR_DAY[workout.kind],
    minutes: Math.round(summary.seconds / 60),
    date: place.date,
    ...(!summary.countsAsSession && { partial: true as const }),
    // Its place just kept ("Okay, we'll stop here… or shall I log it?"): "keep going" carries on.
    ...(kept && { kept: true as const }),
    // Its place kept only to offer this again (a workout gone through by skipping): a no forgets it.
    ...(forgetOnNo && { stale: true as const }),
  };
  return turn.reply({
    speech: said.say(t.t(kept ? 'workout.logOffer.orKeep' : 'workout.logOffer')),
    reprompt: speech(t.t(kept ? 'workout.logOffer.orKeep.reprompt' : 'workout.logOffer.reprompt')),
    offer,
    mode: { kind: 'idle' },
  });
}

/**
 * Past the last step. A session mostly done is logged with the minutes it took, and the saved place cleared, in one
 * write; one mostly skipped is not counted unless the user asks. Its place is kept, finished, so the offer to log it
 * is made again if this one goes unanswered (found by a helper trying the console: it was lost), later that day or the
 * next; a no forgets it.
 */
async function finish(turn: Turn, workout: Workout, place: WorkoutPlace): Promise<Response> {
  const summary = summaryOf(workout, place);
  const lead = speakFinished(turn.t, workout, summary);
  const day = parseIsoDate(place.date);
  if (summary.countsAsSession) {
    return recordAndTell(turn, ACTIVITY_FOR_DAY[workout.kind], { minutes: Math.round(summary.seconds / 60) }, { lead, endsWorkout: true, ...(day && { day }) });
  }
  await savePlace(turn, place, summary.main.done === 0 ? null : { ...place, index: workout.steps.length });
  return offerToLog(turn, lead.say(turn.t.t(`log.partial.${ACTIVITY_FOR_DAY[workout.kind]}`)), workout, summary, place, false, true);
}

function moveTo(turn: Turn, workout: Workout, place: WorkoutPlace, index: number, lead?: Speech): Promise<Response> | Response {
  // Moving on into a move named to skip before it came ("skip the rows", said in the warm-up): past it, said so.
  let to = index;
  const left: string[] = [];
  while (to > place.index && !isFinished(workout, to) && isSkipping(place, exercisePosition(workout, workout.steps[to]))) {
    const step = workout.steps[to];
    left.push(findExercise(turn.catalogue, step && 'exerciseId' in step ? step.exerciseId : undefined)?.name ?? '');
    to = afterGroup(workout, to);
  }
  const said = left.length > 0 ? (lead ?? speech()).append(speech(turn.t.t('workout.skipping.left', { name: turn.t.list(left) }))) : lead;
  if (isFinished(workout, to)) return finish(turn, workout, place);
  return tellStep(turn, workout, { ...place, index: to }, said);
}

/**
 * What a skip passed, said before what comes next ("Skipped the glute bridge."), so a skip is never silent (found by a
 * helper trying the console: the next move began as if nothing had been left out).
 */
function skippedLead(turn: Turn, workout: Workout, from: number, to: number): Speech | undefined {
  const { t } = turn;
  const last = to - 1 > from ? workout.steps[to - 1] : undefined;
  if (!last) return undefined;
  switch (last.kind) {
    case 'set':
      return speech(t.t('workout.skipped.exercise', { name: findExercise(turn.catalogue, last.exerciseId)?.name ?? '' }));
    case 'interval':
      return speech(t.t('workout.skipped.round', { round: last.round }));
    case 'warm-up':
    case 'cool-down':
    case 'steady':
      return speech(t.t('workout.skipped.block', { block: t.t(last.kind === 'warm-up' ? 'workout.where.warmUp' : last.kind === 'cool-down' ? 'workout.where.coolDown' : 'workout.where.steady') }));
    default:
      return undefined;
  }
}

/** Today's session, or a session of the kind asked for, from the top: what it is, how to steer, and the first step. */
export async function startWorkout(turn: Turn, today?: LocalDate, kind?: DayKind, weekday?: Weekday, first?: string): Promise<Response> {
  const day = today ?? (await turn.today());
  // The one read: the level, the rest day, and the moves this user already knows.
  const history = await unlessUnavailable(turn.history());
  if (await warnedOn(turn, day)) return noWorkoutAfterWarning(turn);
  // A condition, a pregnancy or an injury told (found by a helper trying the console: "I have a heart condition", then
  // "let's do HIIT", started it at once), this session or an earlier one (the profile read above brings that into the
  // session: Turn's learn): first, whether a doctor has said it is okay.
  const planned = turn.planOn(day).sessionId;
  const week = turn.weekPlanOf(day);
  const sessionId = weekday ? (week[weekday - 1] ?? turn.planOn(day)).sessionId : kind ? sessionOfKind(kind, weekdayOf(day), turn.restDay, week) : planned;
  const caution = cautionFor(turn, SESSIONS[sessionId].kind);
  if (caution) return askCleared(turn, caution, kind, weekday);
  // Pain or feeling unwell told this session (found trying it as a user: "my lower back's been really hurting", then
  // "okay, start it", began deadlifts): first, whether it still does.
  const felt = feltToAsk(turn, history, day);
  if (felt) return askFeltBefore(turn, felt, { kind, weekday });
  const logged = history?.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(day)));
  const counted = sessionsOn(logged, weekdayOf(day), ACTIVITY_FOR_DAY[SESSIONS[sessionId].kind]);
  const place = newWorkoutPlace(formatIsoDate(day), sessionId, turn.level, history?.profile?.knownExercises, counted);
  const workout = workoutFor(turn, place);
  const chosen = weekday ? { day: weekdayName(turn.t, weekday) } : kind !== undefined && SESSIONS[planned].kind !== kind;
  // A level of the session's own ("I'm intermediate" said before a store that failed) is chosen too.
  // Only before the first workout: a beginner content to stay one need not hear it every time (found in review).
  const levelUnset = history !== undefined && !hasTrained(history) && history.profile?.level === undefined && turn.state.level === undefined;
  return tellStep(turn, workout, place, speech(first).append(speakWorkoutIntro(turn.t, workout, chosen, hasTrained(history), levelUnset)));
}

/** What is asked before a workout after pain or feeling unwell told this session, and the answer to "yes, it does". */
const FELT_BEFORE = {
  pain: { ask: 'workout.feltBefore.pain', goOn: 'workout.stillHurts', rest: 'workout.feltBefore.pain.rest' },
  unwell: { ask: 'workout.feltBefore.unwell', goOn: 'workout.stillUnwell', rest: 'workout.feltBefore.unwell.rest' },
  general: { ask: 'workout.feltBefore.general', goOn: 'workout.feltBefore.general.goOn', rest: 'workout.feltBefore.general.rest' },
  earlier: { ask: 'workout.feltBefore.earlier', goOn: 'workout.feltBefore.earlier.goOn', rest: 'workout.feltBefore.general.rest' },
  yesterday: { ask: 'workout.feltBefore.yesterday', goOn: 'workout.feltBefore.yesterday.goOn', rest: 'workout.feltBefore.general.rest' },
} as const;

/**
 * Pain or feeling unwell told this session, or (found in review: a session that closed after "my back really hurts"
 * forgot it, and the next one started deadlifts) in an earlier one today or yesterday, with no "it's fine now" since
 * (found by a helper trying the console: "I am having back pain since two days", and the next day HIIT began unasked).
 */
function feltToAsk(turn: Turn, history: UserHistory | undefined, today: LocalDate): Felt | undefined {
  // Said to have passed this session, it is not asked again, whatever the profile read before that says.
  if (turn.felt === 'cleared') return undefined;
  const feltOn = history?.profile?.feltOn;
  return turn.felt ?? (feltOn === formatIsoDate(today) ? 'earlier' : feltOn === formatIsoDate(addDays(today, -1)) ? 'yesterday' : undefined);
}

/**
 * What to ask about before another workout than the one paused for pain: that, and anything else felt this session
 * ("I feel unwell" after the pause), in words that fit both (found in review: only the pain was asked about, and "no"
 * forgot the rest). A note from an earlier session today may be the pause's own, so the pause speaks for it.
 */
async function feltWithPause(turn: Turn, hurt: Hurt): Promise<Felt> {
  const other = feltToAsk(turn, await unlessUnavailable(turn.history()), await turn.today());
  return other === undefined || other === 'earlier' || other === 'yesterday' || other === hurt ? hurt : 'general';
}

/** "It's fine now": the session asks no more, nor does a later one today. */
async function forgetFelt(turn: Turn): Promise<void> {
  turn.noteFelt('cleared');
  const history = await unlessUnavailable(turn.history());
  if (history?.profile?.feltOn !== undefined) await stored(turn.withStore((store, user) => store.updateProfile(user, { feltOn: null })));
}

/** Whether pain or feeling unwell was told today, passed or not: a hedge ("it doesn't hurt as much") then starts nothing. */
export async function feltToday(turn: Turn): Promise<boolean> {
  return turn.felt !== undefined || feltToAsk(turn, await unlessUnavailable(turn.history()), await turn.today()) !== undefined;
}

/**
 * "It's alright now", "no, it is fine now", with nothing asked, after pain or feeling unwell told today: it is taken as
 * passed, as a no to "does it still hurt?" is, and today's workout offered when it may be. Undefined when nothing was told.
 */
export async function painGoneUnasked(turn: Turn): Promise<Response | undefined> {
  const { t } = turn;
  const today = await turn.today();
  if (feltToAsk(turn, await unlessUnavailable(turn.history()), today) === undefined) return undefined;
  await forgetFelt(turn);
  // One stopped for the pain earlier today is picked up, its pause for the pain gone with it (found in review: "start"
  // then asked again whether it still hurt).
  const saved = (await warnedOn(turn, today)) ? undefined : await savedPlace(turn, today);
  if (saved) {
    if (saved.hurt) await savePlace(turn, withHurt(saved));
    return turn.reply({ speech: speech(t.t('workout.painGone.unasked'), t.t('workout.painGone.unasked.pickUp')), reprompt: speech(t.t('welcomeBack.stopped.reprompt')), offer: { kind: 'pickUp' } });
  }
  return withTodayOffered(turn, t.t('workout.painGone.unasked'), t.t('workout.painGone.unasked.start'));
}

/** `lead`, then today's workout offered (`offer`, the question) when a start may be offered, else what else to do. */
async function withTodayOffered(turn: Turn, lead: string, offer: string): Promise<Response> {
  if (await mayOfferStart(turn)) return turn.reply({ speech: speech(lead, offer), reprompt: speech(offer), offer: { kind: 'startWorkout' } });
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(lead, question), reprompt: speech(reprompt) });
}

/** "Does it still hurt?" before a workout starts, or one saved today goes on (`resume`), after pain told this session. */
function askFeltBefore(turn: Turn, felt: Felt, asked: { readonly kind?: DayKind; readonly weekday?: Weekday }, resume = false): Response {
  const { t } = turn;
  const question = t.t(resume ? FELT_BEFORE[felt].goOn : FELT_BEFORE[felt].ask);
  const { kind, weekday } = asked;
  return turn.reply({
    speech: speech(question),
    reprompt: speech(question, t.t('workout.stillHurts.yesOrNo')),
    offer: resume ? { kind: 'feltBefore', felt, resume: true } : { kind: 'feltBefore', felt, ...(kind ? { instead: kind } : weekday && { insteadDay: weekday }) },
  });
}

/**
 * "Yes, it still hurts": no workout now, and why; asked again later this session, it asks again. Told of yesterday's,
 * today is kept as the day it was felt, so tomorrow asks too.
 */
export async function restAfterFelt(turn: Turn, felt: Felt): Promise<Response> {
  const { t } = turn;
  if (felt === 'yesterday') await stored(turn.withStore(async (store, user) => store.updateProfile(user, { feltOn: formatIsoDate(await turn.today()) })));
  // Its reprompt suggests no workout (found in review: "you can ask for today's workout").
  return turn.reply({ speech: speech(t.t(FELT_BEFORE[felt].rest), t.t('anythingElse')), reprompt: speech(t.t('fallback.felt')), health: true });
}

/** "No, it's fine now" (or only tight, or sore: `care` says how to go about it): the workout asked for starts. */
export async function startAfterFelt(turn: Turn, offer: Extract<Offer, { kind: 'feltBefore' }>, care?: string): Promise<Response> {
  await forgetFelt(turn);
  // A HIIT or cardio workout gone on with says to keep it low impact, as one started does in its warm-up.
  const place = offer.resume ? (workoutOf(turn.mode) ?? (await savedPlace(turn, await turn.today()))) : undefined;
  const first = painGoneWords(turn, place, care);
  return offer.resume ? resumeWorkout(turn, first) : startWorkout(turn, undefined, offer.instead, offer.insteadDay, first);
}

/**
 * Someone who has done a move in a guided workout knows how a workout goes. Not a session logged by voice (found in
 * review: a walk logged was enough to leave back, repeat and pause unsaid in a first guided workout).
 */
function hasTrained(history: UserHistory | undefined): boolean {
  return (history?.profile?.knownExercises?.length ?? 0) > 0;
}


/** How the doctor question opens, by whether it goes on with a workout and whether the caution was told earlier. */
const ASK_CLEARED = {
  false: { false: 'workout.askCleared', true: 'workout.askCleared.earlier' },
  true: { false: 'workout.askCleared.goOn', true: 'workout.askCleared.goOn.earlier' },
} as const;

/** "Has your doctor said this kind of exercise is okay for you?", keeping the workout asked for for a yes. */
function askCleared(turn: Turn, caution: Exclude<Caution, 'cleared'>, kind?: DayKind, weekday?: Weekday, resume = false, place?: WorkoutPlace): Response {
  const { t } = turn;
  const question = t.t('workout.askCleared.question');
  return turn.reply({
    speech: speech(t.t(ASK_CLEARED[`${resume}`][`${caution === 'earlier'}`], { what: t.t(`workout.caution.${caution}`) }), question),
    reprompt: speech(question),
    offer: resume ? { kind: 'cleared', resume: true } : { kind: 'cleared', ...(kind && { instead: kind }), ...(weekday && { insteadDay: weekday }) },
    ...(place && turn.mode.kind === 'workout' && { mode: { ...turn.mode, workout: place } }),
  });
}

/** A yes to "has your doctor said it's okay?": no session asks again, and the workout asked for starts. */
export async function startCleared(turn: Turn, offer: Extract<Offer, { kind: 'cleared' }>): Promise<Response> {
  // A pregnancy: the okay is the doctor's, and the moves done lying down are named once, with how to leave them out
  // (found by a helper trying the console as a pregnant user: the glute bridge and the superman came with no word).
  const first = pendingCaution(turn.caution) === 'pregnancy' ? turn.t.t('workout.cleared.pregnancy') : undefined;
  // An okay for an age answers that alone: a caution kept for every workout is not this one's to clear.
  const forAge = turn.caution === 'age';
  turn.noteCaution('cleared');
  await stored(turn.withStore((store, user) => store.updateProfile(user, forAge ? { hiitCheckFirst: null } : { checkFirst: null, hiitCheckFirst: null })));
  if (offer.resume) return resumeWorkout(turn, first);
  return startWorkout(turn, undefined, offer.instead, offer.insteadDay, first);
}

/**
 * A no: no workout until they have; the coach can still answer questions. Mid-workout, the workout stops with its place
 * saved, never "say next to carry on" (found in review).
 */
export async function notCleared(turn: Turn): Promise<Response> {
  const place = workoutOf(turn.mode);
  if (place) {
    await savePlace(turn, place);
    const { t } = turn;
    return turn.reply({ speech: speech(t.t('workout.notCleared.stopped'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')), mode: { kind: 'idle' } });
  }
  const { question, reprompt } = goOn(turn);
  // An age told waits for HIIT only: what can be done meanwhile is said.
  return turn.reply({ speech: speech(turn.t.t(turn.caution === 'age' ? 'workout.notCleared.age' : 'workout.notCleared'), question), reprompt: speech(reprompt) });
}

/**
 * A warning sign was answered today ("I feel dizzy", chest pain), on this device or another; in the small hours, the
 * evening before counts too (found in review: chest pain told at 11:55 PM, and HIIT began at 12:10 AM).
 */
export async function warnedOn(turn: Turn, today: LocalDate): Promise<boolean> {
  const [history, night] = await Promise.all([unlessUnavailable(turn.history()), turn.nightBegan()]);
  const warned = history?.profile?.warningOn;
  return warned !== undefined && (warned === formatIsoDate(today) || (night !== undefined && warned === formatIsoDate(night)));
}

/** After a warning sign today: no workout, and why, and where to turn. */
function noWorkoutAfterWarning(turn: Turn): Response {
  return turn.reply({ speech: speech(turn.t.t('workout.afterWarning')), end: true, mode: { kind: 'idle' } });
}

/**
 * The place saved today, if the store has one (a store that is down has none we can reach), and its kind has not been
 * logged since ("I finished today's workout", done off the skill: found trying it as a user, "resume my workout" picked
 * up the workout just logged). Read, not removed: undo of that log brings the place back.
 */
async function savedPlace(turn: Turn, today: LocalDate, finishedToo = false): Promise<WorkoutPlace | undefined> {
  const history = await unlessUnavailable(turn.history());
  const place = placeSavedOn(history?.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(today))), today);
  // One gone through to its end is kept only to be offered for logging: nothing to pick up.
  return place && (finishedToo || !isFinishedPlace(turn, place)) ? place : undefined;
}

/** A place kept past the last step: a workout gone through by skipping, kept only to offer its log again. */
export function isFinishedPlace(turn: Turn, place: WorkoutPlace): boolean {
  return isFinished(workoutFor(turn, place), place.index);
}

/** Whether the session today's plan calls for is logged today (a rest day's recovery aside). */
export function plannedDoneOn(turn: Turn, week: WeekProgress | undefined, today: LocalDate): boolean {
  const kind = turn.planOn(today).kind;
  return kind !== 'rest' && sessionsOn(week, weekdayOf(today), ACTIVITY_FOR_DAY[kind]) > 0;
}

/** This week's progress in a history read, if any. */
export function weekOf(history: UserHistory | undefined, day: LocalDate): WeekProgress | undefined {
  const week = formatIsoWeek(isoWeekOf(day));
  return history?.weeks.find((candidate) => candidate.week === week);
}

/**
 * The place a week keeps for this day, unless a session of its kind has been logged that day since it started: those
 * logged before (`counted`, a second workout of a kind that day) are no finish of it.
 */
export function placeSavedOn(week: WeekProgress | undefined, day: LocalDate): WorkoutPlace | undefined {
  const saved = week?.workout;
  if (!saved || saved.date !== formatIsoDate(day)) return undefined;
  return sessionsOn(week, weekdayOf(day), ACTIVITY_FOR_DAY[SESSIONS[saved.sessionId].kind]) > (saved.counted ?? 0) ? undefined : saved;
}

/** What "no" to the offer to carry on starts instead: a kind of session, or a weekday's. */
type Instead = DayKind | { readonly weekday: Weekday };

function offerResume(turn: Turn, place: WorkoutPlace, key: 'workout.inProgressOffer' | 'workout.resumeOffer', instead?: Instead, insteadKind?: DayKind): Response {
  const { t } = turn;
  const name = workoutName(t, workoutFor(turn, place));
  // Another kind asked for mid-workout ("I'd rather do cardio today"): what "no" starts is said (found by a helper trying
  // the console: "Want to pick up where you left off?", as if nothing else had been asked for).
  const otherKind = insteadKind ?? (typeof instead === 'string' ? instead : undefined);
  const other = otherKind !== undefined && otherKind !== SESSIONS[place.sessionId].kind ? t.t(`workout.name.${otherKind}`) : undefined;
  return turn.reply({
    speech: speech(other ? t.t('workout.inProgressOffer.other', { name, other }) : t.t(key, { name })),
    reprompt: speech(other ? t.t('workout.resumeOffer.other.reprompt', { name, other }) : t.t('workout.resumeOffer.reprompt')),
    offer: instead === undefined ? { kind: 'resumeWorkout' } : typeof instead === 'string' ? { kind: 'resumeWorkout', instead } : { kind: 'resumeWorkout', insteadDay: instead.weekday },
  });
}

/**
 * "I missed yesterday, can I do it today": yesterday's workout; after a rest day, today's (found in review: on a Monday,
 * Sunday's recovery session started). With yesterday's logged already, there is nothing to make up: today's is offered,
 * unless it is done too (found trying the console: it started yesterday's again).
 */
export async function makeUpYesterday(turn: Turn): Promise<Response> {
  const { t } = turn;
  const today = await turn.today();
  const yesterday = addDays(today, -1);
  const kind = turn.planOn(yesterday).kind;
  if (kind === 'rest') return startOrOfferResume(turn);
  if (!(await doneOn(turn, yesterday))) return startDaysWorkout(turn, yesterday);
  const done = t.t('workout.makeUp.done', { name: t.t(`workout.name.${kind}`) });
  // Mid-workout, the one under way goes on; after a warning sign today, none is offered, only to be refused at the yes
  // (both found in review).
  if (workoutOf(turn.mode)) {
    const back = carryOn(turn);
    return turn.reply({ speech: speech(done, back), reprompt: speech(back) });
  }
  if (await warnedOn(turn, today)) return noWorkoutAfterWarning(turn);
  if (await doneOn(turn, today)) return turn.reply({ speech: speech(done, t.t('workout.makeUp.todayToo'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
  return turn.reply({ speech: speech(done, t.t('workout.offerStart')), reprompt: speech(t.t('workout.offerStart')), offer: { kind: 'startWorkout' } });
}

/** "Should I make up yesterday's workout?": no need, and today's offered when it may be. */
export async function noNeedToMakeUp(turn: Turn): Promise<Response> {
  const { t } = turn;
  if (workoutOf(turn.mode)) {
    const back = carryOn(turn);
    return turn.reply({ speech: speech(t.t('workout.makeUp.noNeed'), back), reprompt: speech(back) });
  }
  return withTodayOffered(turn, t.t('workout.makeUp.noNeed'), t.t('workout.offerStart'));
}

/**
 * A swap of today's workout asked as a question ("can I do strength instead today", "can I just walk instead"), heard
 * through an open slot that cannot tell "can I" from "should I": offered, a yes starting it (found in review: "should I
 * walk instead of run" started a workout). Mid-workout, what "no" starts is said, as for "I'd rather do cardio".
 */
export async function offerSwap(turn: Turn, kind: DayKind): Promise<Response> {
  const { t } = turn;
  if (workoutOf(turn.mode)) return startOrOfferResume(turn, kind);
  const today = await turn.today();
  // After a warning sign today, no workout of any kind: never offered, only to be refused at the yes (found by a helper
  // trying the console: "You can: the cardio workout works in place of today's", then "no workout today").
  if (await warnedOn(turn, today)) return noWorkoutAfterWarning(turn);
  const name = t.t(`workout.name.${kind}`);
  const ask = t.t(turn.planOn(today).kind === kind ? 'workout.swap.same' : 'workout.swap.offer', { name });
  return turn.reply({ speech: speech(ask), reprompt: speech(t.t('workout.swap.reprompt', { name })), offer: { kind: 'startWorkout', instead: kind } });
}

/**
 * "Start my workout", "let's do HIIT": today's session or the kind asked for; first an offer to pick up a workout of
 * that kind already under way, or stopped earlier today ("no" then starts the one asked for).
 */
export async function startOrOfferResume(turn: Turn, kind?: DayKind, again = false): Promise<Response> {
  const current = workoutOf(turn.mode);
  const ofKind = (place: WorkoutPlace) => kind === undefined || SESSIONS[place.sessionId].kind === kind;
  // Paused for pain, the workout waits on "does it still hurt?"; another kind asked for ("let's do strength" after HIIT
  // paused for pain) is asked about the pain too, and a "no" starts it, not the HIIT (found as a gap, then in review:
  // it went back to the HIIT).
  if (current?.hurt) return ofKind(current) ? askIfStillHurts(turn, current) : askFeltBefore(turn, await feltWithPause(turn, current.hurt), { kind });
  if (current) return offerResume(turn, current, 'workout.inProgressOffer', kind);
  const today = await turn.today();
  if (await warnedOn(turn, today)) return noWorkoutAfterWarning(turn);
  const saved = await savedPlace(turn, today);
  const same = saved && ofKind(saved);
  if (saved?.hurt) return same ? askIfStillHurts(turn, saved, true) : askFeltBefore(turn, await feltWithPause(turn, saved.hurt), { kind });
  if (same) return offerResume(turn, saved, 'workout.resumeOffer', kind);
  // Today's done and logged already ("I finished today's workout", then "start my workout"): said, and another asked for
  // first (found by a helper trying the console: it began again unsaid, and its end logged "2 of 2 HIIT sessions").
  const planned = turn.planOn(today).kind;
  if (!again && (kind === undefined || kind === planned) && planned !== 'rest' && (await doneOn(turn, today))) {
    const name = turn.t.t(`workout.name.${planned}`);
    return turn.reply({
      speech: speech(turn.t.t('workout.doneToday.again', { name })),
      reprompt: speech(turn.t.t('workout.doneToday.again.reprompt', { name })),
      offer: { kind: 'startWorkout', ...(kind !== undefined && { instead: kind }), again: true },
    });
  }
  return startWorkout(turn, today, kind);
}

/**
 * "Start over" with no workout running. To "pick up where you left off?" it begins again from the top. A question still
 * pending is asked again. A workout paused, or saved earlier today, starts again from the top (tried as a user, it
 * taught exercises instead: "nothing to move on to"); with none, today's is offered.
 */
export async function startOverOutside(turn: Turn): Promise<Response> {
  const { offer, t } = turn;
  if (offer?.kind === 'resumeWorkout') return startWorkout(turn, undefined, offer.instead, offer.insteadDay);
  // The welcome's "pick up where you left off?" names "start over" as the way to begin again.
  const again = offer?.kind === 'pickUp' ? undefined : askAgain(turn, t.t('exercise.nextPending'));
  if (again) return again;
  const today = await turn.today();
  // After a warning sign today, no way back in (found in review: through a place paused for pain).
  if (await warnedOn(turn, today)) return noWorkoutAfterWarning(turn);
  const inSession = workoutOf(turn.mode);
  const place = inSession ?? (await savedPlace(turn, today));
  if (place?.hurt) return askIfStillHurts(turn, place, inSession === undefined);
  if (!place) return workoutNotRunning(turn);
  return startWorkout(turn, today, SESSIONS[place.sessionId].kind);
}

/**
 * "Start Friday's workout", "let's do tomorrow's workout now": that day's session, done today (and logged today); the
 * day's own when it is today. First, as for a kind, the offer to pick up a workout under way or saved today.
 */
export async function startDaysWorkout(turn: Turn, date: LocalDate): Promise<Response> {
  const today = await turn.today();
  if (await warnedOn(turn, today)) return noWorkoutAfterWarning(turn);
  const { weekday, sessionId } = turn.planOn(date);
  if (weekday === weekdayOf(today)) return startOrOfferResume(turn);
  const current = workoutOf(turn.mode);
  if (current?.hurt) return current.sessionId === sessionId ? askIfStillHurts(turn, current) : askFeltBefore(turn, await feltWithPause(turn, current.hurt), { weekday });
  if (current) return offerResume(turn, current, 'workout.inProgressOffer', { weekday }, SESSIONS[sessionId].kind);
  const saved = await savedPlace(turn, today);
  if (saved?.hurt) return saved.sessionId === sessionId ? askIfStillHurts(turn, saved, true) : askFeltBefore(turn, await feltWithPause(turn, saved.hurt), { weekday });
  if (saved?.sessionId === sessionId) return offerResume(turn, saved, 'workout.resumeOffer', { weekday });
  return startWorkout(turn, today, undefined, weekday);
}

/**
 * Back at a place: the workout, where in it the user is, the exercise's short cue, and what comes next; the step
 * under way is not replayed (it was said in full before the user left; one left before half of it is); "repeat"
 * replays it.
 */
function tellPlace(turn: Turn, place: WorkoutPlace, lead: string, first?: string): Promise<Response> | Response {
  const workout = workoutFor(turn, place);
  if (isFinished(workout, place.index)) return finish(turn, workout, place);
  // A step left before half of it is said again, from the top.
  if (place.cut) return tellStep(turn, workout, place, speech(first, turn.t.t('workout.where.start', { lead, name: workoutName(turn.t, workout) })));
  const { prompt } = speakStep(turn.t, turn.catalogue, workout, place.index, contextOf(turn, place));
  return turn.reply({
    speech: speech(first).append(speakWhereYouAre(turn.t, turn.catalogue, workout, place.index, lead)).say(prompt),
    reprompt: speech(prompt),
    mode: { kind: 'workout', workout: place },
    directives: screenFor(turn, workout, place.index),
    // "Say that again" says this again: where the workout is, never the step done before it (found by a helper trying
    // the console: after "the warm-up is done", it replayed the warm-up).
    aside: true,
  });
}

/**
 * "Next" with nothing under way, as a session opens ("Alexa, next" after a timeout) or when the welcome has just
 * offered it: a workout saved earlier today is picked up. Else, or after "I'm done" in this session, `otherwise`.
 */
export async function pickUpOr(turn: Turn, otherwise: (turn: Turn) => Response | Promise<Response>): Promise<Response> {
  // Just after "Okay, we'll stop here… or shall I log what you did?", "keep going" carries on (found by a helper trying
  // the console, December 5: "There's nothing to move on to").
  // Not after "I finished my workout" offered one stopped earlier: finished is finished (found in review).
  const opening = turn.input.requestEnvelope.session?.new === true || turn.offer?.kind === 'pickUp' || (turn.offer?.kind === 'logWorkout' && turn.offer.kept === true);
  if (workoutOf(turn.mode) !== undefined) return otherwise(turn);
  const today = await turn.today();
  if (opening && (await savedPlace(turn, today))) return resumeWorkout(turn);
  // Nothing to pick up, but today's session done and logged: resume says so ("There's nothing to pick up: today's HIIT
  // workout is done and logged"), never "nothing to move on to" (found by a helper trying the console, after a session
  // that closed on its last step logged it unheard; in review, after the welcome said it was done, too).
  const history = turn.planOn(today).kind === 'rest' ? undefined : await unlessUnavailable(turn.history());
  return plannedDoneOn(turn, weekOf(history, today), today) ? resumeWorkout(turn) : otherwise(turn);
}

/**
 * "Next" or "I'm ready" with nothing under way or asked: today's workout is offered, or one stopped earlier today, a
 * yes starting it (found trying the console as a new user: "okay I'm ready" met "Ask me how to do an exercise… Which
 * exercise would you like to learn?", and the workout was never offered). On the rest day, or where no start may be
 * offered (a warning sign today, under 18, pain not yet said to have passed), the how-to's answer.
 */
export async function nextWithNothingUnderWay(turn: Turn): Promise<Response> {
  const today = await turn.today();
  // Nor under 18, nor with pain not yet said to have passed (found in review: the offer was made, and a yes started it).
  if (turn.offer || turn.planOn(today).kind === 'rest' || !(await mayOfferStart(turn))) return nothingToMoveOn(turn);
  return workoutNotRunning(turn);
}

/**
 * A workout left partway yesterday, with something done and nothing of its kind logged that day: the welcome offers to
 * log it, on its day (tried as a user, it was gone the next day with no word). A no forgets it.
 */
export function offerYesterdaysWorkout(turn: Turn, history: UserHistory, today: LocalDate): { question: string; reprompt: string; offer: Offer } | undefined {
  const yesterday = formatIsoDate(addDays(today, -1));
  const week = history.weeks.find((candidate) => candidate.workout?.date === yesterday);
  return week?.workout && offerUnlogged(turn, week, week.workout, 'yesterday');
}

/**
 * A workout left unlogged on its day, offered for logging as the welcome says it: stopped partway, or gone through by
 * skipping ("Earlier today you went through your strength workout, skipping some of it"). A no forgets it.
 */
export function offerUnlogged(turn: Turn, week: WeekProgress, saved: WorkoutPlace, when: 'today' | 'yesterday'): { question: string; reprompt: string; offer: Offer } | undefined {
  const { t } = turn;
  const left = toLog(turn, week, saved);
  if (!left) return undefined;
  const { workout, summary, activity, place } = left;
  const key = isFinishedPlace(turn, place) ? (when === 'today' ? 'welcomeBack.skippedToday' : 'welcomeBack.skippedYesterday') : 'welcomeBack.yesterday';
  return {
    question: t.t(key, { name: workoutName(t, workout), summary: speakSummary(t, summary) }),
    reprompt: t.t('workout.logOffer.reprompt'),
    offer: {
      kind: 'logWorkout',
      activity,
      minutes: Math.round(summary.seconds / 60),
      date: place.date,
      ...(!summary.countsAsSession && { partial: true as const }),
      stale: true,
    },
  };
}

/**
 * A workout left partway on its day, as it can be offered for logging: nothing when nothing of it was done past the
 * warm-up, or its kind has been logged that day since it started (a yes would count it twice; one logged before, for a
 * second workout of a kind that day, is another session: found in review, "log my workout" logged the day's plan).
 */
function toLog(turn: Turn, week: WeekProgress | undefined, place: WorkoutPlace) {
  const workout = workoutFor(turn, place);
  const activity = ACTIVITY_FOR_DAY[workout.kind];
  const day = parseIsoDate(place.date);
  if (!day || sessionsOn(week, weekdayOf(day), activity) > (place.counted ?? 0)) return undefined;
  const summary = summaryOf(workout, place);
  return summary.main.done === 0 ? undefined : { workout, summary, activity, place };
}

/**
 * What a workout kept today did, not yet counted (stopped partway, or gone through by skipping), for a progress answer
 * about today or this week, with how to finish or log it (found by a helper trying the console: "Nothing logged for
 * today" that evening, with no word of the morning's sets). Undefined when there is none, or nothing in it was done.
 */
export function unloggedToday(turn: Turn, history: UserHistory, today: LocalDate): string | undefined {
  const week = history.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(today)));
  const saved = placeSavedOn(week, today);
  const left = saved && toLog(turn, week, saved);
  if (!left) return undefined;
  const { t } = turn;
  const said = { name: workoutName(t, left.workout), summary: speakSummary(t, left.summary) };
  if (isFinishedPlace(turn, left.place)) return t.t('progress.unlogged.skipped', said);
  // After a warning sign today, no way back into it: only the log.
  const warned = history.profile?.warningOn === formatIsoDate(today);
  return t.t(warned ? 'progress.unlogged.stoppedLogOnly' : 'progress.unlogged.stopped', said);
}

/** "No" to logging yesterday's workout: its place is forgotten, so it is not offered again. */
export async function forgetYesterdaysWorkout(turn: Turn, date: string): Promise<void> {
  const day = parseIsoDate(date);
  if (day) await stored(turn.withStore((store, user) => store.saveWorkout(user, formatIsoWeek(isoWeekOf(day)), null)));
}

/** "Resume my workout": the one in this session, else the place saved today, on any device. */
/**
 * "Can I finish my workout after work", "…later tonight": one left partway today, or paused now, is kept for later, and
 * how to pick it up is said (found by a helper trying the console: asked in the morning, it was picked up there and
 * then). With none to keep, what resume says; `keptOnly`, nothing ("can I finish it later" names no workout).
 */
export async function finishLater(turn: Turn): Promise<Response>;
export async function finishLater(turn: Turn, keptOnly: true): Promise<Response | undefined>;
export async function finishLater(turn: Turn, keptOnly = false): Promise<Response | undefined> {
  const { t } = turn;
  const inSession = workoutOf(turn.mode);
  const place = inSession ?? (await savedPlace(turn, await turn.today()));
  if (!place) return keptOnly ? undefined : resumeWorkout(turn);
  const name = t.t(`workout.name.${SESSIONS[place.sessionId].kind}`);
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(t.t(inSession ? 'workout.finishLater.now' : 'workout.finishLater', { name }), question), reprompt: speech(reprompt) });
}

export async function resumeWorkout(turn: Turn, first?: string): Promise<Response> {
  const { t } = turn;
  const inSession = workoutOf(turn.mode);
  if (inSession?.hurt) return askIfStillHurts(turn, inSession);
  // A condition told mid-workout ("I have a heart condition"): going on waits for a doctor's okay, as a start does
  // (found in review: "resume my workout" carried straight on).
  const caution = cautionFor(turn);
  if (inSession && caution) return askCleared(turn, caution, undefined, undefined, true);
  // Said to "say next when you're ready", "carry on" goes on, as next does (found by a helper trying the console: hi-IN
  // "aage chalo" retold where the warm-up stood, every time, and the user was stuck). Cut in on, or after a pause, it
  // says where the workout is, as it does coming back from a lesson.
  if (inSession && isWorkoutRunning(turn.mode) && heardThrough(turn, workoutFor(turn, inSession), inSession)) return moveInWorkout(turn, 'next');
  if (inSession) return tellPlace(turn, inSession, t.t('workout.lead.goOn'));
  const today = await turn.today();
  if (await warnedOn(turn, today)) return noWorkoutAfterWarning(turn);
  const place = await savedPlace(turn, today);
  if (place?.hurt) return askIfStillHurts(turn, place, true);
  // Stopped to check with a doctor first, this session or an earlier one: going on asks again. Read again now the
  // profile is (a caution it holds reaches the session with that read: found in a second review).
  const waiting = place && cautionFor(turn, SESSIONS[place.sessionId].kind);
  if (place && waiting) return askCleared(turn, waiting, undefined, undefined, true);
  const felt = place && feltToAsk(turn, await unlessUnavailable(turn.history()), today);
  if (felt) return askFeltBefore(turn, felt, {}, true);
  if (place) return tellPlace(turn, place, t.t('workout.lead.back'), first);
  // One gone through by skipping earlier today, its log not answered: offered again, never picked up.
  const skipped = await offerSavedWorkoutLog(turn);
  if (skipped) return skipped;
  // Today's workout done and logged (a session that closed on its last step logs it): said, never offered again (found
  // by a helper trying the console: "yes" to "want to start today's workout?" began it from the warm-up).
  const kind = turn.planOn(today).kind;
  const history = await unlessUnavailable(turn.history());
  if (plannedDoneOn(turn, weekOf(history, today), today)) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('workout.doneToday', { name: t.t(`workout.name.${kind}`) }), question), reprompt: speech(reprompt) });
  }
  // One left partway yesterday ("stop" at 11:50 PM, "resume my workout" at 12:10 AM) is offered for logging, as the
  // welcome offers it (found by a helper: the new day's was offered, and the sets done were never offered again).
  const yesterdays = history && offerYesterdaysWorkout(turn, history, today);
  if (yesterdays) return turn.reply({ speech: speech(t.t('workout.noneSavedToday'), yesterdays.question), reprompt: speech(yesterdays.reprompt), offer: yesterdays.offer });
  return turn.reply({ speech: speech(t.t('workout.noneSaved')), reprompt: speech(t.t('workout.noneSaved')), offer: { kind: 'startWorkout' } });
}

/**
 * Whether a level changed now reaches any part of the workout under way: none is left to start in the rounds of a HIIT
 * workout, the steady part of a cardio one, or the last exercise (found by a helper trying the console: "Your new level
 * starts with the next exercise", mid-HIIT, and every round after stayed as it was).
 */
export function levelReachesWorkout(turn: Turn): boolean {
  const place = workoutOf(turn.mode);
  if (!place) return false;
  const workout = workoutFor(turn, place);
  const step = workout.steps[place.index];
  if (!step || step.kind === 'cool-down') return false;
  if (step.kind === 'warm-up') return true;
  // An exercise after this one takes it, even after a "back" or a second change (found in review: each was told "your
  // next workout", and the next exercise took the new level).
  const at = exercisePosition(workout, step);
  return at >= 0 && at < SESSIONS[workout.sessionId].exerciseIds.length - 1;
}

/**
 * A level changed since the workout was built reaches the exercises not yet started; the steps up to the current one,
 * and so the place, stay as they are. The level is the session's, once this session has known it.
 */
function withLevelFromNextExercise(turn: Turn, place: WorkoutPlace): WorkoutPlace {
  const level = turn.state.level;
  if (!level) return place;
  const levels = levelsFromNextExercise(workoutFor(turn, place), place.index, (step) => isStepDone(place, step), level);
  return levels ? withLevels(place, levels) : place;
}

/**
 * The first time the user gets through an exercise, it is theirs: later workouts give it one short cue. Kept in the
 * profile by the one write this request makes (a move forward makes no other).
 */
async function learnExercise(turn: Turn, workout: Workout, place: WorkoutPlace): Promise<WorkoutPlace> {
  const step = workout.steps[place.index];
  const position = exercisePosition(workout, step);
  if (!step || !('exerciseId' in step) || position < 0 || isFamiliar(place, position)) return place;
  const { exerciseId } = step;
  await stored(turn.withStore((store, user) => store.updateProfile(user, { knownExercises: [exerciseId] })));
  // Known for the rest of this workout even if the store was down: at worst a later workout says the full form again.
  return withFamiliar(place, position);
}

export type WorkoutMove = 'next' | 'previous' | 'skip' | 'coolDown' | 'repeat' | 'restart';

/**
 * "Go to the next exercise": at the end of a move, with the next named as coming, on to it, as next goes; mid-move, the
 * rest of the move skipped, as skip does (found by a helper trying the console in Indian English: at "say next when
 * you're ready for deadlifts" it skipped the deadlifts, and in cardio, the steady pace).
 */
export function goToNextExercise(turn: Turn): Promise<Response> {
  const at = workoutOf(turn.mode);
  return moveInWorkout(turn, at && atMoveEnd(workoutFor(turn, at), at.index) ? 'next' : 'skip');
}

/**
 * "Start over" mid-workout, past its first step: the whole workout from the warm-up is asked about first, as the place
 * reached would be lost to a slip of the tongue ("start this round over"); said again, or yes, it starts over. On the
 * first step, nothing is lost, and it starts over at once.
 */
export async function startOverAsked(turn: Turn): Promise<Response> {
  const at = workoutOf(turn.mode);
  if (!at || at.index === 0 || at.hurt || turn.offer?.kind === 'restartWorkout' || cautionFor(turn)) return moveInWorkout(turn, 'restart');
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('workout.restartAsk')), reprompt: speech(t.t('workout.restartAsk.reprompt')), offer: { kind: 'restartWorkout' } });
}

/**
 * Next, back, skip and repeat while a workout runs. Moving on (next or skip) puts the step just said behind the user,
 * done if it ran at least half its work: the request's time against when the step began tells ("Alexa, next" ten
 * seconds into a set leaves it undone; next at its end, or in the rest after it, counts it).
 */
export async function moveInWorkout(turn: Turn, move: WorkoutMove): Promise<Response> {
  const at = workoutOf(turn.mode);
  if (!at) return workoutNotRunning(turn);
  if (at.hurt) return askIfStillHurts(turn, at);
  // A condition told mid-workout: going on waits for a doctor's okay, whichever way it is asked for; "repeat" says the
  // question again rather than the step, whose timer would run on (found in review).
  const caution = cautionFor(turn);
  if (caution) return askCleared(turn, caution, undefined, undefined, true);
  const { reachedByBack, reachedBySkip, ...place } = withLevelFromNextExercise(turn, at);
  const workout = workoutFor(turn, place);
  switch (move) {
    case 'next':
    case 'skip': {
      const to = move === 'next' ? nextPosition(workout, place.index) : skipExercise(workout, place.index);
      const done = withStepDoneUnlessCut(turn, workout, place);
      const lead = move === 'skip' ? skippedLead(turn, workout, place.index, to) : undefined;
      // An exercise is learnt by getting through a set of it, not by passing it.
      const learnt = isFinished(workout, to) || !isStepDone(done, place.index) ? done : await learnExercise(turn, workout, done);
      return moveTo(turn, workout, move === 'skip' && !isFinished(workout, to) ? { ...learnt, reachedBySkip: true } : learnt, to, lead);
    }
    case 'coolDown': {
      // What was skipped stays undone: the summary and the log count only what was done.
      const to = coolDownPosition(workout, place.index);
      return moveTo(turn, workout, to === place.index ? place : withStepDoneUnlessCut(turn, workout, place), to);
    }
    case 'previous': {
      // A step heard through ends on what comes next ("Ready for round 2? Say next."): back is that step again, done
      // as it was (found by a helper trying the console: back after round 1 went to the warm-up, and round 1 was lost
      // from the summary). Cut in on, back is the step before it.
      const step = workout.steps[place.index];
      // Picked up after a pause ("Set 1 of 2 is done. Say next when you're ready for set 2"), nothing paced since: the
      // step said to be done was heard through (found by a helper trying the console: back began the warm-up again).
      const toldDone = place.workFrom === undefined && !place.cut && isStepDone(place, place.index);
      const through = heardThrough(turn, workout, place) || toldDone;
      // Right after a skip ("skip", then "go back" over the next exercise's first set), back is the exercise skipped
      // (found by a helper trying the console: it replayed the set just heard).
      const before = workout.steps[place.index - 1];
      // Timed parts too: "skip" over cardio's steady pace, then "go back" over the cool-down, is the steady pace, which
      // "skip" marks done when its speech was heard through (found by a helper trying the console: the cool-down began
      // again).
      const skippedJustBefore =
        (reachedBySkip === true && before !== undefined) ||
        (step !== undefined && before !== undefined && 'exerciseId' in step && 'exerciseId' in before && before.exerciseId !== step.exerciseId && !isStepDone(place, place.index - 1));
      // Back said again after a back goes on back, a step each time.
      if (through && !skippedJustBefore && !reachedByBack) return moveTo(turn, workout, { ...withStepDone(place, place.index), reachedByBack: true }, place.index);
      const from = through ? withStepDone(place, place.index) : place;
      const to = backPosition(workout, place.index, (at) => isStepDone(from, at));
      return moveTo(turn, workout, { ...from, reachedByBack: true }, to, backToLead(turn, step, workout.steps[to]));
    }
    case 'repeat':
      return moveTo(turn, workout, place, place.index);
    case 'restart':
      // Said so, or the warm-up's first words come with no sign it was heard (tried as a user, December 5).
      return moveTo(turn, workout, place, 0, speech(turn.t.t('workout.fromTheTop')));
  }
}

/**
 * Back into another move, at a step that does not name it ("Set 2 of 2", "Now the other side"): which move, first (found
 * by a helper trying the console: "skip", then "back", began "Set 2 of 2. And go" with no word of the deadlifts).
 */
function backToLead(turn: Turn, from: WorkoutStep | undefined, to: WorkoutStep | undefined): Speech | undefined {
  if (to?.kind !== 'set' || (to.set === 1 && to.side !== 'second')) return undefined;
  if (from !== undefined && 'exerciseId' in from && from.exerciseId === to.exerciseId) return undefined;
  const name = findExercise(turn.catalogue, to.exerciseId)?.name;
  return name === undefined ? undefined : speech(turn.t.t('workout.backTo', { name }));
}

/**
 * A rest between sets named alone ("skip the rest", "skip this break"): going on, as "next" does. Not "the rest of this
 * exercise", which is the plain skip (found in review).
 */
const REST_WORDS = /^(?:the |this |that )?(?:rest|break|breather|pause)(?: period)?$/i;
/**
 * The warm-up named ("skip the warm up"): under way, it ends there and the first exercise comes; heard through to "ready
 * for deadlifts?", or gone by, it is said to be done (found by a helper trying the console: the deadlifts it led to were
 * skipped).
 */
const WARM_UP_WORDS = /\bwarm[ -]?ups?\b/i;
/** The cool-down named ("skip the cool down"): skipped in it or when it is next, and before that said to come at the end. */
const COOL_DOWN_WORDS = /\bcool[ -]?down\b/i;
/** Stretching named in a training workout is its cool-down ("skip the stretching"); on a recovery day, its own work. */
const STRETCH_WORDS = /\bstretch(?:es|ing)?\b/i;

/**
 * "Skip the deadlifts": skipped, as "skip" would, when they are the ones coming up; one still to come, one gone
 * through, or one not in the workout is said so, and the workout carries on where it was. "Skip the rest" (between
 * sets) goes on; "skip the cool-down" before it comes is said to be at the end. A name it cannot place is the plain skip.
 */
export function skipNamed(turn: Turn, named: { readonly id: string } | { readonly spoken: string }): Promise<Response> | Response {
  const at = workoutOf(turn.mode);
  if (!at || at.hurt || cautionFor(turn)) return moveInWorkout(turn, 'skip');
  const workout = workoutFor(turn, at);
  if ('spoken' in named) {
    if (REST_WORDS.test(named.spoken.trim())) return moveInWorkout(turn, 'next');
    if (WARM_UP_WORDS.test(named.spoken)) return skipWarmUp(turn, workout, at);
    const coolDownAhead = workout.steps.some((step, index) => index > at.index + 1 && step.kind === 'cool-down');
    const inOrNext = [workout.steps[at.index], workout.steps[at.index + 1]].some((step) => step?.kind === 'cool-down');
    const recovery = workout.steps.some((step) => step.kind === 'recovery');
    const coolDown = COOL_DOWN_WORDS.test(named.spoken) || (!recovery && STRETCH_WORDS.test(named.spoken));
    if (coolDown && coolDownAhead && !inOrNext) return answerAndCarryOn(turn, speech(turn.t.t('workout.skip.coolDown')), at);
    // "Skip the deadlifts please": a move of the catalogue inside what the slot took.
    const inside = namedWithin(namedExercises(turn.catalogue), named.spoken);
    if (inside) return skipNamed(turn, { id: inside.id });
    // "Skip the plank": a move the catalogue does not teach, unless one of the workout's says it ("the side plank").
    // Found by trying the console: in a HIIT session it skipped every round to the cool-down.
    const other = OTHER_MOVES.exec(named.spoken)?.[1]?.toLowerCase().replace(/s$/, '').replace(/ /g, '');
    if (other !== undefined) {
      const ids = workout.steps.flatMap((step) => ('exerciseId' in step ? [step.exerciseId] : []));
      const saying = ids.find((id) => findExercise(turn.catalogue, id)?.name.toLowerCase().replace(/ /g, '').includes(other));
      return saying ? skipNamed(turn, { id: saying }) : answerAndCarryOn(turn, speech(turn.t.t('workout.skip.otherMove')), at);
    }
    return moveInWorkout(turn, 'skip');
  }
  const exercise = findExercise(turn.catalogue, named.id);
  // A recovery day's steps name their activity, not an exercise ("skip the walk"): the plain skip (found in review).
  if (!exercise || workout.steps.some((step) => step.kind === 'recovery')) return moveInWorkout(turn, 'skip');
  const where = namedForSkip(workout, at.index, exercise.id);
  if (where === 'next') return moveInWorkout(turn, 'skip');
  // One still to come is left out when the workout gets to it (noticed at the last stop: it was "when we do, say skip").
  if (where === 'later') return answerAndCarryOn(turn, speech(turn.t.t('workout.skip.noted', { name: exercise.name })), withSkipping(at, exercisePosition(workout, workout.steps.find((step) => 'exerciseId' in step && step.exerciseId === exercise.id))));
  return answerAndCarryOn(turn, speech(turn.t.t(`workout.skip.${where}`, { name: exercise.name })), at);
}

/** "Skip the warm up": its parts left go, and the first exercise comes; a warm-up done is said to be done. */
function skipWarmUp(turn: Turn, workout: Workout, at: WorkoutPlace): Promise<Response> | Response {
  const step = workout.steps[at.index];
  const lastPart = workout.steps[at.index + 1]?.kind !== 'warm-up';
  if (step?.kind !== 'warm-up' || (lastPart && heardThrough(turn, workout, at))) return answerAndCarryOn(turn, speech(turn.t.t('workout.skip.warmUpDone')), at);
  // Its last part cut in on is left as "next" leaves it; an earlier one, as "skip" leaves a block.
  return moveInWorkout(turn, lastPart ? 'next' : 'skip');
}

/**
 * "I've done my rows", said with a workout under way that has them: part of this workout, counted when it ends, never a
 * session logged beside it (found by a helper trying the console: it logged a strength session, so the workout's own
 * end counted "2 of 3", or a later "resume" said the day's workout was done and logged). Undefined for a move it lacks
 * (isMoveOfWorkout tells, with no answer built).
 */
export function isMoveOfWorkout(turn: Turn, exerciseId: string): boolean {
  const place = workoutOf(turn.mode);
  return place !== undefined && workoutFor(turn, place).steps.some((step) => 'exerciseId' in step && step.exerciseId === exerciseId);
}
export function tellMoveOfWorkout(turn: Turn, exerciseId: string): Response | undefined {
  const place = workoutOf(turn.mode);
  if (!place || !isMoveOfWorkout(turn, exerciseId)) return undefined;
  const name = findExercise(turn.catalogue, exerciseId)?.name ?? '';
  const counted = speech(turn.t.t('workout.moveCountedAtEnd', { name }));
  // Paused for pain, it stays paused, and says how it goes on (found trying the console: a session was logged).
  if (place.hurt) {
    const paused = turn.t.t('workout.carryOn.hurt');
    return turn.reply({ speech: counted.say(paused), reprompt: speech(paused), mode: { kind: 'workout', workout: place } });
  }
  return answerAndCarryOn(turn, counted, place);
}

/** An answer in the middle of a workout, which then carries on from where it was. */
function answerAndCarryOn(turn: Turn, answer: Speech, place: WorkoutPlace): Response {
  const back = carryOn(turn);
  return turn.reply({ speech: answer.say(back), reprompt: speech(back), mode: { kind: 'workout', workout: place }, aside: true });
}

/** "What's next?" */
export function tellUpcoming(turn: Turn): Response | Promise<Response> {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  return answerAndCarryOn(turn, speakUpcoming(turn.t, turn.catalogue, workoutFor(turn, place), place.index, contextOf(turn, place)), place);
}

/**
 * "Can I do it slowly?" mid-workout: yes, at their own pace, and the workout carries on. Not a report that it was too
 * hard (found in review: that was remembered, and offered a lower level).
 */
export function tellOwnPace(turn: Turn): Response | Promise<Response> {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  // Paused for pain, or for a condition with no doctor's okay yet: no "yes, go on" (found in review).
  if (place.hurt) return askIfStillHurts(turn, place);
  const caution = cautionFor(turn);
  if (caution) return askCleared(turn, caution, undefined, undefined, true);
  // In HIIT, a round is hard by design: the pace is one's own hard, never "slow and steady" (found by a helper).
  const rounds = workoutFor(turn, place).steps.some((step) => step.kind === 'interval');
  return answerAndCarryOn(turn, speech(turn.t.t(rounds ? 'workout.ownPace.hiit' : 'workout.ownPace')), place);
}

/**
 * "How many left?", "how much longer?", "kitna time bacha hai?": what is left, and about how long it takes (found by
 * helpers trying the console: "how much longer" and "kitna time bacha hai" heard no time at all).
 */
export function tellWorkoutProgress(turn: Turn, week?: string, lead?: string): Response | Promise<Response> {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  const workout = workoutFor(turn, place);
  const into = secondsInto(turn, place);
  const progress = speakProgress(turn.t, workout, place.index, into).say(timeLeft(turn, workout, place, into), week);
  return answerAndCarryOn(turn, lead === undefined ? progress : speech(lead).append(progress), place);
}

/**
 * "Did that round count", mid-workout: it did, and the workout is logged at its end or at "I'm done"; then where it is
 * (found by a helper trying the console: "Nothing logged for today", as if the rounds were lost).
 */
export function tellWorkoutCounts(turn: Turn): Response | Promise<Response> {
  return tellWorkoutProgress(turn, undefined, turn.t.t('workout.counts'));
}

/**
 * "How's my week going", "how am I doing", mid-workout: where the workout is, then the week's sessions before it in a
 * line (found by a helper trying the console: "how's my week going" told only the workout). The week read fails
 * quietly: the workout's part is said all the same.
 */
export async function tellWorkoutAndWeek(turn: Turn): Promise<Response> {
  const place = workoutOf(turn.mode);
  const history = place ? await unlessUnavailable(turn.history()) : undefined;
  const week = weekOf(history, await turn.today());
  const sessions = week ? sessionsDone(week) : 0;
  const line = history === undefined ? undefined : sessions > 0 ? turn.t.t('workout.weekSoFar', { count: sessions }) : turn.t.t('workout.weekSoFar.none');
  // Walks are no session, but they were done: said too (found by a helper trying the console: a walk just logged was
  // left out, and "this is your first session" sounded as if it did not count).
  const walks = week?.sessions.walk ?? 0;
  return tellWorkoutProgress(turn, line && walks > 0 ? `${line} ${turn.t.t('workout.weekSoFar.walks', { count: walks })}` : line);
}

/** "About 12 minutes to go": the steps after the one under way, and what is left of it when known how far in it is. */
function timeLeft(turn: Turn, workout: Workout, place: WorkoutPlace, into?: number): string {
  const left = minutesLeft(workout, place, into);
  return left < 1 ? turn.t.t('workout.length.lastBit') : turn.t.t('workout.length.left', { count: left });
}

/** The minutes left in a workout, to the nearest, from this far into the step under way. */
function minutesLeft(workout: Workout, place: WorkoutPlace, into?: number): number {
  const step = workout.steps[place.index];
  const ofThis = step && into !== undefined ? Math.max(0, stepSeconds(step) - Math.max(0, into)) : 0;
  const after = workout.steps.slice(place.index + 1).reduce((sum, next) => sum + stepSeconds(next), 0);
  return Math.round((after + ofThis) / 60);
}

/**
 * About how many minutes steps take. A whole workout is said the way a person would, to five minutes once it is a
 * quarter of an hour or more; the time left in one is said to the minute, so it is heard going down.
 */
function aboutMinutes(steps: readonly Workout['steps'][number][], toFive = false): number {
  const minutes = steps.reduce((sum, step) => sum + stepSeconds(step), 0) / 60;
  return toFive && minutes >= 15 ? Math.round(minutes / 5) * 5 : Math.round(minutes);
}

/**
 * "How long is this gonna take?": mid-workout, about how long is left, and the workout carries on; else about how long
 * the day asked about (today's, unless another day is named) takes at the user's level, and today's is offered.
 */
export async function tellWorkoutLength(turn: Turn, date?: string, kindNamed?: DayKind): Promise<Response> {
  const { t } = turn;
  const place = workoutOf(turn.mode);
  // "How long is Monday's workout?" mid-workout asks about Monday's (found in review): only a day unsaid is this one,
  // and only a kind unsaid or its own ("how long is the cardio" mid-strength asks about the cardio).
  const ofThisOne = kindNamed === undefined || (place !== undefined && SESSIONS[place.sessionId].kind === kindNamed);
  if (place && date === undefined && ofThisOne) return answerAndCarryOn(turn, speech(timeLeft(turn, workoutFor(turn, place), place, secondsInto(turn, place))), place);
  // Just stopped, "shall I log what you did?" asked: what it took, and the question again (found trying the console: the
  // whole workout's length, and an offer to start it, the question dropped).
  // Only one stopped today: the welcome's offer to log yesterday's is no answer to how long today's is (found in review).
  const today = await turn.today();
  const stopped = turn.offer?.kind === 'logWorkout' && turn.offer.date === formatIsoDate(today) && date === undefined && kindNamed === undefined ? turn.offer : undefined;
  const again = stopped && askAgain(turn, t.t('workout.length.stopped', { count: Math.max(1, stopped.minutes) }));
  if (again) return again;
  // The one read: the level and the rest day the plan goes by, and whether today's is done already.
  const history = await unlessUnavailable(turn.history());
  const asked = interpretDate(date, today);
  // "How long is the HIIT workout" on a strength day: the next day of the week that has one, today's if it does.
  const day = date === undefined && kindNamed !== undefined ? nextDayOfKind(turn, today, kindNamed) : asked.kind === 'day' ? asked.date : today;
  const isToday = formatIsoDate(day) === formatIsoDate(today);
  const { sessionId } = turn.planOn(day);
  const kind = SESSIONS[sessionId].kind;
  const workout = workoutFor(turn, newWorkoutPlace(formatIsoDate(day), sessionId, turn.level));
  const values = { name: t.t(`workout.name.${kind}`), minutes: aboutMinutes(workout.steps, true), level: t.t(`level.${turn.level}`), day: weekdayName(t, weekdayOf(day)) };
  // Today's, done: what it took ("how long did that take me", found trying the console: the fallback, and "how long is
  // today's workout" said what it would take, as if it were still to do).
  const took = isToday && !place ? minutesLoggedOn(weekOf(history, today), weekdayOf(today), ACTIVITY_FOR_DAY[kind]) : 0;
  if (took > 0) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('workout.length.took', { name: values.name, minutes: took }), question), reprompt: speech(reprompt) });
  }
  // Stopped partway today with its place saved, nothing logged ("I'm done" after the warm-up, then "how long did that
  // take me"): how much is left, and picking it up is offered (found trying the console: the whole workout's length, and
  // an offer to start it afresh).
  const saved = isToday && !place && kindNamed === undefined && !(await warnedOn(turn, today)) ? await savedPlace(turn, today) : undefined;
  if (saved) {
    const left = Math.max(1, minutesLeft(workoutFor(turn, saved), saved, 0));
    return turn.reply({
      speech: speech(t.t('workout.length.saved', { count: left, name: workoutName(t, workoutFor(turn, saved)) })),
      reprompt: speech(t.t('welcomeBack.stopped.reprompt')),
      offer: { kind: 'pickUp' },
    });
  }
  // Part of it logged, ended early: what was done, and what all of it takes (found in review: what it would take, and
  // an offer to start it, just after 8 minutes were logged).
  const part = isToday && !place ? minutesLoggedOn(weekOf(history, today), weekdayOf(today), ACTIVITY_FOR_DAY[kind], false) : 0;
  if (part > 0) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('workout.length.part', { ...values, done: part }), question), reprompt: speech(reprompt) });
  }
  const told = t.t(`workout.length.${isToday ? 'today' : 'day'}${kind === 'rest' ? '.rest' : ''}`, values);
  const offer = isToday && (await mayOfferStart(turn));
  if (offer) return turn.reply({ speech: speech(told, t.t('workout.length.startIt')), reprompt: speech(t.t('workout.length.startIt')), offer: { kind: 'startWorkout' } });
  // "How long is the HIIT workout" on a strength day, then "okay, start it": the HIIT, in today's place, never today's
  // strength (found by a helper trying the console). Asked of a day ("how long is Thursday's"), nothing is offered; nor on
  // the rest day, nor in a lesson, which a yes would leave (both found in review).
  const swapMayBeOffered = !place && howToOf(turn.mode) === undefined && SESSIONS[turn.planOn(today).sessionId].kind !== 'rest';
  if (swapMayBeOffered && kindNamed !== undefined && date === undefined && kind === kindNamed && kind !== 'rest' && (await mayOfferStart(turn))) {
    return turn.reply({ speech: speech(told, t.t('workout.length.instead')), reprompt: speech(t.t('workout.length.instead')), offer: { kind: 'startWorkout', instead: kind } });
  }
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(told, question), reprompt: speech(reprompt) });
}

/** The first day from `from`, within a week, whose planned workout is of `kind`; `from` itself if none is. */
function nextDayOfKind(turn: Turn, from: LocalDate, kind: DayKind): LocalDate {
  for (let offset = 0; offset < 7; offset += 1) {
    const day = addDays(from, offset);
    if (SESSIONS[turn.planOn(day).sessionId].kind === kind) return day;
  }
  return from;
}

/**
 * The exercise "this one" means mid-workout: the one coming up when the step just said ended on it ("say next when
 * you're ready for the suitcase carry", as skip means it), else the one under way, if any.
 */
export function currentWorkoutExercise(turn: Turn) {
  const place = workoutOf(turn.mode);
  if (!place) return undefined;
  const { steps } = workoutFor(turn, place);
  const coming = steps[place.index + 1];
  const step = coming && 'exerciseId' in coming ? coming : steps[place.index];
  return step && 'exerciseId' in step ? findExercise(turn.catalogue, step.exerciseId) : undefined;
}

/**
 * The exercise "the next one" means mid-workout, for "how do I do the next exercise": the first after the one under way
 * (sets of the same move are no next exercise), or the first of the workout from its warm-up.
 */
export function nextWorkoutExercise(turn: Turn) {
  const place = workoutOf(turn.mode);
  if (!place) return undefined;
  const { steps } = workoutFor(turn, place);
  const now = steps[place.index];
  const under = now && 'exerciseId' in now ? now.exerciseId : undefined;
  const next = steps.slice(place.index + 1).find((step) => 'exerciseId' in step && step.exerciseId !== under);
  return next && 'exerciseId' in next ? findExercise(turn.catalogue, next.exerciseId) : undefined;
}

/** The move under way mid-workout, or the last one before it ("how do I do the last one": the one just done). */
export function lastWorkoutExercise(turn: Turn) {
  const place = workoutOf(turn.mode);
  if (!place) return undefined;
  const { steps } = workoutFor(turn, place);
  const step = steps.slice(0, place.index + 1).findLast((candidate) => 'exerciseId' in candidate);
  return step && 'exerciseId' in step ? findExercise(turn.catalogue, step.exerciseId) : undefined;
}

/** The exercises of the workout under way, in its order, for "how do I do the second one" mid-workout. */
export function workoutExerciseIds(turn: Turn): readonly string[] | undefined {
  const place = workoutOf(turn.mode);
  return place && SESSIONS[place.sessionId].exerciseIds;
}

/** The move "this" points at mid-workout: the exercise under way or coming, or in HIIT, HIIT itself (its rounds name no exercise). */
export function movePointedAt(turn: Turn) {
  // In a lesson, the move taught (found in review: "is this safe for my back" in the superman's lesson was the general answer).
  const taught = howToOf(turn.mode);
  if (taught) return findExercise(turn.catalogue, taught.exerciseId);
  const place = workoutOf(turn.mode);
  if (!place) return undefined;
  return currentWorkoutExercise(turn) ?? (workoutFor(turn, place).kind === 'hiit' ? findExercise(turn.catalogue, 'hiit') : undefined);
}

/**
 * "Is it safe for me", "is this safe for my back" with no move to point at: that this coach is no doctor. Mid-workout
 * (a cardio stretch, the cool-down) the workout carries on (found in review: the safe answer paused it for pain nobody
 * told).
 */
export function tellNoDoctor(turn: Turn): Response | Promise<Response> {
  const place = workoutOf(turn.mode);
  return place ? answerAndCarryOn(turn, speech(turn.catalogue.safety['medical-advice']), place) : answerConcern(turn, 'medical-advice');
}

/**
 * Where a move is felt ("how should my back feel on this one", "should I feel it in my lower back"), or whether it is
 * done right ("am I doing it right"), asked of the move under way: its muscles and its caution, or its form cues, and
 * the workout carries on. Undefined with no move under way. Found by a helper trying the console mid-workout: a level
 * was asked for, the move's whole lesson took the workout over, or "not something I can help with".
 */
export function tellAboutMoveUnderWay(turn: Turn, asked: 'feel' | 'form', spoken?: string): Response | Promise<Response> | undefined {
  const exercise = currentWorkoutExercise(turn);
  const place = workoutOf(turn.mode);
  if (!exercise || !place) return undefined;
  const { t } = turn;
  // Felt somewhere the move does not work ("is it bad that I feel this in my knee"): the pain answer, never its muscles
  // (found in review).
  const where = asked === 'feel' ? FELT_IN.exec(spoken ?? '')?.[1]?.trim().toLowerCase() : undefined;
  const works = (part: string) => exercise.muscles.some((muscle) => muscle.includes(part) || part.includes(muscle));
  if (where !== undefined && !works(where)) return answerConcern(turn, undefined);
  const answer =
    asked === 'feel'
      ? speech(t.t('workout.feelIt', { name: exercise.name, muscles: t.list(exercise.muscles) }), exercise.caution)
      : speech(t.t('workout.formCheck', { cues: exercise.cues.join(' ') }));
  return answerAndCarryOn(turn, answer, place);
}

/** Where a move is felt, said after "in my" ("in my knee", "in my lower back"). */
const FELT_IN = /\bin (?:my|the|your) ([a-z ]+?)(?: (?:muscles?|area))?$/i;
/** Where a move should be felt, asked in the words an open slot took ("should I feel it in my lower back"). */
export const FEEL_ASKED = /\b(?:feel|feeling|felt)\b.*\b(?:it|this|that|this one|on this|in my|where)\b|\bwhere\b.*\bfeel\b|\bwhat (?:muscles|muscle)\b/i;
/** Whether the move is done right, asked in the words an open slot took ("doing it right", "is my form okay"). */
export const FORM_ASKED =
  /^(?:(?:am i |i'm |im )?doing (?:it|this|that|this one) (?:right|correctly|properly|ok|okay)|(?:is )?my form (?:ok|okay|good|right|correct)|(?:is )?(?:this|it|that) (?:right|correct|the right way))$/i;

/** "How do I do this one?" mid-workout: the steps of the exercise under way, then the workout carries on. */
export function tellCurrentExercise(turn: Turn): Response | Promise<Response> {
  // Paused for pain, "what do I do now" or "is it safe to do this" asks what to do about it, not how to do the move that
  // hurt (found by a helper trying the console: it taught the deadlift).
  const hurtHelp = tellPausedForHurt(turn);
  if (hurtHelp) return hurtHelp;
  const place = workoutOf(turn.mode);
  const workout = place && workoutFor(turn, place);
  // Heard through to "ready for yoga or stretching?" or "ready to cool down?", "this one" is what comes (found by a
  // helper trying the console, December 6: the warm-up's words again; and in review, the side plank just done).
  const coming = place && workout ? workout.steps[place.index + 1] : undefined;
  const blockComing = place && workout && coming && isBlock(coming) && heardThrough(turn, workout, place) ? coming : undefined;
  const exercise = blockComing ? undefined : currentWorkoutExercise(turn);
  // Between HIIT rounds, what a round is, not the HIIT how-to from its warm-up (found by a helper trying the console).
  const round = place && workout && !blockComing ? [workout.steps[place.index + 1], workout.steps[place.index]].find((candidate) => candidate?.kind === 'interval') : undefined;
  if (place && workout && round?.kind === 'interval') {
    // The last round rests in the cool-down: a round's rest is the first's.
    const rest = workout.steps.find((candidate) => candidate.kind === 'interval')?.restSeconds ?? round.restSeconds;
    return answerAndCarryOn(turn, speech(turn.t.t('workout.round.howTo', { work: round.workSeconds, rest })), place);
  }
  if (exercise) return tellAllSteps(turn, exercise);
  if (!place || !workout) return workoutNotRunning(turn);
  // In a warm-up or a cool-down, what to do in it (found by a helper trying the console: it said how long was left).
  const step = blockComing ?? workout.steps[place.index];
  return step && isBlock(step) ? answerAndCarryOn(turn, speech(stepInstructions(turn.t, workout, step, isGentle(turn))), place) : tellWorkoutProgress(turn);
}

/** What rest means after each kind of thing felt. */
export const FELT_HELP = { pain: 'help.felt.pain', unwell: 'help.felt.unwell', general: 'help.felt.general', earlier: 'help.felt.general' } as const;

/**
 * With the workout paused for pain or feeling unwell: rest, what it means for what was felt, how to go on when it has
 * passed, and what else is worth asking. Undefined otherwise.
 */
export function tellPausedForHurt(turn: Turn): Response | undefined {
  const { t } = turn;
  const hurt = workoutOf(turn.mode)?.hurt;
  if (!isWorkoutRunning(turn.mode) || !hurt) return undefined;
  // Pain told too, before or after feeling unwell (the pause and the session's note then say both), keeps pain's
  // answer, the one that names a physiotherapist.
  const felt = hurt === 'unwell' && turn.felt !== 'pain' && turn.felt !== 'general' ? 'unwell' : 'pain';
  return turn.reply({ speech: speech(t.t(FELT_HELP[felt]), t.t('workout.carryOn.hurt'), t.t('help.felt.meanwhile')), reprompt: speech(t.t('workout.paused.reprompt')), health: true });
}

/**
 * "I want to go swimming tomorrow": a plan for later, noted; how to start, and how to log it once done. Mid-workout
 * ("I'll do the rest later") the workout stops with its place saved. Found in review: after a warning sign today, or a
 * condition told with no doctor's okay yet, the plan was cheered on; it is not.
 */
export async function notePlanForLater(turn: Turn): Promise<Response> {
  if (workoutOf(turn.mode)) return stopWorkout(turn);
  if (await warnedOn(turn, await turn.today())) return noWorkoutAfterWarning(turn);
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(turn.t.t(cautionFor(turn) ? 'workout.later.checkFirst' : 'workout.later'), question), reprompt: speech(reprompt) });
}

/** Workout questions with no workout running: offer to start one. */
export async function workoutNotRunning(turn: Turn): Promise<Response> {
  const { t } = turn;
  // "How many to go?" just after "I'm done… shall I log what you did?": it is stopped, and the question still stands
  // (found by a helper trying the console: the question was dropped, and a yes started a new workout).
  // At the end of a workout nothing is saved to go back to: it is over (found by a helper trying the console, December
  // 5: "your place is saved", and there was none).
  const stopped = turn.offer?.kind === 'logWorkout' && (await savedPlace(turn, await turn.today())) !== undefined;
  const again = turn.offer?.kind === 'logWorkout' ? askAgain(turn, t.t(stopped ? 'workout.notRunning.stopped' : 'workout.notRunning.over')) : undefined;
  if (again) return again;
  // "Am I done?", "is that it?" right after the last exercise: today's workout is done, and starting it again is no offer.
  if (await doneToday(turn)) return turn.reply({ speech: speech(t.t('workout.notRunning.doneToday')), reprompt: speech(t.t('anythingElse.reprompt')) });
  // One stopped partway today, in an earlier session ("how much time is left?" the next time it is opened): it is
  // offered, never a new one (found by a helper trying the console: "no workout is running, start today's?"); a no
  // starts nothing.
  const today = await turn.today();
  const saved = (await warnedOn(turn, today)) ? undefined : await savedPlace(turn, today);
  if (saved) {
    const name = workoutName(t, workoutFor(turn, saved));
    return turn.reply({ speech: speech(t.t('workout.resumeOffer', { name })), reprompt: speech(t.t('welcomeBack.stopped.reprompt')), offer: { kind: 'pickUp' } });
  }
  return turn.reply({ speech: speech(t.t('workout.notRunning')), reprompt: speech(t.t('workout.notRunning')), offer: { kind: 'startWorkout' } });
}

/**
 * Whether an answer may end "want to start now?" (today's plan, how long it takes, what to do short on time): not after a
 * warning sign today (a yes would be refused), nor after pain or feeling unwell told today and not said to have passed
 * (the start would first ask whether it still does), not for a teenager (a parent and a doctor first), and not when
 * today's session is done (found in review: each was offered, and the yes refused or the workout started again). A
 * caution waiting for a doctor's okay may: the start asks for it.
 */
export async function mayOfferStart(turn: Turn): Promise<boolean> {
  const [today, history] = await Promise.all([turn.today(), unlessUnavailable(turn.history())]);
  // What a start would first ask about (feltToAsk) withholds the offer, as a warning sign today does.
  if ((await warnedOn(turn, today)) || feltToAsk(turn, history, today) !== undefined || turn.young) return false;
  return !(await doneToday(turn));
}

/** What to do when time is short, before a workout: with the offer to start only where one may be made (mayOfferStart). */
async function tellShortOnTimeBefore(turn: Turn): Promise<Response> {
  const topic = findTopic(turn.catalogue, SHORT_ON_TIME);
  if (!topic || (await mayOfferStart(turn))) return tellTopicById(turn, SHORT_ON_TIME);
  // Its words say to start today's workout: never after a warning sign today, nor with today's done (found in review:
  // "Start today's workout" was said, with no offer, after chest pain).
  if (await warnedOn(turn, await turn.today())) return noWorkoutAfterWarning(turn);
  if (await doneToday(turn)) return turn.reply({ speech: speech(turn.t.t('workout.shortOnTime.doneToday'), turn.t.t('anythingElse')), reprompt: speech(turn.t.t('anythingElse.reprompt')) });
  return answerWithFollowUp(turn, topic.answer, undefined);
}

/** Today's planned session is logged already (the one read); false when the store cannot tell. */
async function doneToday(turn: Turn): Promise<boolean> {
  return doneOn(turn, await turn.today());
}

/** A day's planned session is logged on it; false when the store cannot tell. */
async function doneOn(turn: Turn, date: LocalDate): Promise<boolean> {
  const history = await unlessUnavailable(turn.history());
  const activity = ACTIVITY_FOR_DAY[turn.planOn(date).kind];
  const week = history?.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(date)));
  return countedOn(week, weekdayOf(date), activity);
}

/** Keeps the place in the week item (or forgets it, given null), so "resume my workout" finds it later today on any device. */
function savePlace(turn: Turn, place: WorkoutPlace, keep: WorkoutPlace | null = place): Promise<boolean> {
  const date = parseIsoDate(place.date);
  if (!date) return Promise.resolve(false);
  return stored(turn.withStore((store, user) => store.saveWorkout(user, formatIsoWeek(isoWeekOf(date)), keep && placeToKeep(keep))));
}

/** A topic asked about; tiredness or a day off asked for mid-workout ("I'm so tired today") pauses it, the place kept. */
export function tellTopicOrPause(turn: Turn, id: string, said?: string): Response | Promise<Response> {
  if (id === SHORT_ON_TIME) return isWorkoutRunning(turn.mode) ? tellShortOnTime(turn) : tellShortOnTimeBefore(turn);
  return id === DAY_OFF && isWorkoutRunning(turn.mode) ? pauseWorkout(turn, true) : tellTopicById(turn, id, said);
}

/**
 * Time said ("I only have 10 minutes", "I have 25 minutes", "I've got an hour"): mid-workout, weighed against what is
 * left; before one, weighed against today's workout at the user's level: enough, how long it takes and the offer of it;
 * less, what to do when time is short (found in review: 30 minutes was taken as enough for a 35-minute workout).
 */
export async function tellTimeSaid(turn: Turn, spoken: string | undefined): Promise<Response> {
  return tellTimeHad(turn, minutesSaidToHave(spoken));
}

/** Time had, in minutes (undefined when not said): mid-workout against what is left; before one, against its length. */
export async function tellTimeHad(turn: Turn, minutes: number | undefined): Promise<Response> {
  if (isWorkoutRunning(turn.mode)) return tellShortOnTime(turn, minutes);
  if (minutes === undefined) return tellShortOnTimeBefore(turn);
  // The read brings the level the workout is paced at.
  await unlessUnavailable(turn.history());
  const today = await turn.today();
  const { sessionId } = turn.planOn(today);
  // Weighed against the length the skill says ("about 30 minutes"), never a finer one (found in review: 30 minutes was
  // short of "about 30 minutes"). A rest day's gentle session is no plan to cut short: how long it takes.
  const takes = aboutMinutes(workoutFor(turn, newWorkoutPlace(formatIsoDate(today), sessionId, turn.level)).steps, true);
  return minutes >= takes || SESSIONS[sessionId].kind === 'rest' ? tellWorkoutLength(turn) : tellShortOnTimeBefore(turn);
}

/**
 * "I only have 10 minutes", "can we do a shorter version", mid-workout: how long is left, and how to finish sooner;
 * the workout carries on (found by a helper trying the console as a busy parent: asked as a workout to start, "no" to
 * "pick up where you left off?" began the warm-up again).
 */
function tellShortOnTime(turn: Turn, minutesHad?: number): Response | Promise<Response> {
  const place = workoutOf(turn.mode);
  if (!place) return workoutNotRunning(turn);
  const workout = workoutFor(turn, place);
  // In the cool-down, or at the last step, there is nothing to skip to (found in review).
  const ending = workout.steps[place.index]?.kind === 'cool-down' || isLastStep(workout, place);
  const into = secondsInto(turn, place);
  const left = timeLeft(turn, workout, place, into);
  // Time enough said ("I have 25 minutes", with 17 to go): no way to finish sooner is needed.
  const enough = minutesHad !== undefined && minutesHad >= minutesLeft(workout, place, into);
  return answerAndCarryOn(turn, speech(turn.t.t(enough ? 'workout.shortOnTime.enough' : ending ? 'workout.shortOnTime.ending' : 'workout.shortOnTime', { left })), place);
}

/** "Pause" or "hang on": the session stays open and the place is saved. */
export async function pauseWorkout(turn: Turn, tired = false): Promise<Response> {
  const { t } = turn;
  const at = workoutOf(turn.mode);
  const place = at && settled(turn, at);
  if (place) await savePlace(turn, place);
  return turn.reply({
    // "I'm tired": heard, and a way to stop there as well as to go on (found by a helper trying the console: only
    // "Paused").
    speech: speech(t.t(tired ? 'workout.paused.tired' : 'workout.paused')),
    reprompt: speech(t.t('workout.paused.reprompt')),
    ...(place && turn.mode.kind === 'workout' && { mode: { ...turn.mode, workout: place } }),
    // "What was that?" after "Paused" is "Paused" again, never the set (found by a helper trying the console).
    aside: true,
    // "Okay" to "Paused" is no "go on" (see stillPaused).
    told: 'paused',
  });
}

/**
 * "Okay", "yeah" just after "Paused": heard, and the workout waits. Found by helpers trying the console ("hold on",
 * "Paused", "okay"; and "I'm stuffed, call it a day", "Take a breather", "yeah"): each began the next set.
 */
export function stillPaused(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('workout.stillPaused')), reprompt: speech(t.t('workout.paused.reprompt')), aside: true, told: 'paused' });
}

/**
 * A pause with nothing under way: take your time, and the session ends, so the device is not left listening. With a
 * question just asked ("want me to log what you did?"), the question stays, asked again.
 */
export function restAWhile(turn: Turn): Response {
  const { t, offer, state } = turn;
  if (offer && state.last?.reprompt) {
    const question = Speech.replay(state.last.reprompt);
    return turn.reply({ speech: speech(t.t('pause.held')).append(question), reprompt: question, keepPending: true });
  }
  return turn.reply({ speech: speech(t.t('pause.idle')), end: true });
}

/** "Stop": the place is saved, and the user hears how to come back. */
export async function stopWorkout(turn: Turn): Promise<Response> {
  const at = workoutOf(turn.mode);
  const place = at && settled(turn, at);
  const finished = place && (await logIfLastSaid(turn, place));
  if (finished) return turn.reply({ speech: finished.say(turn.t.t('workout.finished.logged')), end: true, mode: { kind: 'idle' } });
  const saved = place !== undefined && (await savePlace(turn, place));
  return turn.reply({ speech: speech(turn.t.t(saved ? 'workout.saved' : 'workout.notSaved')), end: true });
}

/**
 * "I'm done" / "end the workout": it ends here. The user hears what they did (the step just said counts, unless it was
 * cut short) and is offered to log it; the place is kept for later today in case they would rather finish it.
 */
export async function endWorkout(turn: Turn): Promise<Response> {
  const { t } = turn;
  const at = workoutOf(turn.mode);
  if (!at) return workoutNotRunning(turn);
  const workout = workoutFor(turn, at);
  const place = withStepDoneUnlessCut(turn, workout, at);
  // Said at the last step's end ("That's time. Say next to finish."), it is the workout finished; not one paused for
  // pain or waiting for a doctor's okay (found in review: it was cheered and logged).
  if (isLastStep(workout, at) && !at.hurt && cautionFor(turn) === undefined) return finish(turn, workout, place);
  const summary = summaryOf(workout, place);
  // Every exercise, round or minute of the main part done, only the cool-down left: the workout is done, and logged (found
  // by a helper trying the console: "thanks, that's it for me" in the cool-down offered to log it, the session closed
  // unanswered, and the next day's week said nothing was logged).
  if (summary.main.of > 0 && summary.main.done === summary.main.of && !at.hurt && cautionFor(turn) === undefined) return finish(turn, workout, place);
  const saved = await savePlace(turn, place);
  if (summary.main.done === 0) {
    return turn.reply({
      speech: speech(t.t(saved ? 'workout.ended' : 'workout.endedNotSaved'), t.t('anythingElse')),
      reprompt: speech(t.t('anythingElse.reprompt')),
      mode: { kind: 'idle' },
    });
  }
  return offerToLog(turn, speech(t.t('workout.endedEarly'), speakSummary(t, summary)), workout, summary, place, saved);
}

/**
 * "Log my workout", "I finished my workout" said with a workout stopped partway today: what was done in it is offered
 * for logging, as "I'm done" offers it (found by a helper trying the console: the day's plan was logged in full, a
 * session never done). Undefined when none was saved today, or nothing in it was done: then the day's plan is logged.
 */
export async function offerSavedWorkoutLog(turn: Turn): Promise<Response | undefined> {
  if (workoutOf(turn.mode)) return undefined;
  const today = await turn.today();
  const saved = await savedPlace(turn, today, true);
  const week = (await unlessUnavailable(turn.history()))?.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(today)));
  // Its kind already counted today (found in review: a yes logged it twice): the day's log, which asks about a second.
  const left = saved && toLog(turn, week, saved);
  if (!left) return undefined;
  const { workout, summary, place } = left;
  const { t } = turn;
  const name = workoutName(t, workout);
  const finished = isFinishedPlace(turn, place);
  return offerToLog(turn, speech(t.t(finished ? 'workout.skippedEarlier' : 'workout.stoppedEarlier', { name, summary: speakSummary(t, summary) })), workout, summary, place, false, finished);
}

/** "Yes" to logging a workout ended early or mostly skipped: what was done, on the workout's day, and its saved place cleared. */
export function logWorkoutDone(turn: Turn, offer: Extract<Offer, { kind: 'logWorkout' }>): Promise<Response> {
  const day = parseIsoDate(offer.date);
  return recordAndTell(turn, offer.activity, { minutes: offer.minutes }, { endsWorkout: true, ...(day && { day }), ...(offer.partial && { counts: false, partial: true }) });
}

/**
 * Pain, an injury or a condition: mid-workout the workout pauses with its place saved; during a how-to the safe answer
 * for someone mid-move ("stop the move that hurts"); otherwise it is worded for before any move, since nothing is being
 * done ("my back is sore", "make it easier, my knee hurts", "start a workout for my bad knee").
 */
export async function answerConcern(turn: Turn, concernId: string | undefined, asked: 'toTrain' | 'other' | 'habitual' = 'other'): Promise<Response> {
  const concern = findConcern(turn.catalogue, concernId);
  const place = workoutOf(turn.mode);
  // Told at rest as what comes on with training ("I get short of breath when I exercise"): a warning sign, or the
  // breath of a hard round, is a doctor's check before training again, not "stop now", and the session goes on.
  if (asked === 'habitual' && place === undefined && concern !== undefined && comesWithTraining(turn.catalogue, concern)) return tellWarningWhenTraining(turn, concern);
  // Soreness from an earlier workout: normal; go gently, and the workout goes on.
  if (place && concern?.inWorkout !== undefined && turn.offer?.kind !== 'stillHurts') return answerAndCarryOn(turn, speech(concern.inWorkout), place);
  // "Does it still hurt?" "Not really pain, just tight": a no, with the care it needs, and the workout goes on.
  if (place && concern?.notPain && turn.offer?.kind === 'stillHurts') return goOnAfterPain(turn, turn.offer.back === true, concern.inWorkout);
  // Breathing hard, a muscle burn: the effort a hard round asks for. Said mid-workout, the workout goes on; with none
  // under way, breathlessness or a pounding heart is the warning sign it would be.
  if (concern?.kind === 'effort') {
    if (place) return answerAndCarryOn(turn, speech(safetyAnswer(turn, concernId)), place);
    if (concern.outsideWorkout !== undefined) return answerConcern(turn, concern.outsideWorkout, asked);
    return tellSafety(turn, concernId);
  }
  // Outside a workout, the safe answer that follows a write here says the notice to a user who has not heard it (never a
  // warning sign's): remembered in that write, as no second one is made (found in review: the next session said it
  // again, after a caution kept and after numbness).
  const urgent = concernId !== undefined && turn.catalogue.urgent.concernIds.includes(concernId);
  const notice = workoutOf(turn.mode) === undefined && !urgent && turn.noticeDue;
  const remember = async (changes: ProfileChanges) => {
    const saved = await stored(turn.withStore((store, user) => store.updateProfile(user, { ...changes, ...(notice && { noticeHeard: true }) })));
    if (saved && notice) turn.noticeRemembered();
  };
  // A warning sign (or numbness) is remembered for the day, on every device: no workout starts until tomorrow.
  // A warning sign, a sharp pain or numbness: its answer says to see a doctor or a physiotherapist before training again,
  // so every workout after today asks for their okay first (found by a helper trying the console: after "we stop for
  // today", the next day's started unasked). Breathlessness keeps its day alone: said just after a workout it is the
  // effort's, and would lock every workout after it (found in review).
  const seeFirst = concernId !== 'breathlessness';
  if (stopsTheDay(turn, concernId)) await remember({ warningOn: formatIsoDate(await turn.today()), ...(seeFirst && { checkFirst: true }) });
  // A condition, a pregnancy or an injury: every workout, in any session, asks for a doctor's okay until one is said.
  if (cautionOf(turn, concernId)) await remember({ checkFirst: true });
  // An age: HIIT, in any session, asks for the okay until one is said (found in review: kept for the session alone).
  // Under 18 is kept too, and an adult's age told after it removes it.
  else if (concern?.kind === 'age') await remember({ hiitCheckFirst: true, young: concernId === 'younger-age' ? true : null });
  if (workoutOf(turn.mode) !== undefined) {
    // "Does it still hurt?" "It still hurts": a yes, so the workout stops for today.
    if (turn.offer?.kind === 'stillHurts' && feltNow(turn, concernId) !== undefined) return stopForPain(turn);
    // Sharp pain: not a pause to resume "when it feels right", but the end of today's training.
    if (concern?.stopsToday) return stopForPain(turn, 'workout.stopForSharpPain');
    // An age told mid-workout is nothing felt: the answer, and the workout goes on, unless it is HIIT, whose okay is asked
    // for (found in review: "I'm 67" mid-strength was "paused… resume only when it feels right", and next carried on).
    if (concern?.kind === 'age') {
      noteCautionOf(turn, concernId);
      if (place && cautionFor(turn) === undefined) return answerAndCarryOn(turn, speech(safetyAnswer(turn, concernId)), place);
    }
    // Kept for the day as well as the session, as told with no workout under way: the place's mark goes once the workout
    // is logged, and a workout asked for later today, on any device, still asks first (found as a gap: pain, "I'm done",
    // then a walk started at once in the evening). Written alongside the place.
    const felt = feltBefore(turn, concernId);
    const [reply] = await Promise.all([pauseForSafety(turn, concernId), felt && remember({ feltOn: formatIsoDate(await turn.today()) })]);
    return reply;
  }
  const felt = feltBefore(turn, concernId);
  // Asked before a workout starts: "only a bit tight", "just sore" starts it, with how to go about it; "it still hurts" does not.
  if (turn.offer?.kind === 'feltBefore') {
    if (concern?.inWorkout !== undefined) return startAfterFelt(turn, turn.offer, concern.inWorkout);
    if (felt) return restAfterFelt(turn, turn.offer.felt);
  }
  // Pain or feeling unwell, with no workout under way: a workout asked for later this session asks first.
  if (felt) {
    turn.noteFelt(felt);
    await remember({ feltOn: formatIsoDate(await turn.today()) });
  }
  return tellSafety(turn, concernId, asked === 'toTrain' || howToOf(turn.mode) === undefined);
}

/** A warning sign, or being out of breath or a pounding heart (a warning sign with no workout under way). */
function comesWithTraining(catalogue: Catalogue, concern: Concern): boolean {
  const { concernIds } = catalogue.urgent;
  return concernIds.includes(concern.id) || (concern.outsideWorkout !== undefined && concernIds.includes(concern.outsideWorkout));
}

/**
 * A warning sign that comes on with training: see a doctor before training again, and every workout, in any session,
 * asks for their okay until it is given. Being out of breath when running is the effort, unless it does not ease: the
 * answer says so, and asks nothing before a workout.
 */
async function tellWarningWhenTraining(turn: Turn, concern: Concern): Promise<Response> {
  const { t } = turn;
  const checkFirst = concern.kind !== 'effort';
  const notice = checkFirst && turn.noticeDue;
  if (checkFirst) {
    turn.noteCaution('condition');
    const saved = await stored(turn.withStore((store, user) => store.updateProfile(user, { checkFirst: true, ...(notice && { noticeHeard: true }) })));
    if (saved && notice) turn.noticeRemembered();
  }
  return turn.reply({ speech: speech(turn.catalogue.urgent.habitual, t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')), health: true });
}

export async function pauseForSafety(turn: Turn, concernId: string | undefined): Promise<Response> {
  const { t } = turn;
  noteCautionOf(turn, concernId);
  const place = workoutOf(turn.mode);
  // A warning sign (chest pain, fainting) or numbness: tried as a user, the answer ended by inviting them back to the
  // workout. It is stopped for today, with no place kept to go back to.
  if (stopsTheDay(turn, concernId)) {
    return turn.reply({ speech: speech(safetyAnswer(turn, concernId), t.t('workout.stoppedForSafety')), end: true, mode: { kind: 'idle' } });
  }
  // Pain or an injury, or feeling unwell: going on asks first whether it still does. A condition or a medicine is not.
  const felt = feltNow(turn, concernId);
  const left = place && settled(turn, place);
  const paused = left && felt ? withHurt(left, hurtWith(left.hurt, felt)) : left;
  if (paused) await savePlace(turn, paused);
  // Kept for the session too (not an injury, whose doctor question waits): the workout logged or ended as it is, another
  // asked for next still asks (found in review: "I'm done", yes, then "let's do HIIT" started at once).
  const before = feltBefore(turn, concernId);
  if (before) turn.noteFelt(before);
  // A condition or a pregnancy told: the doctor question now, so a yes answers it (see carry.ts), not later.
  const asks = paused && !felt && cautionFor(turn) !== undefined;
  return turn.reply({
    speech: speech(safetyAnswer(turn, concernId), asks ? t.t('workout.pausedForSafety.cleared') : t.t('workout.pausedForSafety')),
    reprompt: speech(asks ? t.t('workout.askCleared.question') : t.t('workout.paused.reprompt')),
    ...(asks && { offer: { kind: 'cleared', resume: true } as const }),
    ...(paused && turn.mode.kind === 'workout' && { mode: { ...turn.mode, workout: paused } }),
  });
}

/**
 * What was felt, told with no workout under way, that a workout asked for later should ask about: pain or feeling
 * unwell; not soreness or tightness, and not an injury or a condition (the doctor question covers those).
 */
function feltBefore(turn: Turn, concernId: string | undefined): Felt | undefined {
  if (cautionOf(turn, concernId) !== undefined || findConcern(turn.catalogue, concernId)?.inWorkout !== undefined) return undefined;
  // Said without naming what ("it hurts", "I don't feel well"): asked about in words that fit both.
  if (concernId === undefined) return 'general';
  return feltNow(turn, concernId);
}

/**
 * What was felt that going on should ask about: pain or an injury (a report naming nothing is pain), or feeling unwell;
 * not a condition, a medicine, numbness or a warning sign.
 */
function feltNow(turn: Turn, concernId: string | undefined): Hurt | undefined {
  if (stopsTheDay(turn, concernId)) return undefined;
  const kind = findConcern(turn.catalogue, concernId)?.kind ?? 'pain';
  return kind === 'pain' || kind === 'injury' ? 'pain' : kind === 'unwell' ? 'unwell' : undefined;
}

/** A warning sign, or numbness: no more exercise today ("see a doctor or a physiotherapist before you exercise again"). */
function stopsTheDay(turn: Turn, concernId: string | undefined): boolean {
  if (concernId === undefined) return false;
  const concern = findConcern(turn.catalogue, concernId);
  return turn.catalogue.urgent.concernIds.includes(concernId) || concern?.kind === 'nerve' || concern?.stopsToday === true;
}

/** Feeling better told: paused for pain, it still has to not hurt before going on; else, glad to hear it. */
export function tellFeelingBetter(turn: Turn): Response | Promise<Response> {
  // Said to "does it still hurt?": a no, and the workout goes on (tried as a user: "I'm fine" was "I don't know that one").
  if (turn.offer?.kind === 'stillHurts') return goOnAfterPain(turn, turn.offer.back === true);
  const place = workoutOf(turn.mode);
  if (place?.hurt) return askIfStillHurts(turn, place);
  const { question, reprompt } = goOn(turn);
  // After pain, feeling unwell or a warning sign this session: glad, and where to turn if it comes back (found in review).
  const felt = turn.felt !== undefined && turn.felt !== 'cleared';
  return turn.reply({ speech: speech(turn.t.t(felt ? 'health.feelingBetter.felt' : 'health.feelingBetter'), question), reprompt: speech(reprompt) });
}

/**
 * A workout paused because something hurt goes on only after "does it still hurt?" (`back`: picked up in a new
 * session). Asked again, instead of an answer, it says how to answer.
 */
export function askIfStillHurts(turn: Turn, place: WorkoutPlace, back = false): Response {
  const { t, offer } = turn;
  const again = offer?.kind === 'stillHurts';
  // Something else felt this session too ("I feel unwell" after the pause for pain): asked in words that fit both, as
  // the "no" that goes on answers for both.
  const felt = turn.felt;
  const both = felt !== undefined && felt !== 'cleared' && felt !== 'earlier' && felt !== place.hurt;
  const question = t.t(both || place.hurt === 'general' ? 'workout.feltBefore.general.goOn' : place.hurt === 'unwell' ? 'workout.stillUnwell' : 'workout.stillHurts');
  return turn.reply({
    speech: speech(question, again ? t.t('workout.stillHurts.yesOrNo') : undefined),
    reprompt: speech(question, t.t('workout.stillHurts.yesOrNo')),
    offer: back || (again && offer.back) ? { kind: 'stillHurts', back: true } : { kind: 'stillHurts' },
    mode: { kind: 'workout', workout: place },
  });
}

/** "Yes, it still hurts": the workout stops for today, with the place kept (going on later asks again). */
export async function stopForPain(turn: Turn, words: 'workout.stopForPain' | 'workout.stopForSharpPain' = 'workout.stopForPain'): Promise<Response> {
  const place = workoutOf(turn.mode);
  if (place) await savePlace(turn, place);
  return turn.reply({ speech: speech(turn.t.t(words)), end: true, mode: { kind: 'idle' } });
}

/** "No, it doesn't hurt now": the workout goes on from where it was paused. */
export async function goOnAfterPain(turn: Turn, back: boolean, care?: string): Promise<Response> {
  const { t } = turn;
  const at = workoutOf(turn.mode);
  if (!at) return workoutNotRunning(turn);
  // A warning sign answered since the pause (on any device) ends the day's training, "it doesn't hurt now" or not.
  if (await warnedOn(turn, await turn.today())) return noWorkoutAfterWarning(turn);
  const place = withHurt(at);
  await savePlace(turn, place);
  // Pain told before it, too, is answered by this "no" (found in review: a later "resume" asked about it again).
  await forgetFelt(turn);
  // An injury told mid-workout: the pain gone, going on still waits for a doctor's okay (found in review).
  const caution = cautionFor(turn);
  if (caution) return askCleared(turn, caution, undefined, undefined, true, place);
  return tellPlace(turn, place, t.t(back ? 'workout.lead.back' : 'workout.lead.goOn'), painGoneWords(turn, place, care));
}

/**
 * What going on after pain says: the care for how it feels now ("only tight"), or that it is good; in HIIT or cardio,
 * low impact today either way (noticed at the last stop: "just tight", after a HIIT pause, left running suggested).
 */
function painGoneWords(turn: Turn, place: WorkoutPlace | undefined, care: string | undefined): string {
  const { t } = turn;
  const lowImpact = place !== undefined && isHighImpact(place);
  if (care === undefined) return t.t(lowImpact ? 'workout.painGone.lowImpact' : 'workout.painGone');
  return lowImpact ? `${care} ${t.t('workout.painGone.lowImpact.only')}` : care;
}

/**
 * HIIT and cardio go on low impact after pain has passed, as their warm-up says when one starts (found in review: going
 * on mid-warm-up, the running and stair climbing it had first suggested stood).
 */
function isHighImpact(place: WorkoutPlace): boolean {
  const { kind } = SESSIONS[place.sessionId];
  return kind === 'hiit' || kind === 'cardio';
}

/** The session closed mid-workout (the user walked away): keep the place for later today, or, all of it said, log it. */
export async function saveWorkoutOnSessionEnd(turn: Turn): Promise<void> {
  const at = workoutOf(turn.mode);
  const place = at && settled(turn, at);
  if (place && !(await logIfLastSaid(turn, place))) await savePlace(turn, place);
}

function isLastStep(workout: Workout, place: WorkoutPlace): boolean {
  return isFinished(workout, nextPosition(workout, place.index));
}

/**
 * At the last step, said in full ("That's time. Say next to finish."), the workout is done, as "next" would make it:
 * stopping there, or walking away, logs it (found by a helper trying the console: "stop" there kept it as stopped
 * partway, and the week said nothing was logged). What was said to close it, once logged; else undefined.
 */
async function logIfLastSaid(turn: Turn, place: WorkoutPlace): Promise<Speech | undefined> {
  const workout = workoutFor(turn, place);
  // Paused for pain, or waiting for a doctor's okay, it is no workout to cheer.
  if (!isLastStep(workout, place) || place.hurt || cautionFor(turn)) return undefined;
  const summary = summaryOf(workout, withStepDoneUnlessCut(turn, workout, place));
  if (!summary.countsAsSession) return undefined;
  const day = parseIsoDate(place.date);
  const minutes = Math.round(summary.seconds / 60);
  const logged = await recordQuietly(turn, ACTIVITY_FOR_DAY[workout.kind], { minutes }, { endsWorkout: true, ...(day && { day }) });
  return logged ? speakFinished(turn.t, workout, summary) : undefined;
}
