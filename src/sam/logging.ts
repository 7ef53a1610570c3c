/** Logging settings → SAM `Logging` / CloudFormation `LoggingConfiguration` and a vended-logs log group. */
import { getAtt, sub, type TemplateObject, type TemplateValue } from './intrinsics';
import type { SamSettings } from './settings';

export interface LoggingParts {
  /** Value of `Logging` (SAM) or `LoggingConfiguration` (CloudFormation): same shape. */
  property: TemplateObject;
  resources: Record<string, TemplateObject>;
}

/** Logging for the state machine `logicalId`, or undefined when the settings have none. */
export function samLogging(settings: SamSettings, logicalId: string): LoggingParts | undefined {
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
    const id = `${logicalId}LogGroup`;
    // Vended-logs prefix: Step Functions needs no extra resource policy size for /aws/vendedlogs/.
    const name = logging.logGroupName ?? sub('/aws/vendedlogs/states/${AWS::StackName}-${ResourceId}-Logs', { ResourceId: logicalId });
    resources[id] = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: name } };
    arn = getAtt(id, 'Arn');
  }
  property.Destinations = [{ CloudWatchLogsLogGroup: { LogGroupArn: arn } }];
  return { property, resources };
}
