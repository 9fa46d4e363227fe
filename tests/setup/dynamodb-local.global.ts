import type { TestProject } from 'vitest/node';
import { type DynamoDbLocal, localCredentials, localRegion, startDynamoDbLocal } from '../../scripts/sim/dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/**
 * Every project that lists this file runs it, each through its own module loader; globalThis is what they share, so
 * the first starts DynamoDB Local and the last to finish stops it: one JVM for the run.
 */
const SHARED = Symbol.for('back-coach.dynamodb-local');
type Shared = { db: Promise<DynamoDbLocal>; users: number };
const registry = globalThis as typeof globalThis & { [SHARED]?: Shared };

/** One DynamoDB Local for the whole run; tests read its endpoint with inject('dynamoEndpoint'). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[SHARED] ??= { db: startDynamoDbLocal(), users: 0 });
  shared.users += 1;
  const db = await shared.db;
  project.provide('dynamoEndpoint', db.endpoint);
  // Workers inherit these, so an SDK client built without explicit credentials gets dummies, never a developer's real ones.
  process.env.AWS_ACCESS_KEY_ID = localCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = localCredentials.secretAccessKey;
  process.env.AWS_REGION = localRegion;
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[SHARED];
    await db.stop();
  };
}
