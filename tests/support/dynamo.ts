import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { ensureTable } from '../../lambda/store/create-table';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { localCredentials, localRegion } from '../../scripts/lib/dynamodb-local';

/** A client for DynamoDB Local; explicit dummy credentials keep the SDK from ever reaching for real ones. */
export function dynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
}

/** Tests share one DynamoDB Local per run, so each gets its own table. */
export function uniqueTableName(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/** Store client settings for a local endpoint, with the same dummy identity as dynamoClient. */
export function localStoreClient(endpoint: string) {
  return { endpoint, region: localRegion, credentials: localCredentials };
}

/** A fresh table with the production definition (ensureTable, as db:create makes it); resolves to its name. */
export async function createProgressTable(endpoint: string, prefix: string): Promise<string> {
  const tableName = uniqueTableName(prefix);
  const client = dynamoClient(endpoint);
  try {
    await ensureTable(client, tableName);
  } finally {
    client.destroy();
  }
  return tableName;
}

/** Every store call a request makes, by method name, so tests can hold the skill to its read and write budget. */
export function countingStore(store: ProgressStore): { store: ProgressStore; calls: string[] } {
  const calls: string[] = [];
  const counted = Object.fromEntries(
    (['history', 'recordActivity', 'undoActivity', 'updateProfile', 'resetWeek', 'deleteUser', 'saveWorkout'] as const).map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push(method);
        return (store[method] as (...inner: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as ProgressStore;
  return { store: counted, calls };
}
