/**
 * Checks a TestState mocked result against the response shape of the service API the Task calls
 * (`mock.fieldValidationMode`: STRICT checks types and required fields, PRESENT only the types
 * of the fields given, NONE nothing). Fields the API does not define are accepted in every
 * mode, as AWS does. The table holds the response shapes of the most used integrations (from
 * the services' API references); a Task calling an API not listed here is not checked.
 */
import type { FieldValidationMode } from './types';

type Shape =
  | { t: 'string'; min?: number; values?: readonly string[] }
  | { t: 'number'; min?: number; max?: number }
  | { t: 'boolean' }
  | { t: 'timestamp' }
  | { t: 'blob'; min?: number }
  | { t: 'any' }
  | { t: 'list'; of: Shape }
  | { t: 'map'; of: Shape }
  | { t: 'struct'; fields: Record<string, Shape>; required?: readonly string[] };

const str: Shape = { t: 'string' };
const num: Shape = { t: 'number' };
const bool: Shape = { t: 'boolean' };
const time: Shape = { t: 'timestamp' };
const any: Shape = { t: 'any' };
const struct = (fields: Record<string, Shape>, required?: readonly string[]): Shape => (required ? { t: 'struct', fields, required } : { t: 'struct', fields });

const consumedCapacity = struct({ TableName: str, CapacityUnits: num, ReadCapacityUnits: num, WriteCapacityUnits: num, Table: any, LocalSecondaryIndexes: any, GlobalSecondaryIndexes: any });
const dynamoWrite = struct({ Attributes: { t: 'map', of: any }, ConsumedCapacity: consumedCapacity, ItemCollectionMetrics: any });
const s3StorageClasses = ['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'OUTPOSTS', 'GLACIER_IR', 'SNOW', 'EXPRESS_ONEZONE'];

/** Response shapes by `service:action` (optimised integrations) or `aws-sdk:service:action`. */
const SHAPES: Record<string, Shape> = {
  'lambda:invoke': struct({ StatusCode: num, FunctionError: str, LogResult: str, Payload: any, ExecutedVersion: str }),
  'events:putEvents': struct({ FailedEntryCount: num, Entries: { t: 'list', of: struct({ EventId: str, ErrorCode: str, ErrorMessage: str }) } }),
  'states:startExecution': struct({ ExecutionArn: { t: 'string', min: 1 }, StartDate: time }, ['ExecutionArn', 'StartDate']),
  'sqs:sendMessage': struct({ MD5OfMessageBody: str, MD5OfMessageAttributes: str, MD5OfMessageSystemAttributes: str, MessageId: str, SequenceNumber: str }),
  'sns:publish': struct({ MessageId: str, SequenceNumber: str }),
  'dynamodb:putItem': dynamoWrite,
  'dynamodb:updateItem': dynamoWrite,
  'dynamodb:deleteItem': dynamoWrite,
  'dynamodb:getItem': struct({ Item: { t: 'map', of: any }, ConsumedCapacity: consumedCapacity }),
  'aws-sdk:s3:getObject': struct({
    ContentLength: num,
    ContentType: str,
    ETag: str,
    LastModified: time,
    DeleteMarker: bool,
    VersionId: str,
    StorageClass: { t: 'string', values: s3StorageClasses },
    Body: any,
  }),
  'aws-sdk:kms:encrypt': struct({
    CiphertextBlob: { t: 'blob', min: 1 },
    KeyId: { t: 'string', min: 1 },
    EncryptionAlgorithm: { t: 'string', values: ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] },
  }),
  'aws-sdk:lambda:getFunction': struct({
    Configuration: struct({
      FunctionName: str,
      FunctionArn: str,
      Runtime: str,
      Role: str,
      Handler: str,
      CodeSize: num,
      Timeout: { t: 'number', min: 1 },
      MemorySize: { t: 'number', min: 128, max: 10240 },
      LastModified: str,
      Version: str,
    }),
    Code: any,
    Tags: { t: 'map', of: str },
  }),
};

/** The shape key of a Task resource, or undefined when it has none in the table. */
function shapeKey(resource: unknown): string | undefined {
  if (typeof resource !== 'string') return undefined;
  const sdk = /^arn:aws[\w-]*:states:::aws-sdk:([\w-]+):(\w+)$/.exec(resource);
  if (sdk) return `aws-sdk:${sdk[1]}:${sdk[2]}`;
  // Only the request-response pattern: `.sync` answers with another API's shape, and a callback
  // with whatever the worker sends.
  const optimised = /^arn:aws[\w-]*:states:::([\w-]+):(\w+)$/.exec(resource);
  return optimised ? `${optimised[1]}:${optimised[2]}` : undefined;
}

/** The first violation of `shape` by `value` (AWS's wording), or undefined. */
function check(value: unknown, shape: Shape, name: string, strict: boolean): string | undefined {
  switch (shape.t) {
    case 'any':
      return undefined;
    case 'string':
    case 'timestamp':
    case 'blob':
      if (typeof value !== 'string') return `Field '${name}' must be a string`;
      if ('min' in shape && shape.min !== undefined && value.length < shape.min) return `Field '${name}' is smaller than the minimum length`;
      if ('values' in shape && shape.values && !shape.values.includes(value)) return `Field '${name}' is not an expected value`;
      return undefined;
    case 'number':
      if (typeof value !== 'number') return `Field '${name}' must be a number`;
      if (shape.min !== undefined && value < shape.min) return `Field '${name}' is less than the minimum value`;
      if (shape.max !== undefined && value > shape.max) return `Field '${name}' exceeds the maximum value`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `Field '${name}' must be a boolean`;
    case 'list':
      if (!Array.isArray(value)) return `Field '${name}' must be an array`;
      for (const item of value) {
        const problem = check(item, shape.of, name, strict);
        if (problem) return problem;
      }
      return undefined;
    case 'map':
    case 'struct':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `Field '${name}' must be an object`;
      if (shape.t === 'map') {
        for (const [key, item] of Object.entries(value)) {
          const problem = check(item, shape.of, key, strict);
          if (problem) return problem;
        }
        return undefined;
      }
      return checkStruct(value as Record<string, unknown>, shape, strict);
  }
}

function checkStruct(value: Record<string, unknown>, shape: Extract<Shape, { t: 'struct' }>, strict: boolean): string | undefined {
  if (strict) {
    for (const name of shape.required ?? []) if (!(name in value)) return `Required field '${name}' is missing`;
  }
  for (const [name, item] of Object.entries(value)) {
    const fieldShape = shape.fields[name];
    if (fieldShape === undefined || item === null) continue;
    const problem = check(item, fieldShape, name, strict);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The validation message for a mocked result of a Task calling `resource`, or undefined when
 * it passes (or the API's shape is not known).
 */
export function mockResultProblem(resource: unknown, result: unknown, mode: FieldValidationMode = 'STRICT'): string | undefined {
  if (mode === 'NONE') return undefined;
  const key = shapeKey(resource);
  const shape = key === undefined ? undefined : SHAPES[key];
  if (shape === undefined) return undefined;
  const problem = check(result, shape, 'result', mode === 'STRICT');
  return problem === undefined ? undefined : `Mock result schema validation error: ${problem}`;
}
