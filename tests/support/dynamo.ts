import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { localCredentials, localRegion } from '../../scripts/lib/dynamodb-local';

/** A client for DynamoDB Local; explicit dummy credentials keep the SDK from ever reaching for real ones. */
export function dynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
}

/** Tests share one DynamoDB Local per run, so each gets its own table. */
export function uniqueTableName(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
