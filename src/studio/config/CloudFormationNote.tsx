/**
 * In `asl-studio open` on a plain CloudFormation template: where each setting is saved, and which
 * ones such a template cannot take (and why), before the user edits them.
 */
import { useFileStatus } from '../files/FileSessionContext';

export function CloudFormationNote() {
  const current = useFileStatus((s) => s.current);
  if (!current?.cloudFormation) return null;
  const { role } = current.cloudFormation;
  return (
    <section className="cfg-section" data-testid="config-cloudformation-note" aria-label="CloudFormation template">
      <p className="cfg-note">
        <strong>{current.logicalId}</strong> in <code>{current.template}</code> is a plain CloudFormation <code>AWS::StepFunctions::StateMachine</code> (no SAM transform). Save writes:
      </p>
      <ul className="cfg-note">
        <li>name, type, logging, tracing, role ARN, tags and substitutions on the state machine;</li>
        {role
          ? <li>policies, permissions boundary and role path on its role resource <code>{role}</code> (inline policies and managed policy ARNs);</li>
          : <li><strong>not</strong> policies, permissions boundary or role path: its RoleArn is not a role resource of this template, so they belong to that role (change them where it is defined);</li>}
        <li>the alias as a <code>StateMachineVersion</code> + <code>StateMachineAlias</code> pair;</li>
        <li><strong>not</strong> events: they are a SAM feature (the transform makes the EventBridge rules and schedules); add an <code>AWS::Events::Rule</code> or <code>AWS::Scheduler::Schedule</code> to the template instead.</li>
      </ul>
    </section>
  );
}
