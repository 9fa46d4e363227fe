/**
 * The part of the AWS SDK the store uses, and its only way in: the store imports this module lazily, on its first call.
 * The Lambda takes the SDK from its runtime (infra/bundling.ts); were it bundled, naming each export would let esbuild
 * leave out the rest of the package.
 */
export {
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
