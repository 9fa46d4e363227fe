import type { Response } from 'ask-sdk-model';
import { SESSIONS } from '../content/sessions';
import { isWorkoutRunning, workoutOf } from '../conversation/mode';
import type { Offer } from '../conversation/state';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { formatIsoDate, weekdayOf } from '../domain/calendar';
import { recentWeekIds, sessionsDone } from '../domain/progress';
import { trainingDaysLeft } from '../domain/weekly-plan';
import { Speech, speech } from '../speech/ssml';
import type { ProfileChanges, UserHistory } from '../store/progress-store';
import { speakDay } from '../text/dates';
import { lookBackAtLaunch, saveCoachMemory } from './coach';
import { askAgain, goOn } from './go-on';
import { isHowToOver } from './how-to';
import { FELT_HELP, isFinishedPlace, offerUnlogged, offerYesterdaysWorkout, placeSavedOn, plannedDoneOn, stillPaused, tellPausedForHurt, warnedOn } from './workout';

async function remember(turn: Turn, changes: ProfileChanges): Promise<boolean> {
  const saved = await stored(turn.withStore((store, user) => store.updateProfile(user, changes)));
  if (!saved) turn.deps.log.warn('could not save the visit');
  else if (changes.noticeHeard) turn.noticeRemembered();
  return saved;
}

const noticeHeard = (turn: Turn): ProfileChanges => ({ noticeHeard: true, createdAt: turn.deps.now().toISOString() });

/**
 * A returning user hears their day and their week: "Welcome back. Today is a HIIT day, and you're 2 sessions in."
 * The first session of a new week opens with last week (see lookBackAtLaunch), and may end on the coach's question.
 */
/** Monday and Tuesday: a week with nothing logged yet is still a fresh start. */
const FRESH_START_DAYS = 2;

async function welcomeBack(turn: Turn, history: UserHistory): Promise<Response> {
  const { t } = turn;
  const today = await turn.today();
  const coach = lookBackAtLaunch(turn, history, today, await turn.timeZone());
  // A profile made by a setting ("set my level") has not heard the notice yet: it is said now, and remembered, in the
  // same one write as the look back.
  const changes = { ...(!history.profile?.noticeHeard && noticeHeard(turn)), ...coach.remember };
  if (Object.keys(changes).length > 0 && (await remember(turn, changes)) && changes.remindersOffered) turn.offeredReminders(true);
  const { thisWeek } = recentWeekIds(today, 0);
  const week = history.weeks.find((entry) => entry.week === thisWeek);
  const sessions = week ? sessionsDone(week) : 0;
  // "A fresh start" on a Thursday with nothing logged rang false (found by a helper): only in the week's first days.
  // "There's still time" with no training day left (a Sunday rest day) rang false too: the week then starts fresh on Monday
  // (found by a helper trying the console, December 5).
  // Not with yesterday's workout left partway offered to log, which "a fresh start" belies (found by a helper trying the
  // console in Indian English: "this week is a fresh start. Yesterday you stopped partway…").
  const leftYesterday = offerYesterdaysWorkout(turn, history, today);
  const nothingYet =
    weekdayOf(today) <= FRESH_START_DAYS && !leftYesterday ? 'welcomeBack.fresh' : trainingDaysLeft(weekdayOf(today), turn.restDay, false, turn.weekPlanOf(today)) > 0 ? 'welcomeBack.nothingYet' : 'welcomeBack.nextWeek';
  const progress =
    sessions > 0 ? t.t('welcomeBack.sessions', { count: sessions }) : (week?.entries.length ?? 0) > 0 ? t.t('welcomeBack.moving') : t.t(nothingYet);
  const planned = turn.planOn(today).kind;
  const kind = t.t(`plan.kind.${planned}`);
  // Today's session done and logged, said first: one that closed on its last step with no one to hear it was logged
  // unheard (found by a helper trying the console: the welcome said only "you're 1 session in").
  const doneToday = plannedDoneOn(turn, week, today);
  // A workout stopped partway today is offered to pick up (a "no" starts nothing), unless the coach has a question, or
  // a warning sign was answered today (found in review: the offer led back into a workout stopped for chest pain).
  // In the small hours, a warning sign the evening before counts too (found in review).
  const warned = await warnedOn(turn, today);
  const saved = !coach.ask && !warned ? placeSavedOn(week, today) : undefined;
  // One gone through by skipping, its log left unanswered, is offered to log; else one left partway yesterday.
  const finished = saved !== undefined && isFinishedPlace(turn, saved);
  const skipped = saved && week && finished ? offerUnlogged(turn, week, saved, 'today') : undefined;
  const stopped = finished ? undefined : saved;
  const ask: { question: string; reprompt: string; offer?: Offer } | undefined = stopped
    ? { question: t.t('welcomeBack.stopped', { name: t.t(`workout.name.${SESSIONS[stopped.sessionId].kind}`) }), reprompt: t.t('welcomeBack.stopped.reprompt'), offer: { kind: 'pickUp' } }
    : (skipped ?? coach.ask ?? leftYesterday);
  // After a warning sign today, how it is, and no nudge to train (tried as a user: "there's still time" after chest pain).
  const day = warned
    ? t.t('welcomeBack.warned')
    : doneToday && sessions > 0
      ? t.t('welcomeBack.todayDone', { name: t.t(`workout.name.${planned}`), progress })
      : t.t('welcomeBack.today', { day: speakDay(t, today, today), kind, progress });
  return turn.reply({
    lead: speech(t.t('welcomeBack'), ...coach.said, day),
    speech: speech(ask?.question ?? t.t('launch.question')),
    reprompt: speech(ask?.reprompt ?? t.t('launch.reprompt')),
    ...(ask?.offer && { offer: ask.offer }),
    health: true,
  });
}

/** "Open Back Coach". */
export async function welcome(turn: Turn): Promise<Response> {
  const { t } = turn;
  const history = await unlessUnavailable(turn.history());
  if (history?.profile) return welcomeBack(turn, history);
  // A first visit: the notice is said now and remembered, so it is said once, not every time.
  if (history) await remember(turn, noticeHeard(turn));
  return turn.reply({
    lead: speech(t.t('launch.welcome')),
    speech: speech(t.t('launch.pitch'), t.t('launch.question')),
    reprompt: speech(t.t('launch.reprompt')),
    health: true,
  });
}

export async function tellHelp(turn: Turn): Promise<Response> {
  const { t } = turn;
  // "What can I do instead?" with the workout paused for pain or feeling unwell (found in review: the workout's
  // commands): rest, what it means for what was felt, how to go on when it has passed, and what else is worth asking.
  const hurtHelp = tellPausedForHurt(turn);
  if (hurtHelp) return hurtHelp;
  if (isWorkoutRunning(turn.mode)) return turn.reply({ speech: speech(t.t('help.workout')), reprompt: speech(t.t('help.workout')) });
  // "Shall I set that?" "Help." "Yes.": found by a helper, the yes then answered nothing. The question is asked again.
  const again = askAgain(turn, t.t('help.body'));
  if (again) return again;
  // "What can I do instead?" after pain or feeling unwell told today (found as a gap: after "then let's not train
  // today", it was out of scope, and the suggestions offered today's workout): rest, and what is worth doing meanwhile.
  const felt = await feltToday(turn);
  if (felt) {
    return turn.reply({
      speech: speech(t.t(FELT_HELP[felt]), t.t('help.felt.later'), t.t('help.felt.meanwhile')),
      reprompt: speech(t.t('fallback.felt')),
      health: true,
    });
  }
  return turn.reply({ speech: speech(t.t('help.body'), t.t('help.question')), reprompt: speech(t.t('help.reprompt')) });
}


/**
 * Pain or feeling unwell told this session, or in an earlier one today (the day kept in the profile), with nothing
 * said since of it passing, and no workout under way.
 */
async function feltToday(turn: Turn): Promise<keyof typeof FELT_HELP | undefined> {
  const { felt } = turn;
  // Learning a move is no workout (found trying the console: pain told during a how-to got the general help).
  if (felt === 'cleared' || workoutOf(turn.mode) !== undefined) return undefined;
  // Yesterday's is a note of the profile's alone, asked about before a workout, never kept in the session.
  if (felt !== undefined && felt !== 'yesterday') return felt;
  const feltOn = (await unlessUnavailable(turn.history()))?.profile?.feltOn;
  return feltOn !== undefined && feltOn === formatIsoDate(await turn.today()) ? 'earlier' : undefined;
}

/** Pain or feeling unwell told this session, with nothing said since of it passing, and no workout under way. */
function feltThisSession(turn: Turn): boolean {
  const { felt } = turn;
  return felt !== undefined && felt !== 'cleared' && turn.mode.kind === 'idle';
}

/** Speech Alexa heard clearly but that is not for this skill: say so honestly, and what to say instead for what is under way. */
export function tellOutOfScope(turn: Turn): Response {
  const { t, mode } = turn;
  // A question was pending: what was said is most likely an answer to it in words the model lacks ("ok fine, let's do
  // it", "hmm whatever"). It is asked again, and still stands. An open one ("which exercise?", "what did you do?")
  // gets the suggestions instead. The fallback carries none of the words: with a deletion waiting for a yes, what it
  // erases is told instead of "sorry", as the likeliest thing not understood then is a question about it ("hang on,
  // what exactly gets deleted", found by a tester).
  const again = askAgain(turn, t.t(turn.offer?.kind === 'confirmDelete' ? 'delete.what' : 'fallback.pending'));
  if (again) return again;
  // Just paused, what is said next is most likely why ("hold on, I need to get my mat"): the workout waits, kindly
  // (found by a helper trying the console as a 60-year-old: "That's not something I can help with yet").
  if (turn.state.told === 'paused' && isWorkoutRunning(mode) && !workoutOf(mode)?.hurt) return stillPaused(turn);
  // After a how-to's last step there is no next step to point to: what the skill does instead.
  // After pain or feeling unwell told this session, today's workout is not suggested.
  // Paused for pain: how to go on or stop, never "say next" (found by helpers trying the console).
  const suggestion = workoutOf(mode)?.hurt
    ? t.t('fallback.hurt')
    : isWorkoutRunning(mode)
    ? // Said again just after one not understood, only how to go on or stop (found by a helper trying the console in
      // Hindi: the whole list of commands, about 45 words, came back word for word, three times).
      t.t(turn.state.told === 'outOfScope' ? 'fallback.workout.again' : 'fallback.workout')
    : feltThisSession(turn)
      ? t.t('fallback.felt')
      : mode.kind === 'idle' || isHowToOver(turn)
        ? t.t('fallback.suggest')
        : t.t('fallback.howTo');
  // A turn not understood takes nothing away: "undo" still reaches the log just made ("actually that was yesterday"
  // misheard, then "undo that").
  // "Pardon?" next says the answer before this one, unless that ended on a question now dropped ("what did you do on
  // Tuesday?"): heard again, its answer would go astray (found in review: the run was logged for today).
  // Mid-workout, a yes next is no "next": what was not understood may have been a wish to stop ("nah I'm quitting", then
  // "yes"; found by a helper trying the console: the next set began).
  const running = isWorkoutRunning(mode) && !workoutOf(mode)?.hurt;
  return turn.reply({
    speech: speech(t.t('fallback'), suggestion),
    reprompt: speech(suggestion),
    ...(!turn.offer && { keepLast: true as const }),
    ...(turn.state.lastLog && { lastLog: turn.state.lastLog }),
    ...(running && !turn.offer && { told: 'outOfScope' as const }),
  });
}

/** A bare yes just after an answer not understood mid-workout: which it is, next or I'm done, asked again. */
export function askNextOrDone(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('workout.nextOrDone')), reprompt: speech(t.t('workout.nextOrDone')), keepLast: true, told: 'outOfScope' });
}

export async function sayGoodbye(turn: Turn): Promise<Response> {
  await saveCoachMemory(turn);
  // "Keep my place", "night night", to "Your place is saved… Or shall I log what you did?": the place kept, said so (found
  // by a helper trying the console as a night-shift nurse).
  const kept = turn.offer?.kind === 'logWorkout' && turn.offer.kept === true;
  return turn.reply({ speech: speech(turn.t.t(kept ? 'workout.saved' : 'goodbye')), end: true });
}

/** "Thanks": a short, human answer, and the conversation stays open. */
export function sayYoureWelcome(turn: Turn): Response {
  const { t } = turn;
  // "Ok thank you" to "shall I log what you did?": the question still stands, and is asked again (found in review:
  // "what else?" was said, and the choice left unheard).
  const again = askAgain(turn, t.t('thanks'));
  if (again) return again;
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(t.t('thanks'), question), reprompt: speech(reprompt), keepPending: true });
}

/** "Repeat" outside a how-to or a workout says the last answer again, question and all. */
export function repeatLast(turn: Turn): Promise<Response> | Response {
  const { last } = turn.state;
  if (!last) return tellHelp(turn);
  return turn.reply({
    speech: Speech.replay(last.speech),
    reprompt: last.reprompt ? Speech.replay(last.reprompt) : speech(turn.t.t('anythingElse.reprompt')),
    keepPending: true,
  });
}
