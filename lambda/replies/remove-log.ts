import type { Response } from 'ask-sdk-model';
import { amountsSaidIn } from '../content/amounts';
import { findStrengthExerciseSaid } from '../content/catalogue';
import type { Offer } from '../conversation/state';
import { type Turn, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, type Weekday, addDays, daysBetween, formatIsoDate, formatIsoWeek, isoWeekOf, mondayOf, parseIsoWeek, weekdayOf } from '../domain/calendar';
import { LOG_DAYS_BACK, logDay } from '../domain/log-day';
import { type KindLogged, kindsLogged, logToRemove, sameToHear } from '../domain/log-removal';
import { type Activity, type LogEntry, type WeekProgress, walksTaken } from '../domain/progress';
import { speech } from '../speech/ssml';
import { type RemoveOutcome, StoreUnavailableError, decodeEntry, encodeEntry } from '../store/progress-store';
import { dayPhrase, weekdayName } from '../text/dates';
import { describedEntry } from './described';
import { goOn } from './go-on';
import { cardioKindNamedIn, countLine, weekName } from './logging';
import { tellProgressUnavailable } from './progress';

/** Words of a removal that name no particular thing done: "the cardio", "my last cardio session", "that one". */
const NAMES_NO_THING =
  /^((the|my|a|an|last|latest|that|this|one|cardio|session|workout|log|entry|from|on|in|at|today|yesterday|today's|yesterday's|morning|afternoon|evening|night|tonight|earlier|i|did|just|went|had|logged|\d+|minutes?|min)\b\s*)*$/i;
/** What a removal said: the kind ("the walk"), its words ("the deadlifts"), and the day, as an AMAZON.DATE value or a weekday alone. */
export interface SaidRemoval {
  readonly activity?: Activity;
  readonly said?: string;
  readonly date?: string;
  readonly weekday?: Weekday;
  /** Said with "yesterday's" in a wording of its own. */
  readonly yesterday?: boolean;
  /**
   * Something was named that is no kind of log ("the strength thingy", "rest day hata do"): the kind is asked, never
   * taken from the removal being asked about or from the week's only kind (found in review: "delete my strength
   * workout" offered to remove a walk).
   */
  readonly unknown?: boolean;
  /** "Remove it": the log just made, or the one asked about, never another. */
  readonly pointsBack?: boolean;
  /** "No, the other one", "nahi dusra wala", while a removal is asked about: any log of its kind but that one. */
  readonly other?: boolean;
  /** "Last friday": that weekday's last occurrence before today, a week back when today is that weekday. */
  readonly lastWeekday?: boolean;
}

/** Steps named in a removal ("delete the steps", "the 2000 steps"): steps said alone, not a walk. */
export const STEPS = /(?:^|\s)(?:steps?|कदम|kadam)(?=\s|$)/iu;

/** The order kinds are named in when the skill asks which one. */
const KIND_ORDER: readonly Activity[] = ['strength', 'hiit', 'cardio', 'walk', 'stretch'];

function dateOf(week: string, weekday: Weekday): LocalDate | undefined {
  const monday = parseIsoWeek(week);
  return monday && addDays(mondayOf(monday), weekday - 1);
}

/** "a strength session", "2 walks". */
function kindsSaid(turn: Turn, kinds: readonly KindLogged[]): string {
  return turn.t.list(kinds.map(({ activity, count, steps }) => turn.t.t(steps ? 'remove.kinds.steps' : `remove.kinds.${activity}`, { count })));
}

/** The day said: an AMAZON.DATE value, as logging reads it (up to LOG_DAYS_BACK days back), or a weekday's last occurrence. */
function dayAsked(said: SaidRemoval, today: LocalDate): LocalDate | 'unclear' | undefined {
  if (said.yesterday) return addDays(today, -1);
  if (said.weekday !== undefined) return addDays(today, -((weekdayOf(today) - said.weekday + 7) % 7 || (said.lastWeekday ? 7 : 0)));
  if (said.date === undefined) return undefined;
  const day = logDay(said.date, today);
  return day.kind === 'day' ? day.date : 'unclear';
}

/**
 * "Delete the walk", "take off yesterday's run", "I logged strength twice by mistake": finds the entry meant in the
 * week (the day said, else the most recent), and asks before it takes anything off, saying exactly what. With no kind
 * said, the kind of the removal being asked about, else what the week holds, to choose from. One read.
 */
export async function askToRemove(turn: Turn, said: SaidRemoval): Promise<Response> {
  const { t } = turn;
  const loaded = await unlessUnavailable(Promise.all([turn.history(), turn.today()]));
  if (!loaded) return tellProgressUnavailable(turn);
  const [history, today] = loaded;
  const { question, reprompt } = goOn(turn);
  const tell = (...lines: string[]) => turn.reply({ speech: speech(...lines, question), reprompt: speech(reprompt) });
  const day = dayAsked(said, today);
  if (day === 'unclear') return tell(t.t('remove.whichDay', { days: LOG_DAYS_BACK }));
  const week = formatIsoWeek(isoWeekOf(day ?? today));
  const entries = history.weeks.find((candidate) => candidate.week === week)?.entries ?? [];
  const when = day ? dayPhrase(turn.t, day, today) : weekName(turn, week, today);
  // "No, the one on Monday" while a removal is asked about: the same kind.
  const pending = turn.offer?.kind === 'removeLog' ? decodeEntry(turn.offer.entry)?.activity : undefined;
  // "Remove it" right after a log: the log just made (found in review: it asked which log).
  const justLogged = !said.unknown && !said.said && !day && turn.state.lastLog?.week === week ? turn.state.lastLog : undefined;
  let activity = said.activity ?? (said.unknown ? undefined : (pending ?? justLogged?.activity));
  if (!activity) {
    const kinds = kindsLogged(day ? entries.filter((entry) => entry.weekday === weekdayOf(day)) : entries, KIND_ORDER);
    if (kinds.length === 0) return tell(day ? t.t('remove.nothingOn', { day: when }) : t.t('remove.nothing'));
    if (kinds.length > 1 || said.unknown) {
      const example = t.t(`remove.kind.${kinds.at(-1)!.activity}`);
      return turn.reply({
        speech: speech(said.unknown ? t.t('remove.notAKind') : undefined, t.t('remove.loggedItems', { items: kindsSaid(turn, kinds), when }), t.t('remove.which', { kind: example })),
        reprompt: speech(t.t('remove.which.reprompt', { kind: example })),
      });
    }
    activity = kinds[0]!.activity;
  }
  const exercise = activity === 'strength' ? (findStrengthExerciseSaid(turn.catalogue, said.said)?.id ?? (justLogged?.activity === activity ? justLogged.exercise : undefined)) : undefined;
  // "No, the other one" while a removal is asked about: any log but the one asked about (found in review: it was asked
  // about again).
  const asked = turn.offer?.kind === 'removeLog' && said.other ? decodeEntry(turn.offer.entry) : undefined;
  const others = asked ? entries.filter((entry) => entry.key !== asked.key) : entries;
  const minutes = amountsSaidIn(said.said).minutes;
  const cardioKind = activity === 'cardio' ? cardioKindNamedIn(said.said) : undefined;
  // "The skipping", "the tennis": cardio named as something of no kind; "the cardio", "my last session" may be any.
  const noKind = activity === 'cardio' && cardioKind === undefined && said.said !== undefined && !NAMES_NO_THING.test(said.said.trim());
  const steps = activity === 'walk' && STEPS.test(said.said ?? '');
  const removal = {
    activity,
    ...(steps && { steps }),
    ...(cardioKind && { cardioKind }),
    ...(noKind && { noKind }),
    ...(exercise && { exercise }),
    ...(turn.state.sessionLogs && { recent: turn.state.sessionLogs }),
    ...(minutes !== undefined && { minutes }),
  };
  const found = logToRemove(others, { ...removal, ...(day && { weekday: weekdayOf(day) }) });
  // No day said and none this week: the last days of last week, within the days a log reaches back (found by a helper
  // trying the console on a Monday: "take off the swim", logged on Saturday, was "There's no swim logged this week").
  if (found.kind === 'none' && !day && !asked) {
    const lastWeek = formatIsoWeek(isoWeekOf(addDays(today, -7)));
    const recent = (history.weeks.find((candidate) => candidate.week === lastWeek)?.entries ?? []).filter((entry) => {
      const on = dateOf(lastWeek, entry.weekday);
      return on !== undefined && daysBetween(on, today) <= LOG_DAYS_BACK;
    });
    const earlier = logToRemove(recent, removal);
    const on = earlier.kind !== 'none' ? dateOf(lastWeek, earlier.entry.weekday) : undefined;
    if (earlier.kind !== 'none' && on) return askAboutEntry(turn, lastWeek, earlier.entry, on, today);
  }
  const kind = t.t(`remove.kind.${cardioKind ?? activity}`);
  if (asked && found.kind === 'none') return tell(t.t('remove.onlyOne', { kind }));
  // Steps are said as steps ("There are no steps logged this week"), never as a walk.
  if (steps && found.kind === 'none') return tell(day ? t.t('remove.noStepsOn', { day: when }) : t.t('remove.noSteps'));
  const daysSaid = (days: readonly Weekday[]) => t.list(days.map((weekday) => weekdayName(t, weekday)));
  const logged = kindsLogged(entries.filter((entry) => entry.activity === activity), [activity]);
  if (found.kind === 'none') {
    if (!day || found.days.length === 0) return tell(day ? t.t('remove.noneOn', { kind, day: when }) : t.t('remove.none', { kind }));
    const weekWhen = weekName(turn, week, today);
    return tell(t.t('remove.noneOn', { kind, day: when }), t.t('remove.loggedOnDays', { items: kindsSaid(turn, logged), when: weekWhen, days: daysSaid(found.days) }));
  }
  const { entry } = found;
  const what = describedEntry(turn, entry);
  const on = dayPhrase(turn.t, dateOf(week, entry.weekday) ?? today, today);
  let ask: string[];
  if (!day && found.days.length > 1) {
    ask = [t.t('remove.loggedOnDays', { items: kindsSaid(turn, logged), when: weekName(turn, week, today), days: daysSaid(found.days) }), t.t('remove.confirm', { what, day: on })];
  } else if (found.onDay.length > 1) {
    const alike = found.onDay.every((other) => sameToHear(other, entry));
    const stepsAlone = found.onDay.every((other) => other.activity === 'walk' && other.minutes === 0);
    ask = [t.t('remove.several', { items: kindsSaid(turn, [{ activity, count: found.onDay.length, ...(stepsAlone && { steps: true as const }) }]), day: on }), alike ? t.t('remove.confirm.oneOf') : t.t('remove.confirm.that', { what })];
  } else {
    ask = [t.t('remove.confirm', { what, day: on })];
  }
  const offer: Offer = { kind: 'removeLog', week, entry: encodeEntry(entry) };
  return turn.reply({ speech: speech(...ask), reprompt: speech(t.t('remove.confirm.reprompt')), offer });
}

/**
 * "I didn't walk on Monday": the log of that kind on the day said (today, when none is), asked about to take off, as a
 * removal is. Undefined when there is none then, or the store cannot be read: nothing to take off.
 */
export async function askToRemoveMissed(turn: Turn, said: SaidRemoval & { readonly activity: Activity }): Promise<Response | undefined> {
  const loaded = await unlessUnavailable(Promise.all([turn.history(), turn.today()]));
  if (!loaded) return undefined;
  const [history, today] = loaded;
  const day = dayAsked(said, today) ?? today;
  if (day === 'unclear') return undefined;
  const entries = history.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(day)))?.entries ?? [];
  if (!entries.some((entry) => entry.activity === said.activity && entry.weekday === weekdayOf(day))) return undefined;
  return askToRemove(turn, { activity: said.activity, date: formatIsoDate(day) });
}

/**
 * "Undo" a turn or more after a log made this session (found by a helper trying the console: after "how am I doing",
 * there was "nothing to undo"): the latest of this session's logs the store still holds, asked about by what it was
 * before anything comes off, as a removal is. Undefined when none is left; one read.
 */
export async function askToRemoveSessionLog(turn: Turn, keys: readonly string[]): Promise<Response | undefined> {
  const loaded = await unlessUnavailable(Promise.all([turn.history(), turn.today()]));
  if (!loaded) return tellProgressUnavailable(turn);
  const [history, today] = loaded;
  for (const key of [...keys].reverse()) {
    for (const { week, entries } of history.weeks) {
      const entry = entries.find((candidate) => candidate.key === key);
      if (entry) return askAboutEntry(turn, week, entry, dateOf(week, entry.weekday) ?? today, today);
    }
  }
  return undefined;
}

/** "Remove the 20-minute walk you logged today?": one log, by what it was and its day, taken off only on a yes. */
function askAboutEntry(turn: Turn, week: string, entry: LogEntry, day: LocalDate, today: LocalDate): Response {
  const offer: Offer = { kind: 'removeLog', week, entry: encodeEntry(entry) };
  const asked = turn.t.t('remove.confirm', { what: describedEntry(turn, entry), day: dayPhrase(turn.t, day, today) });
  return turn.reply({ speech: speech(asked), reprompt: speech(turn.t.t('remove.confirm.reprompt')), offer });
}

/**
 * "Undo", "delete that last one" in a session that has logged nothing: the latest log of the last week, asked about
 * first, as a removal is (found by a helper trying the console: "There is nothing to undo right now", with a walk
 * logged that morning). Undefined when nothing was logged in that time, or the store cannot be reached.
 */
export async function askToRemoveLatestLog(turn: Turn): Promise<Response | undefined> {
  const loaded = await unlessUnavailable(Promise.all([turn.history(), turn.today()]));
  if (!loaded) return undefined;
  const [history, today] = loaded;
  // Entries keep the order they were logged in; the latest week with any holds the latest.
  const latest = [...history.weeks].sort((a, b) => b.week.localeCompare(a.week)).find((week) => week.entries.length > 0);
  const entry = latest?.entries.at(-1);
  const day = latest && entry && dateOf(latest.week, entry.weekday);
  if (!latest || !entry || !day || daysBetween(day, today) > LOG_DAYS_BACK || daysBetween(day, today) < 0) return undefined;
  return askAboutEntry(turn, latest.week, entry, day, today);
}

/** "Yes": exactly the entry asked about comes off its week, if the week still holds it; then where the week stands. */
export async function removeAfterYes(turn: Turn, offer: Extract<Offer, { kind: 'removeLog' }>): Promise<Response> {
  const { t } = turn;
  const { question, reprompt } = goOn(turn);
  const tell = (...lines: (string | undefined)[]) => turn.reply({ speech: speech(...lines, question), reprompt: speech(reprompt) });
  const entry = decodeEntry(offer.entry);
  if (!entry) return tell(t.t('remove.gone'));
  let removed: RemoveOutcome;
  try {
    removed = await turn.withStore((store, user) => store.removeEntry(user, offer.week, entry));
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    // Nothing is lost either way: the write is conditional on the entry, so trying again can never take off a second one.
    return tell(t.t(error.mayHaveLanded ? 'remove.unsure' : 'remove.notSaved'));
  }
  if (removed.outcome === 'not-found') return tell(t.t('remove.gone'));
  return tell(t.t('remove.done'), removed.week && leftLine(turn, entry.activity, removed.week, await turn.today()));
}

/** Where the week stands for the kind just removed: as a log says it, or that none is left. */
function leftLine(turn: Turn, activity: Activity, week: WeekProgress, today: LocalDate): string {
  const { t } = turn;
  const when = weekName(turn, week.week, today);
  const left = activity === 'walk' ? walksTaken(week) : week.sessions[activity];
  // No walk left, but steps: the steps, as a log of them says them.
  if (left === 0 && activity === 'walk' && week.extraSteps > 0) return countLine(turn, activity, week, today);
  if (left === 0) return t.t('remove.noneLeft', { kind: t.t(`remove.kind.${activity}`), when });
  // A log of recovery says "recovery counts too"; after a removal, how many are left.
  if (activity === 'stretch') return t.t('remove.left', { items: kindsSaid(turn, [{ activity, count: left }]), when });
  return countLine(turn, activity, week, today);
}
