import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { forIntent } from '../conversation/requests';
import type { Offer, TipTopic } from '../conversation/state';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import type { MessageKey } from '../i18n/translator';
import { speech } from '../speech/ssml';

const TIP_INTENTS: Readonly<Record<string, TipTopic>> = {
  DietTipsIntent: 'diet',
  LifestyleTipsIntent: 'lifestyle',
  WhatToAvoidIntent: 'avoid',
};

/** Each list leads on to the next, the way the article reads: diet, then lifestyle, then what to avoid. */
const FOLLOW_ON: Readonly<Record<TipTopic, { offer: Offer; question: MessageKey }>> = {
  diet: { offer: { kind: 'tips', topic: 'lifestyle' }, question: 'tips.offer.lifestyle' },
  lifestyle: { offer: { kind: 'tips', topic: 'avoid' }, question: 'tips.offer.avoid' },
  avoid: { offer: { kind: 'plan' }, question: 'tips.offer.plan' },
};

/** Lists are read in breaths of at most three: 4 tips as 2 and 2, 5 as 3 and 2. */
function chunkSize(count: number): number {
  return Math.ceil(count / Math.ceil(count / 3));
}

export function tellTips(turn: Turn, topic: TipTopic, from = 0): Response {
  const { t, catalogue } = turn;
  const tips = { diet: catalogue.dietTips, lifestyle: catalogue.lifestyleTips, avoid: catalogue.avoid }[topic];
  const start = Math.min(Math.max(from, 0), tips.length - 1);
  const chunk = tips.slice(start, start + chunkSize(tips.length));
  const left = tips.length - start - chunk.length;
  const said = speech();
  if (start === 0) said.say(topic === 'diet' ? catalogue.dietKey : undefined, t.t(`tips.${topic}.intro`, { count: tips.length }));
  said.say(...chunk.map((tip) => t.t('tips.item', { title: tip.title, text: tip.text })));
  if (left > 0) {
    const question = left === 1 ? t.t('tips.lastOne') : t.t('tips.more', { count: left });
    return turn.reply({ speech: said.say(question), reprompt: speech(question), offer: { kind: 'tips', topic, from: start + chunk.length }, health: true });
  }
  const { offer, question } = FOLLOW_ON[topic];
  said.say(topic === 'avoid' ? catalogue.closingThought : undefined, t.t(question));
  return turn.reply({ speech: said, reprompt: speech(t.t(question)), offer, health: true });
}

export function tipsHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => forIntent(input, TIP_INTENTS) !== undefined,
    handle: (input) => tellTips(beginTurn(input, deps), forIntent(input, TIP_INTENTS) ?? 'diet'),
  };
}
