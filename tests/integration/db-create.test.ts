import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { localCredentials, localRegion } from '../../scripts/sim/dynamodb-local';
import { dynamoClient, uniqueTableName } from '../support/dynamo';

const run = promisify(execFile);

/** `npm run db:create` as a developer runs it, through tsx, with only the standard settings in the environment. */
function dbCreate(env: Record<string, string>) {
  const { AWS_ENDPOINT_URL_DYNAMODB: _, TABLE_NAME: __, ...inherited } = process.env;
  return run('npx', ['tsx', 'scripts/db-create.ts'], {
    env: { ...inherited, AWS_REGION: localRegion, AWS_ACCESS_KEY_ID: localCredentials.accessKeyId, AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey, ...env },
    timeout: 60_000,
  });
}

describe('npm run db:create', () => {
  it('creates the table from the shared definition, with TTL, and finds it the second time', async () => {
    const endpoint = inject('dynamoEndpoint');
    const tableName = uniqueTableName('db-create');
    const first = await dbCreate({ AWS_ENDPOINT_URL_DYNAMODB: endpoint, TABLE_NAME: tableName });
    expect(first.stdout).toContain(`Created table ${tableName} at ${endpoint}.`);
    const second = await dbCreate({ AWS_ENDPOINT_URL_DYNAMODB: endpoint, TABLE_NAME: tableName });
    expect(second.stdout).toContain(`Found existing table ${tableName}`);

    const client = dynamoClient(endpoint);
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.KeySchema).toEqual([
        { AttributeName: PROGRESS_TABLE.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: PROGRESS_TABLE.sortKey.name, KeyType: 'RANGE' },
      ]);
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
      const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
      expect(TimeToLiveDescription).toMatchObject({ AttributeName: PROGRESS_TABLE.timeToLiveAttribute, TimeToLiveStatus: 'ENABLED' });
    } finally {
      client.destroy();
    }
  });

  it('refuses to run without an endpoint, since the deployed table belongs to the stack', async () => {
    await expect(dbCreate({})).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Set AWS_ENDPOINT_URL_DYNAMODB') });
  });
});
