import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from './skill';
import { jsonLogger } from './services/logger';
import { settingsApiTimeZone } from './services/time-zone';

const log = jsonLogger();
const skill = buildSkill({
  now: () => new Date(),
  rng: Math.random,
  timeZoneOf: settingsApiTimeZone({ log }),
  log,
  ...(process.env.SKILL_ID && { skillId: process.env.SKILL_ID }),
});

/** The Lambda entry point; the skill is built once per container. */
export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
