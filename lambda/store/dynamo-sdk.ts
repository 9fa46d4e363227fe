/**
 * The part of the AWS SDK the store uses, and its only way in. The store imports this module lazily; naming each
 * export (rather than importing the whole package) lets esbuild leave out the client's aggregated `DynamoDB` class
 * and the code behind the package's other exports.
 */
export {
  BatchWriteItemCommand,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
