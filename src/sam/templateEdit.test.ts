/** Config-mode settings written into the user's template in place: only the changed lines differ. */
import { describe, expect, it } from 'vitest';
import { diffLines } from '../workspace/lineDiff';
import { readTemplate } from './readTemplate';
import { editTemplateSettings } from './templateEdit';
import { withSubstitution } from './extractParameter';
import type { WorkflowSettings } from '../asl/types';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: >
  Orders: a SAM project as people write it (comments, short-form tags, flow maps).

Parameters:
  TableName:
    Type: String
    Default: orders   # the dev table

Resources:
  # The workflow
  OrderMachine:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/order.asl.json
      DefinitionSubstitutions:
        CheckFunctionArn: !GetAtt CheckFunction.Arn   # a function of this stack
        Table: !Ref TableName
        Topic: arn:aws:sns:us-east-1:123456789012:orders
      Type: STANDARD
      Logging:
        Level: ERROR   # errors only
        IncludeExecutionData: false
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: !GetAtt OrderLogs.Arn
      Policies:
        - LambdaInvokePolicy: { FunctionName: !Ref CheckFunction }
        - DynamoDBCrudPolicy:
            TableName: !Ref TableName

  OrderLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /aws/vendedlogs/orders

  CheckFunction:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, Runtime: nodejs20.x, CodeUri: src/ }
`;

const ASL = JSON.stringify({
  StartAt: 'Check',
  States: {
    Check: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${CheckFunctionArn}' }, Next: 'Save' },
    Save: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: '${Table}', Item: {} }, Next: 'Notify' },
    Notify: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: '${Topic}', Message: 'done' }, End: true },
  },
});

function settingsOf(text: string): WorkflowSettings {
  return readTemplate(text, { 'statemachine/order.asl.json': ASL }).stateMachines[0]!.settings;
}

/** `-` and `+` lines of a git-style diff. */
function changes(before: string, after: string): string[] {
  return diffLines(before, after).filter((l) => l.kind !== 'same').map((l) => `${l.kind === 'added' ? '+' : '-'}${l.text}`);
}

function edit(change: (s: WorkflowSettings) => WorkflowSettings): { text: string; diff: string[]; settings: WorkflowSettings } {
  const previous = settingsOf(TEMPLATE);
  const next = change(structuredClone(previous));
  const { text } = editTemplateSettings(TEMPLATE, 'OrderMachine', previous, next);
  return { text, diff: changes(TEMPLATE, text), settings: settingsOf(text) };
}

describe('editTemplateSettings (YAML SAM template)', () => {
  it('changes the type on its own line', () => {
    const r = edit((s) => ({ ...s, type: 'EXPRESS' }));
    expect(r.diff).toEqual(['-      Type: STANDARD', '+      Type: EXPRESS']);
    expect(r.settings.type).toBe('EXPRESS');
  });

  it('changes the logging level keeping its comment, and the execution data flag', () => {
    const r = edit((s) => ({ ...s, logging: { ...s.logging!, level: 'ALL', includeExecutionData: true } }));
    expect(r.diff).toEqual([
      '-        Level: ERROR   # errors only', '-        IncludeExecutionData: false',
      '+        Level: ALL   # errors only', '+        IncludeExecutionData: true',
    ]);
    expect(r.settings.logging).toMatchObject({ level: 'ALL', includeExecutionData: true, logGroupName: '/aws/vendedlogs/orders' });
  });

  it('renames the log group in its own resource', () => {
    const r = edit((s) => ({ ...s, logging: { ...s.logging!, logGroupName: '/aws/vendedlogs/orders-v2' } }));
    expect(r.diff).toEqual(['-      LogGroupName: /aws/vendedlogs/orders', '+      LogGroupName: /aws/vendedlogs/orders-v2']);
  });

  it('turns tracing on by adding the Tracing property and nothing else', () => {
    const r = edit((s) => ({ ...s, tracing: true }));
    expect(r.diff).toEqual(['+      Tracing:', '+        Enabled: true']);
    expect(r.settings.tracing).toBe(true);
  });

  it('writes substitution values: a literal in place, a parameter-backed one into the parameter default, new and removed keys', () => {
    const r = edit((s) => {
      const subs = { ...s.substitutions! };
      subs.Topic = 'arn:aws:sns:us-east-1:123456789012:orders-v2';
      subs.Table = 'orders-prod';
      subs.Extra = 'x';
      return { ...s, substitutions: subs };
    });
    expect(r.diff).toEqual([
      '-    Default: orders   # the dev table', '+    Default: orders-prod   # the dev table',
      '-        Topic: arn:aws:sns:us-east-1:123456789012:orders', '+        Topic: arn:aws:sns:us-east-1:123456789012:orders-v2', '+        Extra: x',
    ]);
    expect(r.settings.substitutions).toMatchObject({ Table: 'orders-prod', Extra: 'x', CheckFunctionArn: { 'Fn::GetAtt': ['CheckFunction', 'Arn'] } });
    const removed = edit((s) => {
      const { Topic: _gone, ...rest } = s.substitutions!;
      return { ...s, substitutions: rest };
    });
    expect(removed.diff).toEqual(['-        Topic: arn:aws:sns:us-east-1:123456789012:orders']);
  });

  it('an extracted value as a template Parameter: the Parameter with its default and !Ref in DefinitionSubstitutions; removing it gives the text back', () => {
    const arn = 'arn:aws:sqs:us-east-1:123456789012:orders';
    const r = edit((s) => withSubstitution(s, 'OrdersQueue', arn, true));
    expect(r.diff).toEqual([
      '+  OrdersQueue:', '+    Type: String', `+    Default: ${arn}`,
      '+        OrdersQueue: !Ref OrdersQueue',
    ]);
    expect(r.settings.substitutions).toMatchObject({ OrdersQueue: arn });
    expect(r.settings.parameterSubstitutions).toEqual(['OrdersQueue', 'Table']);
    // The settings read back equal what was written: no reload step after a save.
    expect(r.settings).toEqual(withSubstitution(settingsOf(TEMPLATE), 'OrdersQueue', arn, true));
    // Undo (the substitution gone again) removes the Parameter the extraction added: the template is back byte for byte.
    const undone = editTemplateSettings(r.text, 'OrderMachine', r.settings, settingsOf(TEMPLATE));
    expect(undone.text).toBe(TEMPLATE);
    // A user's Parameter still used elsewhere stays when its substitution goes.
    const dropTable = editTemplateSettings(TEMPLATE, 'OrderMachine', settingsOf(TEMPLATE), { ...settingsOf(TEMPLATE), substitutions: { ...settingsOf(TEMPLATE).substitutions!, Table: undefined } });
    expect(changes(TEMPLATE, dropTable.text)).toEqual(['-        Table: !Ref TableName']);
  });

  it('a Parameter name held by a resource or another default gets its own id; a Parameters section is added before Resources; never a default holding ${…}', () => {
    const plain = TEMPLATE.replace('Parameters:\n  TableName:\n    Type: String\n    Default: orders   # the dev table\n\n', '').replace('Table: !Ref TableName', 'Table: orders').replace('TableName: !Ref TableName', 'TableName: orders');
    const previous = settingsOf(plain);
    const { text } = editTemplateSettings(plain, 'OrderMachine', previous, withSubstitution(previous, 'CheckFunction', 'checker', true));
    expect(changes(plain, text)).toEqual(['+Parameters:', '+  CheckFunctionParam:', '+    Type: String', '+    Default: checker', '+        CheckFunction: !Ref CheckFunctionParam']);
    expect(text.indexOf('Parameters:')).toBeLessThan(text.indexOf('Resources:'));
    expect(settingsOf(text).substitutions).toMatchObject({ CheckFunction: 'checker' });
    // A value holding ${…} is never a Default: withSubstitution does not list it, and the writer refuses it with a warning.
    expect(withSubstitution(previous, 'Bucket', 'data-${AWS::Region}', true).parameterSubstitutions).toBeUndefined();
    const forced = editTemplateSettings(plain, 'OrderMachine', previous, { ...previous, substitutions: { ...previous.substitutions!, Bucket: 'data-${AWS::Region}' }, parameterSubstitutions: ['Bucket'] });
    expect(forced.text).not.toMatch(/Default: data-/);
    expect(forced.text).toContain('Bucket: data-${AWS::Region}');
    expect(forced.warnings.join(' ')).toMatch(/not a Parameter/);
  });

  it('sets a substitution to an intrinsic written as a short-form tag', () => {
    const r = edit((s) => ({ ...s, substitutions: { ...s.substitutions!, Topic: { Ref: 'OrdersTopic' } } }));
    expect(r.diff).toEqual(['-        Topic: arn:aws:sns:us-east-1:123456789012:orders', '+        Topic: !Ref OrdersTopic']);
  });

  it('edits one policy entry, and tags and alias as new properties', () => {
    const r = edit((s) => {
      const policies = structuredClone(s.policies) as Record<string, unknown>[];
      policies.push({ SNSPublishMessagePolicy: { TopicName: 'orders' } });
      return { ...s, policies, tags: { team: 'orders' }, autoPublishAlias: 'live' };
    });
    expect(r.diff).toEqual([
      '+        - SNSPublishMessagePolicy:', '+            TopicName: orders',
      '+      Tags:', '+        team: orders', '+      AutoPublishAlias: live',
    ]);
    expect(r.settings).toMatchObject({ tags: { team: 'orders' }, autoPublishAlias: 'live' });
  });

  it('leaves the template byte-identical when nothing changed', () => {
    const previous = settingsOf(TEMPLATE);
    expect(editTemplateSettings(TEMPLATE, 'OrderMachine', previous, structuredClone(previous)).text).toBe(TEMPLATE);
  });
});

describe('editTemplateSettings (JSON template)', () => {
  it('changes the type and adds tracing with minimal JSON edits', () => {
    const json = `{\n  "Transform": "AWS::Serverless-2016-10-31",\n  "Resources": {\n    "M": {\n      "Type": "AWS::Serverless::StateMachine",\n      "Properties": {\n        "Type": "STANDARD",\n        "Definition": { "StartAt": "A", "States": { "A": { "Type": "Succeed" } } }\n      }\n    }\n  }\n}\n`;
    const previous = readTemplate(json).stateMachines[0]!.settings;
    const { text } = editTemplateSettings(json, 'M', previous, { ...previous, type: 'EXPRESS', tracing: true });
    expect(changes(json, text)).toEqual([
      '-        "Type": "STANDARD",',
      '-        "Definition": { "StartAt": "A", "States": { "A": { "Type": "Succeed" } } }',
      '+        "Type": "EXPRESS",',
      '+        "Definition": { "StartAt": "A", "States": { "A": { "Type": "Succeed" } } },',
      '+        "Tracing": {', '+          "Enabled": true', '+        }',
    ]);
    expect(text).toContain('"Type": "EXPRESS"');
    expect(readTemplate(text).stateMachines[0]!.settings).toMatchObject({ type: 'EXPRESS', tracing: true });
  });
});

describe('editTemplateSettings: an extracted template Parameter in a JSON template', () => {
  it('adds Parameters before Resources and the Ref, with minimal JSON edits; removing gives the text back', () => {
    const json = `{\n  "Transform": "AWS::Serverless-2016-10-31",\n  "Resources": {\n    "M": {\n      "Type": "AWS::Serverless::StateMachine",\n      "Properties": {\n        "Definition": { "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "\${Fn}", "End": true } } }\n      }\n    }\n  }\n}\n`;
    const previous = readTemplate(json).stateMachines[0]!.settings;
    const next = withSubstitution(previous, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f', true);
    const { text } = editTemplateSettings(json, 'M', previous, next);
    const parsed = JSON.parse(text) as { Parameters: unknown; Resources: { M: { Properties: { DefinitionSubstitutions: unknown } } } };
    expect(Object.keys(parsed)).toEqual(['Transform', 'Parameters', 'Resources']);
    expect(parsed.Parameters).toEqual({ Fn: { Type: 'String', Default: 'arn:aws:lambda:us-east-1:123456789012:function:f' } });
    expect(parsed.Resources.M.Properties.DefinitionSubstitutions).toEqual({ Fn: { Ref: 'Fn' } });
    expect(readTemplate(text).stateMachines[0]!.settings).toEqual(next);
    expect(editTemplateSettings(text, 'M', next, previous).text).toBe(json);
  });
});

/** A plain CloudFormation stack as people write it: role resource, log group, comments, short tags. */
const CFN = `AWSTemplateFormatVersion: "2010-09-09"
Description: Orders workflow (plain CloudFormation, no SAM transform)

Resources:
  # Execution role of the workflow
  OrderRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: states.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: invoke   # the check function
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: lambda:InvokeFunction
                Resource: !GetAtt CheckFunction.Arn
        - PolicyName: logs
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: logs:CreateLogDelivery
                Resource: "*"

  OrderMachine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineName: orders
      RoleArn: !GetAtt OrderRole.Arn   # the role above
      DefinitionString: !Sub |
        {"StartAt": "Check", "States": {"Check": {"Type": "Task", "Resource": "\${CheckFunction.Arn}", "End": true}}}

  CheckFunction:
    Type: AWS::Lambda::Function
    Properties: { Handler: index.handler, Runtime: nodejs20.x, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: "exports.handler = async () => ({})" } }
`;

describe('editTemplateSettings (plain CloudFormation AWS::StepFunctions::StateMachine)', () => {
  const cfnSettings = (text: string) => readTemplate(text).stateMachines[0]!.settings;
  const cfnEdit = (text: string, change: (s: WorkflowSettings) => WorkflowSettings) => {
    const previous = cfnSettings(text);
    const r = editTemplateSettings(text, 'OrderMachine', previous, change(structuredClone(previous)));
    return { ...r, diff: changes(text, r.text) };
  };
  const statementsOf = (s: WorkflowSettings) => (s.policies as { Statement?: unknown[] }[]).flatMap((p) => p.Statement ?? []);

  it('reads the role resource\'s policies, and writes a new statement into its first inline policy (the rest of the text kept)', () => {
    const sqs = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:orders' };
    const r = cfnEdit(CFN, (s) => ({ ...s, policies: [{ Statement: [...statementsOf(s), sqs] }] }));
    expect(r.warnings).toEqual([]);
    expect(r.diff).toEqual([
      '+              - Effect: Allow',
      '+                Action: sqs:SendMessage',
      '+                Resource: arn:aws:sqs:us-east-1:123456789012:orders',
    ]);
    expect(r.text).toContain('- PolicyName: invoke   # the check function');
    expect(statementsOf(cfnSettings(r.text))).toContainEqual(sqs);
  });

  it('removes a statement from the inline policy that held it (an emptied policy goes), keeping the others', () => {
    const r = cfnEdit(CFN, (s) => ({ ...s, policies: [{ Statement: statementsOf(s).filter((st) => (st as { Action: string }).Action !== 'logs:CreateLogDelivery') }] }));
    expect(r.diff).toEqual([
      '-        - PolicyName: logs',
      '-          PolicyDocument:',
      '-            Version: "2012-10-17"',
      '-            Statement:',
      '-              - Effect: Allow',
      '-                Action: logs:CreateLogDelivery',
      '-                Resource: "*"',
    ]);
  });

  it('writes managed policies, permissions boundary and role path on the role, tracing and logging on the machine', () => {
    const r = cfnEdit(CFN, (s) => ({
      ...s,
      policies: [...(s.policies as unknown[]), 'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess'],
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundary',
      rolePath: '/workflows/',
      tracing: true,
    }));
    expect(r.warnings).toEqual([]);
    const read = cfnSettings(r.text);
    expect(read).toMatchObject({ permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundary', rolePath: '/workflows/', tracing: true });
    expect(read.policies).toContain('arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess');
    expect(r.diff.every((l) => l.startsWith('+'))).toBe(true);
    expect(r.diff).toContain('+      ManagedPolicyArns:');
    expect(r.diff).toContain('+      Path: /workflows/');
    expect(r.diff).toContain('+      TracingConfiguration:');
    expect(r.text).toContain('RoleArn: !GetAtt OrderRole.Arn   # the role above');
  });

  it('RoleArn is never removed: an existing role ARN replaces it, and clearing both goes back to the template\'s Step Functions role resource', () => {
    const previous = cfnSettings(CFN);
    const arn = 'arn:aws:iam::123456789012:role/shared';
    const typed = editTemplateSettings(CFN, 'OrderMachine', previous, { ...previous, roleArn: arn });
    expect(changes(CFN, typed.text)).toEqual([`-      RoleArn: !GetAtt OrderRole.Arn   # the role above`, `+      RoleArn: ${arn}   # the role above`]);
    const withoutArn = (text: string) => {
      const { roleArn: _arn, ...rest } = cfnSettings(text);
      return rest;
    };
    const back = editTemplateSettings(typed.text, 'OrderMachine', cfnSettings(typed.text), withoutArn(typed.text));
    expect(back.text).toContain('RoleArn: !GetAtt OrderRole.Arn');
    const noRole = CFN.replace(/ {2}# Execution role of the workflow\n {2}OrderRole:[\s\S]*?\n\n {2}OrderMachine:/, '  OrderMachine:').replace('!GetAtt OrderRole.Arn', arn);
    const kept = editTemplateSettings(noRole, 'OrderMachine', cfnSettings(noRole), withoutArn(noRole));
    expect(kept.text).toBe(noRole);
    expect(kept.warnings.join(' ')).toMatch(/RoleArn was kept/);
  });

  it('an alias becomes a StateMachineVersion + StateMachineAlias pair; renaming edits one line; clearing removes both', () => {
    const added = cfnEdit(CFN, (s) => ({ ...s, autoPublishAlias: 'live' }));
    expect(added.warnings).toEqual([]);
    expect(cfnSettings(added.text).autoPublishAlias).toBe('live');
    expect(added.diff.every((l) => l.startsWith('+'))).toBe(true);
    expect(added.text).toContain('Type: AWS::StepFunctions::StateMachineAlias');
    const renamed = cfnEdit(added.text, (s) => ({ ...s, autoPublishAlias: 'prod' }));
    expect(changes(added.text, renamed.text)).toEqual(['-      Name: live', '+      Name: prod']);
    const cleared = cfnEdit(renamed.text, (s) => {
      const { autoPublishAlias: _alias, ...rest } = s;
      return rest;
    });
    expect(cleared.text).toBe(CFN);
  });

  it('a role outside the template: the settings that live on it are not written, and the warning says why', () => {
    const outside = CFN.replace('RoleArn: !GetAtt OrderRole.Arn', 'RoleArn: arn:aws:iam::123456789012:role/shared');
    const r = cfnEdit(outside, (s) => ({ ...s, policies: ['arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess'], rolePath: '/x/', events: { Daily: { Type: 'Schedule' } } }));
    expect(r.text).toBe(outside);
    expect(r.warnings).toEqual([
      'The policies were not written: its RoleArn (arn:aws:iam::123456789012:role/shared) is not an AWS::IAM::Role of this template; change them on that role.',
      'The role path was not written: its RoleArn (arn:aws:iam::123456789012:role/shared) is not an AWS::IAM::Role of this template; set it on that role.',
      expect.stringMatching(/^Events were not written: they are a SAM feature/),
    ]);
  });

  it('changes the role ARN, DefinitionSubstitutions and the state machine type in a JSON template with minimal edits', () => {
    const json = `{
  "Resources": {
    "OrderMachine": {
      "Type": "AWS::StepFunctions::StateMachine",
      "Properties": {
        "RoleArn": "arn:aws:iam::123456789012:role/old",
        "Definition": { "StartAt": "A", "States": { "A": { "Type": "Pass", "Result": "\${Topic}", "End": true } } },
        "DefinitionSubstitutions": { "Topic": "arn:aws:sns:us-east-1:123456789012:a" }
      }
    }
  }
}
`;
    const r = cfnEdit(json, (s) => ({ ...s, roleArn: 'arn:aws:iam::123456789012:role/new', type: 'EXPRESS', substitutions: { Topic: 'arn:aws:sns:us-east-1:123456789012:b' } }));
    expect(r.warnings).toEqual([]);
    expect(cfnSettings(r.text)).toMatchObject({ roleArn: 'arn:aws:iam::123456789012:role/new', type: 'EXPRESS', substitutions: { Topic: 'arn:aws:sns:us-east-1:123456789012:b' } });
    expect(r.diff.filter((l) => l.startsWith('-'))).toEqual([
      '-        "RoleArn": "arn:aws:iam::123456789012:role/old",',
      '-        "DefinitionSubstitutions": { "Topic": "arn:aws:sns:us-east-1:123456789012:a" }',
    ]);
  });
});
