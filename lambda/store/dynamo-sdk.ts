/**
 * The part of the AWS SDK the store uses, and its only way in: the store imports this module lazily, on its first call.
 * The stack bundles it into `dynamo-sdk.js` beside `index.js` (infra/bundling.ts), one file that only store requests
 * load; naming each export lets esbuild leave out the rest of the package.
 */
export {
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
