import type { RequestHandler } from 'ask-sdk-core';
import { LEVELS } from '../content/types';
import { isIntent, resolvedSlot, slotValue } from '../conversation/requests';
import { beginTurn, stored } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { type Weekday, WEEKDAYS, weekdayOf } from '../domain/calendar';
import { planForDay } from '../domain/weekly-plan';
import { speakDay, weekdayName } from '../speech/dates';
import { speech } from '../speech/ssml';

/** "Set my level to advanced": every dose read out follows it from now on. */
export function setLevelHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'SetLevelIntent'),
    async handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const slot = resolvedSlot(input, 'level');
      const level = slot.status === 'match' ? LEVELS.find((known) => known === slot.id) : undefined;
      if (!level) return turn.reply({ speech: speech(t.t('level.which')), reprompt: speech(t.t('level.which.reprompt')) });
      turn.learn({ level });
      const name = t.t(`level.${level}`);
      const saved = await stored(turn.withStore((store, user) => store.updateProfile(user, { level })));
      return turn.reply({
        speech: speech(t.t(saved ? 'level.set' : 'level.notSaved', { level: name }), t.t('anythingElse')),
        reprompt: speech(t.t('anythingElse.reprompt')),
      });
    },
  };
}

function weekdayFromSlot(t: Parameters<typeof weekdayName>[0], value: string | undefined): Weekday | undefined {
  const spoken = value?.toLowerCase();
  return WEEKDAYS.find((day) => weekdayName(t, day).toLowerCase() === spoken);
}

/** "Make Saturday my rest day": the week turns around it, keeping the article's mix. */
export function setRestDayHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'SetRestDayIntent'),
    async handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const restDay = weekdayFromSlot(t, slotValue(input, 'day'));
      if (!restDay) return turn.reply({ speech: speech(t.t('restDay.which')), reprompt: speech(t.t('restDay.which.reprompt')) });
      if (!(await stored(turn.withStore((store, user) => store.updateProfile(user, { restDay }))))) {
        return turn.reply({ speech: speech(t.t('restDay.notSaved'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
      }
      turn.learn({ restDay });
      const today = await turn.today();
      const plan = planForDay(weekdayOf(today), restDay);
      return turn.reply({
        speech: speech(
          t.t('restDay.set', { weekday: weekdayName(t, restDay) }),
          t.t('plan.dayIs', { day: speakDay(t, today, today), kind: t.t(`plan.kind.${plan.kind}`) }),
          t.t('tips.offer.plan'),
        ),
        reprompt: speech(t.t('tips.offer.plan')),
        offer: { kind: 'plan' },
      });
    },
  };
}
