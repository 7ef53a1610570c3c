/** Logging settings → SAM `Logging` / CloudFormation `LoggingConfiguration` and a vended-logs log group. */
import { getAtt, isObject, sub, type TemplateObject, type TemplateValue } from './intrinsics';
import type { SamSettings } from './settings';

export interface LoggingParts {
  /** Value of `Logging` (SAM) or `LoggingConfiguration` (CloudFormation): same shape. */
  property: TemplateObject;
  resources: Record<string, TemplateObject>;
}

/**
 * Logging for the state machine `logicalId`, or undefined when the settings have none. A log group
 * of the base template with the same name is reused rather than declared twice.
 */
export function samLogging(settings: SamSettings, logicalId: string, baseResources: Record<string, unknown> = {}): LoggingParts | undefined {
  const logging = settings.logging;
  if (!logging) return undefined;
  const property: TemplateObject = { Level: logging.level };
  if (logging.includeExecutionData !== undefined) property.IncludeExecutionData = logging.includeExecutionData;
  if (logging.level === 'OFF' && logging.logGroupArn === undefined && logging.logGroupName === undefined) return { property, resources: {} };
  const resources: Record<string, TemplateObject> = {};
  let arn: TemplateValue;
  if (logging.logGroupArn !== undefined) {
    arn = logging.logGroupArn;
  } else {
    // Vended-logs prefix: log groups under /aws/vendedlogs/ need no CloudWatch Logs resource policy.
    const name = logging.logGroupName ?? sub('/aws/vendedlogs/states/${AWS::StackName}-${ResourceId}-Logs', { ResourceId: logicalId });
    const same = Object.entries(baseResources).find(([, r]) => isObject(r) && r.Type === 'AWS::Logs::LogGroup'
      && isObject(r.Properties) && JSON.stringify(r.Properties.LogGroupName) === JSON.stringify(name));
    const id = same?.[0] ?? `${logicalId}LogGroup`;
    if (!same) resources[id] = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: name } };
    arn = getAtt(id, 'Arn');
  }
  property.Destinations = [{ CloudWatchLogsLogGroup: { LogGroupArn: arn } }];
  return { property, resources };
}
