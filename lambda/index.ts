import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from './skill';
import { jsonLogger } from './services/logger';
import { settingsApiTimeZone } from './services/time-zone';
import { dynamoProgressStore } from './store/dynamo-progress-store';
import { PROGRESS_TABLE } from './store/table';

const log = jsonLogger();
const skill = buildSkill({
  now: () => new Date(),
  rng: Math.random,
  timeZoneOf: settingsApiTimeZone({ log }),
  log,
  // The SDK loads on the first store call, so a request that only reads content never pays for it.
  store: dynamoProgressStore({ tableName: process.env.TABLE_NAME ?? PROGRESS_TABLE.defaultName }),
  ...(process.env.SKILL_ID && { skillId: process.env.SKILL_ID }),
});

/** The Lambda entry point; the skill is built once per container. */
export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
