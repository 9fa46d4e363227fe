import { type DynamoDBClient, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { PROGRESS_TABLE } from '../../lambda/store/table';

export interface RoundTrips {
  /** One UpdateItem like a log's (ADD counters, SET expiry, return the item), in milliseconds. */
  readonly updateItem: readonly number[];
  /** One consistent Query of a user's items, like history's, in milliseconds. */
  readonly query: readonly number[];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The store's own round trip: raw calls from a client that is already connected, none of the skill around them. */
export async function measureRoundTrips(client: DynamoDBClient, tableName: string, calls: number, warmup: number): Promise<RoundTrips> {
  const { partitionKey, sortKey, timeToLiveAttribute } = PROGRESS_TABLE;
  const pk = { S: 'USER#bench-round-trip' };
  const update = () =>
    client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { [partitionKey.name]: pk, [sortKey.name]: { S: 'WEEK#2026-W48' } },
        UpdateExpression: 'ADD #strength :one, #d2 :one SET #expiresAt = :expiresAt',
        ExpressionAttributeNames: { '#strength': 'strength', '#d2': 'd2', '#expiresAt': timeToLiveAttribute },
        ExpressionAttributeValues: { ':one': { N: '1' }, ':expiresAt': { N: '1830297600' } },
        ReturnValues: 'ALL_NEW',
      }),
    );
  const query = () =>
    client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': partitionKey.name },
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
        ScanIndexForward: false,
      }),
    );
  const updateItem: number[] = [];
  const queries: number[] = [];
  for (let i = -warmup; i < calls; i++) {
    const updateMs = await timed(update);
    const queryMs = await timed(query);
    if (i < 0) continue;
    updateItem.push(updateMs);
    queries.push(queryMs);
  }
  return { updateItem, query: queries };
}
