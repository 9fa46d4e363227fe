import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { ensureTable } from '../../lambda/store/create-table';
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

