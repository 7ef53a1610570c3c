import type { WorkflowSettings } from '../../asl/types';
import { CheckSetting, RadioSetting, Section, TextSetting } from './fields';
import { useSettings, withKey } from './useSettings';
import { logGroupNameProblem } from './validation';

type Logging = NonNullable<WorkflowSettings['logging']>;
type Level = Logging['level'];

const LEVELS: { value: Level; label: string; hint: string }[] = [
  { value: 'OFF', label: 'Off', hint: 'no execution history in CloudWatch Logs' },
  { value: 'ALL', label: 'All', hint: 'every event' },
  { value: 'ERROR', label: 'Error', hint: 'errors only' },
  { value: 'FATAL', label: 'Fatal', hint: 'execution-level failures only' },
];

const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[.\-_/#A-Za-z0-9]+(:\*)?$/;

/** Logging (level, execution data, log group) and X-Ray tracing. */
export function LoggingSection() {
  const { settings, update } = useSettings();
  const logging: Logging = settings.logging ?? { level: 'OFF' };
  const setLogging = (label: string, next: Logging) => update(label, (s) => withKey(s, 'logging', next.level === 'OFF' && Object.keys(next).length === 1 ? undefined : next));
  const patch = (label: string, key: keyof Logging, value: unknown) => setLogging(label, withKey(logging, key, value) as Logging);
  const on = logging.level !== 'OFF';
  return (
    <Section id="logging" title="Logging and tracing" intro="Execution history in CloudWatch Logs, and traces in AWS X-Ray.">
      <RadioSetting testId="log-level" label="Log level" value={logging.level} options={LEVELS}
        onChange={(level) => setLogging(`Log level ${level}`, { ...logging, level })} />
      {on && (
        <>
          <CheckSetting testId="log-execution-data" label="Include execution data (input, output, errors)" checked={logging.includeExecutionData === true}
            hint="Execution data may hold personal or secret values; it then lands in the logs."
            onChange={(checked) => patch(checked ? 'Include execution data in logs' : 'Leave execution data out of logs', 'includeExecutionData', checked)} />
          {logging.logGroupArn !== undefined ? (
            <TextSetting testId="log-group-arn" label="Existing log group (ARN)" value={logging.logGroupArn} mono
              validate={(v) => (LOG_GROUP_ARN.test(v) ? undefined : 'Not a log group ARN: expected arn:aws:logs:<region>:<account>:log-group:<name>.')}
              hint="Empty it to let the export create a log group instead."
              onCommit={(v) => patch(v === undefined ? 'Create a log group' : 'Log group ARN', 'logGroupArn', v)} />
          ) : (
            <TextSetting testId="log-group" label="Log group name" value={logging.logGroupName} mono
              placeholder="/aws/vendedlogs/states/<stack>-<state machine>-Logs" validate={logGroupNameProblem}
              hint="The export creates this log group. Names under /aws/vendedlogs/ need no resource policy; leave empty for the vended default."
              onCommit={(v) => patch('Log group name', 'logGroupName', v)} />
          )}
        </>
      )}
      <CheckSetting testId="tracing" label="Enable X-Ray tracing" checked={settings.tracing === true}
        hint="Adds the X-Ray write permissions to the generated policies."
        onChange={(checked) => update(checked ? 'Enable X-Ray tracing' : 'Disable X-Ray tracing', (s) => withKey(s, 'tracing', checked ? true : undefined))} />
    </Section>
  );
}
