import { DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { ensureTable } from '../../lambda/store/create-table';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { localCredentials, localRegion } from '../../scripts/sim/dynamodb-local';

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

/**
 * A fresh table with the production definition (ensureTable, as db:create makes it); resolves to its name. Its TTL is
 * then turned off: tests pin their dates (weeks of 2025 and 2026), while DynamoDB Local removes expired items by the
 * wall clock, so a test's weeks would vanish as real time passes their 400 days. db-create tests check TTL itself.
 */
export async function createProgressTable(endpoint: string, prefix: string): Promise<string> {
  const tableName = uniqueTableName(prefix);
  const client = dynamoClient(endpoint);
  try {
    await ensureTable(client, tableName);
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: PROGRESS_TABLE.timeToLiveAttribute, Enabled: false } }));
  } finally {
    client.destroy();
  }
  return tableName;
}

