import type { TestProject } from 'vitest/node';
import { localCredentials, localRegion, startDynamoDbLocal } from '../../scripts/lib/dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One DynamoDB Local for the whole run; tests read its endpoint with inject('dynamoEndpoint'). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', db.endpoint);
  // Workers inherit these, so an SDK client built without explicit credentials gets dummies, never a developer's real ones.
  process.env.AWS_ACCESS_KEY_ID = localCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = localCredentials.secretAccessKey;
  process.env.AWS_REGION = localRegion;
  return () => db.stop();
}
