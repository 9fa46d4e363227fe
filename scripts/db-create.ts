// npm run db:create: makes the progress table on a local store (DynamoDB Local, dynalite, LocalStack). Idempotent.
// The deployed table belongs to the CDK stack, so this refuses to run without an explicit endpoint.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../lambda/store/create-table';
import { PROGRESS_TABLE } from '../lambda/store/table';
import { localCredentials, localRegion } from './sim/dynamodb-local';

async function main(): Promise<number> {
  const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  if (!endpoint) {
    console.error('Set AWS_ENDPOINT_URL_DYNAMODB to the local store, e.g. AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000 npm run db:create');
    console.error('(The deployed table is created by the CDK stack.)');
    return 1;
  }
  const tableName = process.env.TABLE_NAME || PROGRESS_TABLE.defaultName;
  // Local stores ignore the identity but the SDK insists on one; real settings, when present, win.
  const client = new DynamoDBClient({
    ...(!process.env.AWS_REGION && !process.env.AWS_DEFAULT_REGION && { region: localRegion }),
    ...(!process.env.AWS_ACCESS_KEY_ID && !process.env.AWS_PROFILE && { credentials: localCredentials }),
  });
  try {
    const { created, timeToLive } = await ensureTable(client, tableName);
    console.log(`${created ? 'Created' : 'Found existing'} table ${tableName} at ${endpoint}.`);
    const ttl = PROGRESS_TABLE.timeToLiveAttribute;
    if (timeToLive === 'unsupported') console.warn(`Warning: this store has no TTL, so items will not expire here (${ttl} is ignored).`);
    else console.log(`TTL on ${ttl}: ${timeToLive === 'enabled' ? 'enabled' : 'already enabled'}.`);
    return 0;
  } catch (error) {
    console.error(`Could not create table ${tableName} at ${endpoint}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return 1;
  } finally {
    client.destroy();
  }
}

process.exitCode = await main();
