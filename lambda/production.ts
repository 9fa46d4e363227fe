import type { SkillDependencies } from './dependencies';
import { jsonLogger } from './services/logger';
import { alexaReminders } from './services/reminders';
import { settingsApiTimeZone } from './services/time-zone';
import { type DynamoProgressStore, dynamoProgressStore } from './store/dynamo-progress-store';
import { lambdaClientConfig } from './store/lambda-client-config';
import { PROGRESS_TABLE } from './store/table';

export interface ProductionDependencies extends SkillDependencies {
  /** Kept as the DynamoDB store so a long-running host can close its sockets on shutdown. */
  readonly store: DynamoProgressStore;
}

/**
 * The skill's real-world wiring, shared by the Lambda entry and `npm run serve`. The store takes its table from
 * TABLE_NAME and everything else (endpoint, region, credentials) from the standard AWS settings; SKILL_ID, when set,
 * makes the skill refuse requests for any other skill.
 */
export function productionDependencies(env: NodeJS.ProcessEnv = process.env): ProductionDependencies {
  const log = jsonLogger();
  return {
    now: () => new Date(),
    rng: Math.random,
    timeZoneOf: settingsApiTimeZone({ log }),
    log,
    // The SDK loads on the first store call, so a request that only reads content never pays for it; its client takes
    // what Lambda provides in the environment, so no default provider chain runs on a cold start.
    store: dynamoProgressStore({ tableName: env.TABLE_NAME ?? PROGRESS_TABLE.defaultName, client: lambdaClientConfig(env) }),
    ...(env.SKILL_ID && { skillId: env.SKILL_ID }),
    reminders: alexaReminders({ log }),
  };
}
