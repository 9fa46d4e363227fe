import type { Response, interfaces, services } from 'ask-sdk-model';
import { type RemindersClient, RemindersError, type RemindersFailure } from '../dependencies';
import { type Turn, stored } from '../conversation/turn';
import { type LocalDate, type Weekday, formatIsoDate, formatIsoWeek, isoWeekOf, parseIsoDate } from '../domain/calendar';
import {
  type ClockTime,
  type PlannedReminder,
  type ReminderSchedule,
  type Repeat,
  formatClockTime,
  inPartOfDay,
  isPartOfDay,
  type PartOfDay,
  localDateTime,
  movedToPartOfDay,
  nearestReading,
  otherHalf,
  parseClockTime,
  plannedReminders,
  readRecurrenceRule,
  recurrenceRule,
  repeatOf,
  repeatOfWord,
  repeatOnDays,
  repeatWord,
  wallClock,
} from '../domain/reminder-schedule';
import { REMINDERS_SCOPE } from '../services/reminders';
import { type Speech, speech } from '../speech/ssml';
import { speakClock } from '../text/clock';
import { weekdayName } from '../text/dates';
import { goOn } from './go-on';

type Reminder = services.reminderManagement.Reminder;
type ReminderRequest = services.reminderManagement.ReminderRequest;


function answer(turn: Turn, said: Speech, extra: { askForPermissions?: readonly string[] } = {}): Response {
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: said.say(question), reprompt: speech(reprompt), ...extra });
}

/** "On your workout days, every day but Sunday", "every weekday", "on Monday, Wednesday, and Friday". */
function speakDays(turn: Turn, weekdays: readonly Weekday[]): string {
  const { t } = turn;
  const repeat = repeatOf(weekdays, turn.restDay);
  if (repeat === 'workoutDays') return t.t('reminders.repeat.workoutDays', { restDay: weekdayName(t, turn.restDay) });
  if (repeat) return t.t(`reminders.repeat.${repeat}`);
  return t.t('reminders.repeat.days', { days: t.list([...weekdays].sort((a, b) => a - b).map((day) => weekdayName(t, day))) });
}

function speakSchedule(turn: Turn, schedule: ReminderSchedule): { time: string; repeat: string } {
  const days = plannedReminders(schedule, turn.restDay).flatMap((reminder) => reminder.weekdays);
  return { time: speakClock(turn.t, schedule.time), repeat: speakDays(turn, days) };
}

/** What a failed Reminders API call means to the user, said kindly, and the conversation goes on. */
export function remindersFailed(turn: Turn, reason: RemindersFailure): Response {
  const { t } = turn;
  if (reason === 'permission') return answer(turn, speech(t.t('reminders.noPermission')), { askForPermissions: [REMINDERS_SCOPE] });
  return answer(turn, speech(t.t(reason === 'throttled' ? 'reminders.busy' : 'reminders.unavailable')));
}

function failureOf(error: unknown): RemindersFailure {
  if (error instanceof RemindersError) return error.reason;
  throw error;
}

/** Workout reminders were offered, or set: never offered again. Written once, by the first request that can. */
export async function rememberRemindersOffered(turn: Turn): Promise<void> {
  if (turn.remindersOffered === 'saved') return;
  if (await stored(turn.withStore((store, user) => store.updateProfile(user, { remindersOffered: true })))) turn.offeredReminders(true);
}

/** How the question names a part of the day already said. */
const PART_ASKED = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' } as const;

/** What a question for the time goes on: what was heard that named no clock time, a part of the day already asked about, or a time just turned down. */
interface TimeAsked {
  readonly heard?: string;
  readonly carried?: PartOfDay;
  readonly instead?: boolean;
  /** Asked by "move my reminder": the answer moves the reminders there are. */
  readonly moving?: boolean;
  /** Said first: a reminder for one day was asked for, and only repeating ones are set. */
  readonly lead?: string;
  /** Moving, after this reading ("HH:MM") was turned down: its other half, said again, is read as heard (and asked about). */
  readonly declined?: string;
}

/**
 * "What time should I remind you?" The time that comes back goes with `repeat`. `heard` is what the user said that
 * named no clock time: a part of the day ("every evening") is asked about ("what time in the evening?") and carried,
 * so the "6:30" that answers it is 6:30 PM; anything else is "I need an exact time" first. After a time said back was
 * turned down (`instead`), it asks for the time instead, with no part of the day: that is most often what went wrong.
 */
export function askReminderTime(turn: Turn, repeat: Repeat, { heard, carried, instead = false, moving = false, declined, lead: first }: TimeAsked = {}): Response {
  const { t } = turn;
  const part = instead ? undefined : isPartOfDay(heard) ? heard : carried;
  const lead = heard === undefined || isPartOfDay(heard) ? undefined : t.t('reminders.exactTime');
  const key = instead ? 'reminders.askTime.instead' : part ? (`reminders.askTime.${PART_ASKED[part]}` as const) : 'reminders.askTime';
  return turn.reply({
    speech: speech(first, lead, t.t(key)),
    reprompt: speech(t.t(`${key}.reprompt`)),
    offer: { kind: 'reminderTime', repeat, ...(part && { part }), ...(moving && { moving: true as const }), ...(moving && declined !== undefined && { declined }) },
  });
}

/**
 * "Remind me to work out at 7 am", "every weekday at 6:30", "on my workout days": the time and the repetition are
 * said back, and nothing is created until the user says yes. Without a time (or with only "in the morning"), it asks.
 * Asked for one day (`once`: "remind me tomorrow at 6"), it first says that it sets only repeating reminders: one set
 * replaces the schedule there is, so a reminder for one day would end the others.
 */
/**
 * What the offer says first of a request it could not take as said: one day asked for (only repeating reminders are
 * set), or every other day (three days a week, as reminders repeat weekly).
 */
export type ReminderCaveat = 'onlyRepeating' | 'everyOtherDay';

export async function offerReminder(turn: Turn, repeat: Repeat | undefined, spokenTime: string | undefined, caveat?: ReminderCaveat): Promise<Response> {
  const { t } = turn;
  const lead = caveat ? t.t(`reminders.${caveat}`) : undefined;
  // The days and the part of the day of a question still open: one asking for the time, or a time said back that is
  // being corrected ("no, make it 7").
  const asked = turn.offer?.kind === 'reminderTime' || turn.offer?.kind === 'setReminder' ? turn.offer : undefined;
  // A time said with no days keeps the days of the reminders there are (found by a helper trying the console: "every
  // weekday at 6", then "actually make it 6:30", became every day but the rest day).
  // The reminders there are: their days, when none are said, and their time, when only new days are ("make it every
  // weekday" keeps 7 PM).
  const times = await remindersThere(turn);
  const [first] = times;
  const there =
    first && ((repeat === undefined && asked?.repeat === undefined) || (spokenTime === undefined && asked === undefined))
      ? { repeat: repeatOnDays(first.weekdays, turn.restDay), time: first.time }
      : undefined;
  const chosen = repeat ?? asked?.repeat ?? there?.repeat ?? 'workoutDays';
  // Only a time just said back is corrected near itself: with nothing asked, "remind me at 7 am" and "make it 7" arrive
  // alike, and the reminders there are say nothing of which was meant (found in review: 7 am became 7 PM).
  const correcting = asked?.kind === 'setReminder' ? parseClockTime(asked.time) : undefined;
  const said = parseClockTime(spokenTime);
  // Only a bare answer ("6:30") is read in the part of the day asked about, or near the time it corrects ("no, make it
  // 7" after 6 PM is 7 PM): a request that names its own repetition ("remind me every morning at 6") says what it means.
  const carried = asked?.kind === 'reminderTime' ? asked.part : undefined;
  // A part of the day said over a time said back ("in the evening" after 6 AM): that hour, in it (found trying the
  // console as a user: it asked "what time in the evening?", the hour just said forgotten).
  const moved = repeat === undefined && correcting && isPartOfDay(spokenTime) ? movedToPartOfDay(correcting, spokenTime) : undefined;
  const read =
    moved ??
    (repeat === undefined && said && correcting ? nearestReading(said, correcting) : parseClockTime(inPartOfDay(spokenTime, repeat === undefined ? carried : undefined)));
  // New days said over a time said back keep its time, and how it was read ("remind me every weekday" after "7 AM").
  const time = read ?? (spokenTime === undefined ? (correcting ?? there?.time) : undefined);
  if (!time) return askReminderTime(turn, chosen, { heard: spokenTime, carried, lead });
  await turn.personalise();
  const spokenSchedule = speakSchedule(turn, { time, repeat: chosen });
  const guessed = moved ? false : said ? formatClockTime(time) !== formatClockTime(said) : asked?.kind === 'setReminder' && asked.guessed === true;
  // Days said that are not the days of the reminders there are: what a yes would replace, said before it (found by
  // trying the console: it came only after the yes, and someone adding Saturday had lost their weekday reminders). A
  // time said alone keeps their days, and is plainly a new time for them.
  const days = plannedReminders({ time, repeat: chosen }, turn.restDay).flatMap((reminder) => reminder.weekdays);
  const sameDaysThere = times.length === 1 && sameDays(first!.weekdays, days);
  const entries = () => t.list(times.map((entry) => speakEntry(turn, entry)));
  // A time alone over reminders at another time moves them, said before the yes too: "shaam 6 baje bhi yaad dilana"
  // ("at 6 PM as well") was confirmed as if added, and the 7 AM reminder was gone after the yes (found by a helper).
  // Whatever was said, the days that would be set decide (found in review: "every day at 6 pm too" over every day at
  // 7 AM said nothing before the yes, and a weekend time corrected after "replaces" was said to move the daily ones).
  const moves = times.length > 0 && times.every((entry) => formatClockTime(entry.time) !== formatClockTime(time));
  const replaces =
    times.length > 0 && !sameDaysThere ? t.t('reminders.replaces', { entries: entries() }) : moves ? t.t('reminders.moves', { entries: entries() }) : undefined;
  return turn.reply({
    speech: speech(lead, replaces, t.t('reminders.confirm', spokenSchedule)),
    reprompt: speech(t.t('reminders.confirm.reprompt', spokenSchedule)),
    offer: { kind: 'setReminder', time: formatClockTime(time), repeat: chosen, ...(guessed && { guessed: true as const }) },
  });
}

/**
 * The Reminders API body for one reminder of a schedule: local times with no "Z", in the device's own zone. One kept to
 * this week (`until`) ends on Sunday night; one for the weeks after it (`from`) starts on Monday.
 */
function reminderRequest(
  turn: Turn,
  planned: Pick<PlannedReminder, 'weekdays' | 'time' | 'from' | 'until'>,
  zone: string,
  alertInfo: services.reminderManagement.AlertInfo,
): ReminderRequest {
  const now = wallClock(turn.deps.now(), zone);
  const midnight = { hour: 0, minute: 0 };
  return {
    requestTime: localDateTime(now.date, now.time, now.second),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: zone,
      recurrence: {
        startDateTime: localDateTime(planned.from && formatIsoDate(planned.from) > formatIsoDate(now.date) ? planned.from : now.date, midnight),
        ...(planned.until && { endDateTime: localDateTime(planned.until, { hour: 23, minute: 59 }, 59) }),
        recurrenceRules: [recurrenceRule(planned.weekdays, planned.time)],
      },
    },
    alertInfo,
    pushNotification: { status: 'ENABLED' },
  };
}

/** What a reminder says when it rings: the session of its days ("Time for your strength workout."). */
function alertInfoFor(turn: Turn, planned: PlannedReminder): services.reminderManagement.AlertInfo {
  const text = turn.t.t(`reminders.text.${planned.kind}`);
  return { spokenInfo: { content: [{ locale: turn.t.locale, text, ssml: `<speak>${speech(text).toSsml()}</speak>` }] } };
}

const isOn = (reminder: Reminder): reminder is Reminder & { alertToken: string } => typeof reminder.alertToken === 'string' && reminder.status !== 'COMPLETED';

/**
 * The user's reminders become this schedule: the new ones are made first, and the old ones removed once all of them
 * are, so a failure part way leaves what was there (the new ones made so far are taken back).
 */
async function replaceSchedule(turn: Turn, client: RemindersClient, schedule: ReminderSchedule, zone: string): Promise<{ replaced: boolean }> {
  const existing = (await client.list()).filter(isOn);
  // This week kept as it was planned when the rest day changed mid-week: its days to come ring by its plan.
  const today = wallClock(turn.deps.now(), zone).date;
  const thisWeek = turn.keptWeek?.week === formatIsoWeek(isoWeekOf(today)) ? { today, plan: turn.weekPlanOf(today) } : undefined;
  const made = await Promise.allSettled(
    plannedReminders(schedule, turn.restDay, thisWeek).map((planned) => client.create(reminderRequest(turn, planned, zone, alertInfoFor(turn, planned)))),
  );
  const failed = made.find((result) => result.status === 'rejected');
  if (failed) {
    const tokens = made.flatMap((result) => (result.status === 'fulfilled' && result.value ? [result.value] : []));
    await Promise.allSettled(tokens.map((token) => client.remove(token)));
    throw failed.reason;
  }
  const removed = await Promise.allSettled(existing.map((reminder) => client.remove(reminder.alertToken)));
  if (removed.some((result) => result.status === 'rejected')) turn.deps.log.warn('an old reminder was not removed');
  return { replaced: existing.length > 0 };
}

/** The user's answer to the reminders permission, as the request says it (version 2 lists each scope with its answer). */
type Consent = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';
const CONSENTS: readonly Consent[] = ['ACCEPTED', 'DENIED', 'NOT_ANSWERED'];
const isConsent = (value: unknown): value is Consent => CONSENTS.some((consent) => consent === value);

function consentOf(payload: unknown): Consent | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { status, permissionScopes } = payload as { status?: unknown; permissionScopes?: unknown };
  if (isConsent(status)) return status;
  if (!Array.isArray(permissionScopes)) return undefined;
  const ours = permissionScopes.find((entry) => typeof entry === 'object' && entry !== null && isConsent(entry.status) && (entry.permissionScope ?? REMINDERS_SCOPE) === REMINDERS_SCOPE);
  return ours?.status;
}

/** The schedule a consent was asked for travels in the directive's token, and comes back untrusted: read strictly. */
const TOKEN = /^reminders (\d{2}:\d{2}) (\w+)$/;

function tokenOf(schedule: ReminderSchedule): string {
  return `reminders ${formatClockTime(schedule.time)} ${repeatWord(schedule.repeat)}`;
}

function scheduleOf(token: unknown): ReminderSchedule | undefined {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  const time = parseClockTime(match?.[1]);
  const repeat = repeatOfWord(match?.[2]);
  return time && repeat ? { time, repeat } : undefined;
}

/** The permission the user has given, as the request says: 'GRANTED', 'DENIED', or not said. */
function permissionOf(turn: Turn): string | undefined {
  const status: unknown = turn.input.requestEnvelope.context?.System?.user?.permissions?.scopes?.[REMINDERS_SCOPE]?.status;
  return typeof status === 'string' ? status : undefined;
}

/** Alexa asks the user for the reminders permission by voice, and answers with a Connections.Response (consentAnswered). */
function askPermission(turn: Turn, schedule: ReminderSchedule): Response {
  return turn.reply({
    speech: speech(turn.t.t('reminders.permission')),
    handOver: true,
    directives: [
      {
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }] },
        token: tokenOf(schedule),
      },
    ],
  });
}

/**
 * "Yes" to a time and repetition just said back: the reminders are made, in the device's time zone. Without the
 * permission, Alexa asks for it by voice first (after a consent that still fails, the Alexa app card instead).
 */
export async function setReminders(turn: Turn, schedule: ReminderSchedule, { afterConsent = false } = {}): Promise<Response> {
  const { t } = turn;
  const client = turn.reminders();
  if (!client) return remindersFailed(turn, 'unavailable');
  const [zone] = await Promise.all([turn.timeZone(), turn.personalise()]);
  if (permissionOf(turn) === 'DENIED' && !afterConsent) return askPermission(turn, schedule);
  const [outcome] = await Promise.all([replaceSchedule(turn, client, schedule, zone).catch(failureOf), rememberRemindersOffered(turn)]);
  if (typeof outcome === 'string') {
    if (outcome === 'permission' && !afterConsent) return askPermission(turn, schedule);
    return remindersFailed(turn, outcome);
  }
  const said = speakSchedule(turn, schedule);
  return answer(turn, speech(t.t('reminders.set', said), outcome.replaced ? t.t('reminders.replaced') : undefined));
}

/** Alexa's answer to the voice permission request: accepted (the reminders are made), denied, or not answered. */
export async function consentAnswered(turn: Turn): Promise<Response> {
  const { t } = turn;
  const request = turn.input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
  const consent = request.status?.code === '200' ? consentOf(request.payload) : undefined;
  const schedule = scheduleOf(request.token);
  switch (consent) {
    case 'ACCEPTED':
      return schedule ? setReminders(turn, schedule, { afterConsent: true }) : askReminderTime(turn, 'workoutDays');
    case 'DENIED':
      return answer(turn, speech(t.t('reminders.consent.denied')), { askForPermissions: [REMINDERS_SCOPE] });
    case 'NOT_ANSWERED':
      return answer(turn, speech(t.t('reminders.consent.notAnswered')));
    default:
      // The device or account cannot be asked by voice: the Alexa app can.
      turn.deps.log.warn('voice permission unavailable', { code: request.status?.code });
      return answer(turn, speech(t.t('reminders.consent.card')), { askForPermissions: [REMINDERS_SCOPE] });
  }
}

/**
 * The skill's reminders that are still to ring, each with its days and time where it is one this skill could have made,
 * and the days it is kept to: those kept to this week (`until`) ring this week's own plan after a rest day changed
 * mid-week, beside the schedule's own, which start next Monday (`from`).
 */
async function currentReminders(turn: Turn, client: RemindersClient) {
  const [list] = await Promise.all([client.list(), turn.personalise()]);
  return list.filter(isOn).map((reminder) => ({ reminder, rule: readRecurrenceRule(reminder.trigger?.recurrence?.recurrenceRules?.[0]), ...boundsOf(reminder) }));
}

/** The first and last days a reminder's recurrence was set to ring on, where it says them. */
function boundsOf(reminder: Reminder): { from?: LocalDate; until?: LocalDate } {
  const day = (when: string | undefined) => (typeof when === 'string' ? parseIsoDate(when.slice(0, 10)) : undefined);
  const from = day(reminder.trigger?.recurrence?.startDateTime);
  const until = day(reminder.trigger?.recurrence?.endDateTime);
  return { ...(from && { from }), ...(until && { until }) };
}

/** The schedule the reminders there are keep: those kept to this week aside, which repeat its days. */
const scheduleRules = (found: readonly { rule: ReturnType<typeof readRecurrenceRule>; until?: LocalDate }[]) => found.flatMap(({ rule, until }) => (until ? [] : [rule]));

/** One time, all the days its reminders ring on. */
function byTime(rules: readonly ({ weekdays: Weekday[]; time: ClockTime } | undefined)[]): { time: ClockTime; weekdays: Weekday[] }[] {
  const times = new Map<string, { time: ClockTime; weekdays: Weekday[] }>();
  for (const rule of rules) {
    if (!rule) continue;
    const key = formatClockTime(rule.time);
    const entry = times.get(key) ?? { time: rule.time, weekdays: [] };
    entry.weekdays = [...new Set([...entry.weekdays, ...rule.weekdays])];
    times.set(key, entry);
  }
  return [...times.values()].sort((a, b) => formatClockTime(a.time).localeCompare(formatClockTime(b.time)));
}

/**
 * A new rest day: reminders this skill set follow the new week, made again at the same time (their words name each
 * day's session, and "on your workout days" moves with the rest day; days the user chose stay). Says so when the days changed; says nothing when
 * there were none, or the API could not be reached (the reminders stay as they were).
 */
export async function followRestDay(turn: Turn, before: Weekday): Promise<string | undefined> {
  const client = turn.reminders();
  if (!client) return undefined;
  try {
    const times = byTime(scheduleRules(await currentReminders(turn, client)));
    const [only] = times;
    if (!only || times.length !== 1) return undefined;
    // Days the user chose stay, made again so each names its session in the new week (found in review: Monday,
    // Wednesday and Friday still said "strength" when those became HIIT, cardio and a rest day).
    const repeat = repeatOf(only.weekdays, before) ?? { days: only.weekdays };
    await replaceSchedule(turn, client, { time: only.time, repeat }, await turn.timeZone());
    return repeat === 'workoutDays' ? turn.t.t('reminders.followRestDay', { time: speakClock(turn.t, only.time), weekday: weekdayName(turn.t, turn.restDay) }) : undefined;
  } catch (error) {
    // Without the permission there are none of this skill's to follow: nothing went wrong, and the log says nothing.
    if (error instanceof RemindersError && error.reason === 'permission') return undefined;
    turn.deps.log.warn('reminders did not follow the rest day', { error: (error as Error).name });
    return undefined;
  }
}

/** "What reminders do I have?" */
export async function listReminders(turn: Turn): Promise<Response> {
  const { t } = turn;
  const client = turn.reminders();
  if (!client) return remindersFailed(turn, 'unavailable');
  const found = await currentReminders(turn, client).catch(failureOf);
  if (typeof found === 'string') return remindersFailed(turn, found);
  const times = byTime(scheduleRules(found));
  if (found.length === 0) return answer(turn, speech(t.t('reminders.none')));
  if (times.length === 0) return answer(turn, speech(t.t('reminders.some', { count: found.length })));
  return answer(turn, speech(t.t('reminders.list', { entries: t.list(times.map((entry) => speakEntry(turn, entry))) })));
}

/**
 * "Move my reminder to 8": every workout reminder rings at the new time, on the days it rang before. Without a time,
 * it asks for one; with no reminders to move, it offers one at that time instead.
 */
export async function moveReminders(turn: Turn, spokenTime: string | undefined, { asSaid = false, declined }: { asSaid?: boolean; declined?: string } = {}): Promise<Response> {
  const { t } = turn;
  const client = turn.reminders();
  if (!client) return remindersFailed(turn, 'unavailable');
  // The answer to its own question ("What time in the evening?") is read in the part of the day asked about.
  const question = turn.offer?.kind === 'reminderTime' && turn.offer.moving ? turn.offer : undefined;
  const asked = question?.part;
  const said = parseClockTime(inPartOfDay(spokenTime, asked));
  const found = await currentReminders(turn, client).catch(failureOf);
  if (typeof found === 'string') return remindersFailed(turn, found);
  const ours = found.flatMap(({ reminder, rule, from, until }) => (rule ? [{ reminder, rule, from, until }] : []));
  const [first] = byTime(scheduleRules(ours));
  const repeat = (first && repeatOf(first.weekdays, turn.restDay)) ?? 'workoutDays';
  if (ours.length === 0) {
    if (!said) return answer(turn, speech(t.t('reminders.none')));
    const spoken = speakSchedule(turn, { time: said, repeat });
    return turn.reply({ speech: speech(t.t('reminders.moveNone', spoken)), reprompt: speech(t.t('reminders.confirm.reprompt', spoken)), offer: { kind: 'setReminder', time: formatClockTime(said), repeat } });
  }
  if (!said) return askReminderTime(turn, repeat, { heard: spokenTime, carried: asked, moving: true });
  // AMAZON.TIME hears "8" and "8 am" alike: with no part of the day said or asked about, the half nearest the time the
  // reminders ring is read ("move it to 8" at 7 PM is 8 PM), and asked about before anything moves. Only the yes to
  // that question (`asSaid`) moves them.
  const all = [...new Set(scheduleRules(ours).flatMap((rule) => rule?.weekdays ?? []))];
  // A time said again after its other half was asked about and turned down ("8 PM?" "No." "8") is read as heard, and
  // still asked about: only a yes moves them (found in review: "make it 9" twice moved them to 9 AM unasked).
  const turnedDown = parseClockTime(declined ?? question?.declined);
  const insisted = !asSaid && turnedDown !== undefined && formatClockTime(otherHalf(turnedDown)) === formatClockTime(said);
  const near = asSaid || insisted || asked || !first ? said : nearestReading(said, first.time);
  // Where they ring already is not where anyone asks to move them: "8" said of reminders at 8 PM is 8 AM, and of
  // reminders at 8 AM, 8 PM (asked about).
  const time = first && !asSaid && !insisted && formatClockTime(near) === formatClockTime(first.time) ? otherHalf(near) : near;
  // Every one already rings then: nothing to move, and no "Done" (found in review).
  if (ours.every(({ rule }) => formatClockTime(rule.time) === formatClockTime(time))) {
    return answer(turn, speech(t.t('reminders.alreadyAt', { time: speakClock(t, time), repeat: speakDays(turn, all) })));
  }
  if (insisted || formatClockTime(time) !== formatClockTime(said)) {
    const spoken = { time: speakClock(t, time), repeat: speakDays(turn, all) };
    const offer = { kind: 'moveReminders' as const, time: formatClockTime(time), repeat };
    return turn.reply({ speech: speech(t.t('reminders.moveGuessed', spoken)), reprompt: speech(t.t('reminders.moveGuessed.reprompt', spoken)), offer });
  }
  const zone = await turn.timeZone();
  // One kept to a week gone by rings no more: taken off, never moved (found in review: moved the week after, its end
  // came before its new start).
  const today = formatIsoDate(wallClock(turn.deps.now(), zone).date);
  const ended = (until: LocalDate | undefined) => until !== undefined && formatIsoDate(until) < today;
  const moved = await Promise.allSettled(
    // Each keeps the days it rings on, this week's kept plan included (its start and end stay).
    ours.map(({ reminder, rule, from, until }) =>
      ended(until)
        ? client.remove(reminder.alertToken)
        : client.update(
            reminder.alertToken,
            reminderRequest(turn, { weekdays: rule.weekdays, time, ...(from && { from }), ...(until && { until }) }, zone, reminder.alertInfo ?? { spokenInfo: { content: [] } }),
          ),
    ),
  );
  const failed = moved.find((result) => result.status === 'rejected');
  if (failed) return remindersFailed(turn, failureOf(failed.reason));
  return answer(turn, speech(t.t('reminders.moved', { time: speakClock(t, time), repeat: speakDays(turn, all) })));
}

/** The reminders this skill set there are, a time each with all its days, earliest first; none when they cannot be read. */
async function remindersThere(turn: Turn): Promise<{ time: ClockTime; weekdays: Weekday[] }[]> {
  const client = turn.reminders();
  if (!client) return [];
  const found = await currentReminders(turn, client).catch(() => undefined);
  return byTime(scheduleRules(found ?? []));
}

/** One time of the reminders there are, as a list says it ("at 6 PM, every weekday"). */
function speakEntry(turn: Turn, { time, weekdays }: { time: ClockTime; weekdays: readonly Weekday[] }): string {
  return turn.t.t('reminders.entry', { time: speakClock(turn.t, time), repeat: speakDays(turn, weekdays) });
}

const sameDays = (a: readonly Weekday[], b: readonly Weekday[]): boolean => new Set(a).size === new Set(b).size && a.every((day) => b.includes(day));

/** "Cancel my reminders": every reminder this skill set for the user. */
export async function cancelReminders(turn: Turn, confirmed = false, oneNamed = false): Promise<Response> {
  const { t } = turn;
  const client = turn.reminders();
  if (!client) return remindersFailed(turn, 'unavailable');
  const [found] = await Promise.all([client.list().catch(failureOf), confirmed ? undefined : turn.personalise()]);
  // Asking for a permission only to take something away would be backwards: say what can be done instead.
  if (found === 'permission') return answer(turn, speech(t.t('reminders.cancelUnseen')));
  if (typeof found === 'string') return remindersFailed(turn, found);
  const on = found.filter(isOn);
  if (on.length === 0) return answer(turn, speech(t.t('reminders.cancelNone')));
  // Which there are is said, and they go only on a yes: the intent hears no time of day to pick one by (found by
  // helpers: "cancel my evening reminder" took the 7 AM weekday ones, unasked).
  if (!confirmed) {
    const times = byTime(scheduleRules(on.map((reminder) => ({ rule: readRecurrenceRule(reminder.trigger?.recurrence?.recurrenceRules?.[0]), ...boundsOf(reminder) }))));
    const which = times.length > 0 ? t.t('reminders.list', { entries: t.list(times.map((entry) => speakEntry(turn, entry))) }) : t.t('reminders.some', { count: on.length });
    // One named by its day or time ("cancel the Saturday one"): they ring as one set, so how to keep some is said first.
    const ask = t.t(oneNamed ? 'reminders.cancelAsk.one' : 'reminders.cancelAsk');
    return turn.reply({ speech: speech(which, ask), reprompt: speech(t.t('reminders.cancelAsk')), offer: { kind: 'cancelReminders' } });
  }
  const removed = await Promise.allSettled(on.map((reminder) => client.remove(reminder.alertToken)));
  const failed = removed.find((result) => result.status === 'rejected');
  if (failed) return remindersFailed(turn, failureOf(failed.reason));
  return answer(turn, speech(t.t('reminders.cancelled')));
}

/** What "delete my data" did with the reminders this skill set, for its answer to say. */
export type RemindersErased = 'cancelled' | 'none' | 'unseen' | 'failed';

/**
 * The reminders this skill set, as "delete my data" sees them: 'unseen' without the permission or a token, 'failed' when
 * the call fails, else the client and the reminders with their tokens.
 */
async function remindersSeen(turn: Turn): Promise<'unseen' | 'failed' | { client: RemindersClient; ours: (Reminder & { alertToken: string })[] }> {
  const client = turn.reminders();
  if (!client) return 'unseen';
  const found = await client.list().catch(failureOf);
  if (found === 'permission') return 'unseen';
  if (typeof found === 'string') return 'failed';
  const ours = found.flatMap((reminder) => (typeof reminder.alertToken === 'string' && reminder.alertToken !== '' ? [{ ...reminder, alertToken: reminder.alertToken }] : []));
  return { client, ours };
}

/**
 * Every reminder this skill set, removed along with the user's data: they are theirs as much as the log is (noticed at
 * the last stops: the data went, and the reminders rang on). Without the permission, or with no token, they cannot be
 * seen; a call that fails leaves them, and the answer says so. Only ones still on are spoken of as cancelled.
 */
export async function eraseReminders(turn: Turn): Promise<RemindersErased> {
  const seen = await remindersSeen(turn);
  if (typeof seen === 'string') return seen;
  const removed = await Promise.allSettled(seen.ours.map(({ alertToken }) => seen.client.remove(alertToken)));
  if (removed.some((result) => result.status === 'rejected')) return 'failed';
  return seen.ours.some(isOn) ? 'cancelled' : 'none';
}

/**
 * Whether "delete my data" has reminders to cancel, for its question to promise only what the yes does: none it can
 * see, or none on, is no; the API out of reach may hide some, and the yes will try.
 */
export async function remindersToErase(turn: Turn): Promise<boolean> {
  const seen = await remindersSeen(turn);
  return seen === 'failed' || (seen !== 'unseen' && seen.ours.some(isOn));
}

/** "Yes" to the coach's offer of reminders: which time? The offer is remembered, so it is never made again. */
export async function acceptRemindersOffer(turn: Turn): Promise<Response> {
  await rememberRemindersOffered(turn);
  return askReminderTime(turn, 'workoutDays');
}

/**
 * "No" to the coach's offer, to the question for a time, or to a time and repetition just said back: nothing is set.
 * Where the time said back was read in the part of the day asked about (AMAZON.TIME hears "6 am" as 6, and the evening
 * asked about made it 6 PM), "no" is most often that reading: it asks for the time instead, and a second "no" leaves it.
 */
export async function declineReminders(turn: Turn): Promise<Response> {
  const { t } = turn;
  if (turn.offer?.kind === 'cancelReminders') return answer(turn, speech(t.t('reminders.kept')));
  if (turn.offer?.kind === 'setReminder' && turn.offer.guessed) return askReminderTime(turn, turn.offer.repeat, { instead: true });
  // "Move them to 8 PM?" "No": the half of the day read was wrong, or the time misheard; the time is asked for.
  if (turn.offer?.kind === 'moveReminders') return askReminderTime(turn, turn.offer.repeat, { moving: true, declined: turn.offer.time });
  if (turn.offer?.kind === 'remindMe') await rememberRemindersOffered(turn);
  return answer(turn, speech(t.t(turn.offer?.kind === 'remindMe' ? 'reminders.declined' : 'reminders.notSet')));
}
