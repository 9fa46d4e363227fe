import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoClient, uniqueTableName } from '../support/dynamo';

// Proves the harness runs the real DynamoDB Local with the features the skill's store relies on.
describe('DynamoDB Local harness', () => {
  let client: DynamoDBClient;
  let table: string;

  beforeAll(async () => {
    client = dynamoClient(inject('dynamoEndpoint'));
    table = uniqueTableName('smoke');
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  });

  afterAll(() => client?.destroy());

  it('applies a conditional ADD and rejects it once the condition fails', async () => {
    const bump = () =>
      client.send(
        new UpdateItemCommand({
          TableName: table,
          Key: { pk: { S: 'user#1' }, sk: { S: 'counter' } },
          UpdateExpression: 'ADD #n :one',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
          ExpressionAttributeNames: { '#n': 'count' },
          ExpressionAttributeValues: { ':one': { N: '1' }, ':max': { N: '2' } },
          ReturnValues: 'UPDATED_NEW',
        }),
      );

    expect((await bump()).Attributes).toEqual({ count: { N: '1' } });
    expect((await bump()).Attributes).toEqual({ count: { N: '2' } });
    await expect(bump()).rejects.toBeInstanceOf(ConditionalCheckFailedException);
  });

  it('commits a transaction atomically and cancels it as a whole', async () => {
    const put = (sk: string) => ({
      Put: {
        TableName: table,
        Item: { pk: { S: 'user#2' }, sk: { S: sk } },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    await client.send(new TransactWriteItemsCommand({ TransactItems: [put('a'), put('b')] }));

    const error = await client
      .send(new TransactWriteItemsCommand({ TransactItems: [put('c'), put('a')] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    const reasons = (error as TransactionCanceledException).CancellationReasons?.map((reason) => reason.Code);
    expect(reasons).toEqual(['None', 'ConditionalCheckFailed']);

    const c = await client.send(new GetItemCommand({ TableName: table, Key: { pk: { S: 'user#2' }, sk: { S: 'c' } } }));
    expect(c.Item).toBeUndefined();
  });

  it('enables time to live', async () => {
    const update = await client.send(
      new UpdateTimeToLiveCommand({
        TableName: table,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      }),
    );
    expect(update.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });

    const described = await client.send(new DescribeTimeToLiveCommand({ TableName: table }));
    expect(described.TimeToLiveDescription).toEqual({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });
  });

  it('gives workers dummy AWS credentials', () => {
    expect(process.env.AWS_ACCESS_KEY_ID).toBe('local');
    expect(process.env.AWS_REGION).toBe('us-east-1');
  });
});
