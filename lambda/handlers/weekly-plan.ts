import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise } from '../content/catalogue';
import { isIntent } from '../conversation/requests';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { weeklyPlan, weeklyTargets } from '../domain/weekly-plan';
import { weekdayName } from '../speech/dates';
import { speakDose } from '../speech/dose';
import { speech } from '../speech/ssml';

export async function tellWeeklyPlan(turn: Turn): Promise<Response> {
  await turn.personalise();
  const { t, catalogue, level } = turn;
  const targets = weeklyTargets(turn.restDay);
  const walking = findExercise(catalogue, 'walking');
  const said = speech(t.t('plan.weekIntro'))
    .say(...weeklyPlan(turn.restDay).map((day) => t.t('plan.weekDay', { weekday: weekdayName(t, day.weekday), kind: t.t(`plan.short.${day.kind}`) })))
    .say(walking ? t.t('plan.moveDaily', { steps: speakDose(t, walking.dose[level]) }) : undefined)
    .say(t.t('plan.weekMix', { strength: targets.strength, hiit: targets.hiit, cardio: targets.cardio, rest: targets.rest }), t.t('plan.weekAdjust'), t.t('plan.offerToday'));
  return turn.reply({ speech: said, reprompt: speech(t.t('plan.offerToday')), offer: { kind: 'today' }, health: true });
}

export function weeklyPlanHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'WeeklyPlanIntent'),
    handle: (input) => tellWeeklyPlan(beginTurn(input, deps)),
  };
}
