import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isRequest } from '../conversation/requests';
import { type Turn, beginTurn, stored } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { weekdayOf } from '../domain/calendar';
import { recentWeekIds, sessionsDone } from '../domain/progress';
import { planForDay } from '../domain/weekly-plan';
import { speakDay } from '../speech/dates';
import { speech } from '../speech/ssml';
import { type UserHistory, StoreUnavailableError } from '../store/progress-store';

async function rememberNotice(turn: Turn, deps: SkillDependencies): Promise<void> {
  const heard = { noticeHeard: true, createdAt: deps.now().toISOString() };
  if (!(await stored(turn.withStore((store, user) => store.updateProfile(user, heard))))) deps.log.warn('could not save the first visit');
}

/** A returning user hears their day and their week: "Welcome back. Today is a HIIT day, and you're 2 sessions in." */
async function welcomeBack(turn: Turn, history: UserHistory, deps: SkillDependencies): Promise<Response> {
  const { t } = turn;
  // A profile made by a setting ("set my level") has not heard the notice yet: it is said now, and remembered.
  if (!history.profile?.noticeHeard) await rememberNotice(turn, deps);
  const today = await turn.today();
  const { thisWeek } = recentWeekIds(today, 0);
  const week = history.weeks.find((entry) => entry.week === thisWeek);
  const sessions = week ? sessionsDone(week) : 0;
  const progress = sessions === 0 ? t.t('welcomeBack.fresh') : sessions === 1 ? t.t('welcomeBack.oneSession') : t.t('welcomeBack.sessions', { count: sessions });
  const kind = t.t(`plan.kind.${planForDay(weekdayOf(today), turn.restDay).kind}`);
  return turn.reply({
    lead: speech(t.t('welcomeBack'), t.t('welcomeBack.today', { day: speakDay(t, today, today), kind, progress })),
    speech: speech(t.t('launch.question')),
    reprompt: speech(t.t('launch.reprompt')),
    health: true,
  });
}

export function launchHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isRequest(input, 'LaunchRequest'),
    async handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const history = await turn.history().catch((error: unknown) => {
        if (!(error instanceof StoreUnavailableError)) throw error;
        return undefined;
      });
      if (history?.profile) return welcomeBack(turn, history, deps);
      // A first visit: the notice is said now and remembered, so it is said once, not every time.
      if (history) await rememberNotice(turn, deps);
      return turn.reply({
        lead: speech(t.t('launch.welcome')),
        speech: speech(t.t('launch.pitch'), t.t('launch.question')),
        reprompt: speech(t.t('launch.reprompt')),
        health: true,
      });
    },
  };
}
