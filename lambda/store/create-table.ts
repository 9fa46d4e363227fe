// For scripts and tests only: the deployed table comes from the CDK stack, and the Lambda never creates tables.
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROGRESS_TABLE } from './table';

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey } = PROGRESS_TABLE;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
      { AttributeName: sortKey.name, AttributeType: sortKey.type },
    ],
    KeySchema: [
      { AttributeName: partitionKey.name, KeyType: 'HASH' },
      { AttributeName: sortKey.name, KeyType: 'RANGE' },
    ],
  };
}

export interface EnsureTableResult {
  readonly created: boolean;
  /** 'unsupported': the store has no TTL (dynalite); items then simply never expire. */
  readonly timeToLive: 'enabled' | 'already-enabled' | 'unsupported';
}

export interface EnsureTableOptions {
  /** How long to wait for the table to become ACTIVE. @default 30_000 */
  readonly timeoutMs?: number;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : '');

/** Creates the table unless it exists, waits until it is ACTIVE, then turns on TTL. Safe to run any number of times. */
export async function ensureTable(client: DynamoDBClient, tableName: string, options: EnsureTableOptions = {}): Promise<EnsureTableResult> {
  const created = await client.send(new CreateTableCommand(createTableInput(tableName))).then(
    () => true,
    (error: unknown) => {
      if (errorName(error) === 'ResourceInUseException') return false;
      throw error;
    },
  );
  await waitUntilActive(client, tableName, Date.now() + (options.timeoutMs ?? 30_000));
  return { created, timeToLive: await enableTimeToLive(client, tableName) };
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, deadline: number): Promise<void> {
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} is still ${Table?.TableStatus ?? 'unknown'}`);
    await sleep(100);
  }
}

async function enableTimeToLive(client: DynamoDBClient, tableName: string): Promise<EnsureTableResult['timeToLive']> {
  const AttributeName = PROGRESS_TABLE.timeToLiveAttribute;
  const { TimeToLiveDescription: current } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (current?.AttributeName === AttributeName && (current.TimeToLiveStatus === 'ENABLED' || current.TimeToLiveStatus === 'ENABLING')) {
    return 'already-enabled';
  }
  try {
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName, Enabled: true } }));
    return 'enabled';
  } catch (error) {
    // dynalite answers DescribeTimeToLive but does not know UpdateTimeToLive.
    if (errorName(error) === 'UnknownOperationException') return 'unsupported';
    // Another run may have enabled it between our describe and update.
    if (errorName(error) === 'ValidationException' && /already enabled/i.test((error as Error).message)) return 'already-enabled';
    throw error;
  }
}
