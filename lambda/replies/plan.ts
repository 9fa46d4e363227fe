import type { Response } from 'ask-sdk-model';
import { findExercise, findTopic } from '../content/catalogue';
import type { DayKind } from '../content/types';
import { workoutOf } from '../conversation/mode';
import type { Offer } from '../conversation/state';
import { type Turn, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, addDays, daysBetween, formatIsoDate, weekdayOf } from '../domain/calendar';
import type { DayQuery } from '../domain/day-query';
import { type PlannedDay, weeklyPlan, weeklyTargets } from '../domain/weekly-plan';
import { type Speech, capitalise, speech } from '../speech/ssml';
import { speakDay, weekdayName } from '../text/dates';
import { doseText } from '../text/dose';
import { answerWithFollowUp } from './knowledge';
import { askOrGoOn } from './go-on';
import { mayOfferStart, warnedOn } from './workout';

/**
 * The week's plan: this week's, or the week asked about ("what's the plan for next week": found by a helper trying the
 * console, it said "Here's your week" and read this week's, which a rest day changed mid-week makes another).
 */
export async function tellWeeklyPlan(turn: Turn, monday?: LocalDate): Promise<Response> {
  await turn.personalise();
  const { t, catalogue, level } = turn;
  const targets = weeklyTargets(turn.restDay);
  const walking = findExercise(catalogue, 'walking');
  const today = await turn.today();
  const weeksAway = monday === undefined ? 0 : Math.round(daysBetween(addDays(today, 1 - weekdayOf(today)), monday) / 7);
  // A week gone by: its plan is not kept (a rest day changed since would read it wrong: found in review), so this week's.
  const intro = weeksAway < 0 ? t.t('plan.weekIntro.past') : weeksAway === 0 ? t.t('plan.weekIntro') : weeksAway === 1 ? t.t('plan.weekIntro.next') : t.t('plan.weekIntro.of', { day: speakDay(t, monday!, today) });
  const shown = weeksAway > 0 ? monday! : today;
  // This week's own plan: the week a rest day changed in keeps its days gone by.
  const said = speech(intro)
    .say(...turn.weekPlanOf(shown).map((day) => t.t('plan.weekDay', { weekday: weekdayName(t, day.weekday), kind: t.t(`plan.short.${day.kind}`) })))
    .say(walking ? t.t('plan.moveDaily', { steps: doseText(t, walking.dose[level]) }) : undefined)
    .say(t.t('plan.weekMix', { strength: targets.strength, hiit: targets.hiit, cardio: targets.cardio, rest: targets.rest }), t.t('plan.weekAdjust'));
  const next = askOrGoOn(turn, t.t('plan.offerToday'), { kind: 'today' });
  return turn.reply({ speech: said.say(next.question), reprompt: speech(next.reprompt), offer: next.offer, health: true });
}

/**
 * "How often should I do deadlifts / cardio / walking?": the article's sample week for that kind of move (strength
 * three times, HIIT twice, cardio once or twice, moving every day), then an offer to learn it. HIIT's own topic says it
 * best (twice a week, short and hard, a day between).
 */
export async function tellHowOften(turn: Turn, exerciseId: string): Promise<Response> {
  const exercise = findExercise(turn.catalogue, exerciseId);
  if (!exercise) return tellWeeklyPlan(turn);
  await turn.personalise();
  const { t, level } = turn;
  // "Which days do I do hiit?": the days of the user's own week that hold it, after how often.
  const kind: DayKind | undefined = exercise.category === 'strength' ? 'strength' : exercise.id === 'hiit' ? 'hiit' : exercise.id === 'walking' ? undefined : 'cardio';
  const onDays = kind && onDaysOf(turn, kind, turn.weekPlanOf(await turn.today()));
  const hiit = exercise.id === 'hiit' ? findTopic(turn.catalogue, 'hiit-frequency') : undefined;
  if (hiit) return answerWithFollowUp(turn, [hiit.answer, ...(onDays ? [onDays] : [])], hiit.followUp);
  const answer =
    exercise.id === 'walking'
      ? t.t('plan.howOften.walking', { steps: doseText(t, exercise.dose[level]) })
      : exercise.category === 'strength'
        ? t.t('plan.howOften.strength', { exercise: exercise.name })
        : t.t('plan.howOften.cardio');
  return answerWithFollowUp(turn, onDays ? [answer, onDays] : answer, { offer: 'howTo', exerciseId: exercise.id });
}

/**
 * "On your plan, that's Monday, Wednesday, and Friday.": the days of the user's own week of that kind, if any; this
 * week's, as kept when the rest day changed mid-week (found in review: the new rotation's, against "what's on Friday").
 */
function onDaysOf(turn: Turn, kind: DayKind, week: readonly PlannedDay[]): string | undefined {
  const { t } = turn;
  const named = (days: readonly PlannedDay[]) => t.list(days.filter((day) => day.kind === kind).map((day) => weekdayName(t, day.weekday)));
  const days = week.filter((day) => day.kind === kind);
  if (days.length === 0) return undefined;
  // This week kept as it was planned, and next week's days other: both said (found in a second review: after "from next
  // week, Tuesday is your rest day", Tuesday was said to hold HIIT, with no word of next week).
  const next = named(weeklyPlan(turn.restDay));
  const thisWeek = named(week);
  return next === thisWeek ? t.t('plan.onDays', { days: thisWeek }) : `${t.t('plan.onDays.thisWeek', { days: thisWeek })} ${t.t('plan.onDays.nextWeek', { days: next })}`;
}

/** A kind of training named without a move ("how often should I do strength", "how many cardio days"). */
const KINDS_NAMED: ReadonlyArray<readonly [RegExp, KindNamed]> = [
  [/\b(strength|weights|weight training|lifting|resistance)\b/i, 'strength'],
  [/\bcardio\b/i, 'cardio'],
  [/\b(stretch|stretching|yoga|recovery|rest)\b/i, 'rest'],
];
type KindNamed = 'strength' | 'cardio' | 'rest';

/** The kind of day a phrase names ("strength", "weights", "cardio", "stretch"), or undefined. */
export function dayKindNamed(spoken: string): KindNamed | undefined {
  return KINDS_NAMED.find(([said]) => said.test(spoken))?.[1];
}

/** "How often should I do strength?", "which days are my stretch days": the sample week's count for that kind and the user's own days for it. */
export async function tellHowOftenKind(turn: Turn, kind: KindNamed): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const onDays = onDaysOf(turn, kind, turn.weekPlanOf(await turn.today()));
  const answer = kind === 'strength' ? t.t('plan.howOften.strengthDays') : kind === 'cardio' ? t.t('plan.howOften.cardio') : t.t('plan.howOften.rest');
  const next = askOrGoOn(turn, t.t('plan.offerToday'), { kind: 'today' });
  return turn.reply({ speech: speech(answer).say(onDays, next.question), reprompt: speech(next.reprompt), offer: next.offer, health: true });
}

/** What a planned day holds, in a sentence or two, and the natural follow-up question. */
function describeDay(turn: Turn, day: PlannedDay, date: LocalDate, today: LocalDate): { details: string; offer: Offer; question: string } {
  const { t, catalogue, level } = turn;
  const exercises = day.exerciseIds.map((id) => findExercise(catalogue, id)).filter((exercise) => exercise !== undefined);
  const first = exercises[0];
  switch (day.kind) {
    case 'strength':
      return {
        details: t.t('plan.strength', { count: exercises.length, moves: t.list(exercises.map((exercise) => exercise.name)) }),
        offer: { kind: 'howTo', exerciseId: first?.id ?? '', ofPlan: true },
        question: t.t('plan.offerFirst', { exercise: first?.name ?? '' }),
      };
    case 'hiit':
    case 'cardio':
      return {
        details: first ? capitalise(t.t(`plan.${day.kind}`, { dose: doseText(t, first.dose[level]) })) : '',
        offer: { kind: 'howTo', exerciseId: first?.id ?? '', ofPlan: true },
        question: t.t('plan.offerHowTo'),
      };
    case 'rest': {
      // The day after the rest day: "tomorrow" only when it is (found by a helper: "tomorrow is your rest day … want to
      // hear tomorrow's workout?" then gave Monday's).
      const after = addDays(date, 1);
      return {
        details: t.t('plan.rest'),
        offer: { kind: 'day', date: formatIsoDate(after) },
        question: daysBetween(today, after) === 1 ? t.t('plan.offerTomorrow') : t.t('plan.offerDay', { day: weekdayName(t, weekdayOf(after)) }),
      };
    }
  }
}

/** "What's my workout today / on Friday / this weekend?" */
export async function tellWorkoutFor(turn: Turn, query: DayQuery): Promise<Response> {
  const { t } = turn;
  const [today] = await Promise.all([turn.today(), turn.personalise()]);
  if (query.kind === 'week') return tellWeeklyPlan(turn, query.monday);
  if (query.kind === 'weekend') {
    const kindOn = (date: LocalDate) => t.t(`plan.kind.${turn.planOn(date).kind}`);
    const next = askOrGoOn(turn, t.t('plan.offerToday'), { kind: 'today' });
    return turn.reply({
      speech: speech(t.t('plan.weekend', { saturday: kindOn(query.saturday), sunday: kindOn(query.sunday) }), next.question),
      reprompt: speech(next.reprompt),
      offer: next.offer,
      health: true,
    });
  }
  const date = query.kind === 'day' ? query.date : today;
  const day = turn.planOn(date);
  const described = describeDay(turn, day, date, today);
  const { details } = described;
  // Today's training: the offer is to start it, and a move is learnt by asking (found by helpers trying the console:
  // "yeah sure" and "ok let's do it" to "want to hear how to do the first one?" began a lesson, which the user took for
  // the workout, and "is that it?", "how much longer" and "skip this one" then went astray).
  const first = described.offer.kind === 'howTo' && daysBetween(today, date) === 0 ? described.offer.exerciseId : undefined;
  const learnFirst = first && (await mayOfferStart(turn)) ? findExercise(turn.catalogue, first) : undefined;
  const next = learnFirst
    ? askOrGoOn(turn, day.kind === 'cardio' ? t.t('workout.offerStart') : t.t('plan.offerStart', { exercise: learnFirst.name }), { kind: 'startWorkout' })
    : askOrGoOn(turn, described.question, described.offer);
  const past = daysBetween(today, date) < -1;
  const said: Speech = speech(
    query.kind === 'unclear' ? t.t('day.unclear') : undefined,
    past ? t.t('day.past') : undefined,
    t.t(past || daysBetween(today, date) === -1 ? 'plan.dayWas' : 'plan.dayIs', { day: speakDay(t, date, today), kind: t.t(`plan.kind.${day.kind}`) }),
    details,
    next.question,
  );
  return turn.reply({ speech: said, reprompt: speech(next.reprompt), offer: next.offer, health: true });
}

/** "Can I work out anyway": on the rest day, yes, gently, with the recovery session offered; any other day, its plan. */
export async function tellTrainAnyway(turn: Turn): Promise<Response> {
  const { t } = turn;
  const today = await turn.today();
  // Never "you can" after a warning sign, pain or feeling unwell told today, or a condition waiting for a doctor's okay:
  // the day's plan, rest (found in review: "You can", just after chest pain).
  const profile = (await unlessUnavailable(turn.history()))?.profile;
  const day = formatIsoDate(today);
  const health = (await warnedOn(turn, today)) || profile?.feltOn === day || profile?.checkFirst === true || (turn.state.caution !== undefined && turn.state.caution !== 'age') || turn.state.felt !== undefined;
  if (health || workoutOf(turn.mode) || turn.planOn(today).kind !== 'rest') return tellWorkoutFor(turn, { kind: 'day', date: today });
  return turn.reply({ speech: speech(t.t('workout.restAnyway')), reprompt: speech(t.t('workout.restAnyway.reprompt')), offer: { kind: 'startWorkout' }, health: true });
}
