import { useState } from 'react';
import { expandPolicies, stringifyCfnYaml, toSamPolicies, type SamExport } from '../../sam';
import { RadioSetting, Section, TextSetting } from './fields';
import { formatSubstitution } from './substitutionValue';
import { useSettings, withKey } from './useSettings';
import { roleArnProblem } from './validation';
import { onTablistKeyDown, tabStop } from '../shell/tablistKeys';
import { useFileStatus } from '../files/FileSessionContext';
import { roleChoices, type RoleMode, type SettingsTarget } from './roleChoices';

/** Where the settings are saved: the open template (SAM or CloudFormation), or the export. */
function useSettingsTarget(): SettingsTarget {
  const current = useFileStatus((s) => s.current);
  if (!current?.template) return { kind: 'export' };
  if (current.cloudFormation) return { kind: 'cloudFormation', template: current.template, role: current.cloudFormation.role };
  return { kind: 'sam', template: current.template };
}

/** Generated least-privilege policies (with a live preview) or an existing execution role. */
export function PermissionsSection({ built }: { built: SamExport | undefined }) {
  const { settings, update } = useSettings();
  const target = useSettingsTarget();
  const templateRole = target.kind === 'cloudFormation' ? target.role : undefined;
  const stored: RoleMode = settings.roleArn !== undefined || settings.role !== undefined ? 'role' : 'generate';
  const [mode, setMode] = useState<RoleMode>(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setMode(stored);
  }
  const choose = (next: RoleMode) => {
    setMode(next);
    // Back to the role the policies are written on (for a CloudFormation machine, its role resource again).
    if (next === 'generate' && stored === 'role') update(templateRole ? `Use the role resource ${templateRole}` : 'Use generated policies', (s) => withKey(withKey(s, 'roleArn', undefined), 'role', undefined));
  };
  return (
    <Section id="permissions" title="Permissions" intro="The execution role the state machine assumes to call other services.">
      <RadioSetting testId="role-mode" label="Execution role" value={mode} onChange={choose} options={roleChoices(target)} />
      {mode === 'role' ? <ExistingRole /> : <GeneratedPolicies built={built} target={target} />}
      {(settings.permissionsBoundary !== undefined || settings.rolePath !== undefined) && (
        <p className="cfg-hint" data-testid="config-role-extras">
          Kept from the imported template:
          {settings.permissionsBoundary !== undefined && <> PermissionsBoundary <code>{formatSubstitution(settings.permissionsBoundary)}</code></>}
          {settings.rolePath !== undefined && <> RolePath <code>{formatSubstitution(settings.rolePath)}</code></>}
        </p>
      )}
    </Section>
  );
}

function ExistingRole() {
  const { settings, update } = useSettings();
  return (
    <>
      {settings.role !== undefined && (
        <p className="cfg-hint" data-testid="config-role-intrinsic">
          The imported template gives the role as <code>{formatSubstitution(settings.role)}</code>; an ARN typed below replaces it.
        </p>
      )}
      <TextSetting testId="role-arn" label="Role ARN" value={settings.roleArn} mono placeholder="arn:aws:iam::123456789012:role/StepFunctionsRole"
        validate={roleArnProblem} hint="The role must trust states.amazonaws.com and allow every service call of the workflow."
        onCommit={(arn) => update('Execution role ARN', (s) => withKey(arn === undefined ? s : withKey(s, 'role', undefined), 'roleArn', arn))} />
    </>
  );
}

function GeneratedPolicies({ built, target }: { built: SamExport | undefined; target: SettingsTarget }) {
  const { settings, update } = useSettings();
  const cloudFormation = target.kind === 'cloudFormation' ? target : undefined;
  // A CloudFormation role holds IAM statements, not SAM policy templates.
  const [view, setView] = useState<'sam' | 'iam'>(cloudFormation ? 'iam' : 'sam');
  if (settings.policies !== undefined) {
    return (
      <div data-testid="config-policies-kept">
        <p className="cfg-hint">
          {cloudFormation?.role
            ? <>The inline policies and managed policy ARNs of <code>{cloudFormation.role}</code> in {cloudFormation.template}, as written there; they do not follow changes of the workflow.</>
            : 'These policies come from the imported template and are exported as written; they do not follow changes of the workflow.'}
        </p>
        <pre className="cfg-preview" data-testid="config-policies-preview">{stringifyCfnYaml(settings.policies)}</pre>
        <button type="button" data-testid="config-policies-regenerate" onClick={() => update('Use generated policies', (s) => withKey(s, 'policies', undefined))}>
          Generate them from the workflow instead
        </button>
      </div>
    );
  }
  if (!built) return <p className="cfg-empty">The policies cannot be previewed (see the notice at the top).</p>;
  const { templates, statements } = built.policies;
  if (templates.length === 0 && statements.length === 0) {
    return <p className="cfg-empty" data-testid="config-policies-empty">The workflow calls no AWS service yet, so the role needs no permissions. Add a Task state and its policies appear here.</p>;
  }
  const text = view === 'sam' ? stringifyCfnYaml(toSamPolicies(built.policies)) : stringifyCfnYaml({ Statement: expandPolicies(built.policies) });
  return (
    <div data-testid="config-policies-generated">
      <p className="cfg-hint">
        {cloudFormation?.role && <>Save writes these into <code>{cloudFormation.role}</code> (statements added to or removed from its inline policies). </>}
        Derived from the workflow’s integrations: {templates.length} SAM policy template{templates.length === 1 ? '' : 's'}
        {templates.length > 0 && <> ({[...new Set(templates.map((t) => t.template))].join(', ')})</>}
        {statements.length > 0 && <> and {statements.length} statement{statements.length === 1 ? '' : 's'} for what no template covers</>}.
      </p>
      <div className="cfg-tabs" role="tablist" aria-label="Policy view" onKeyDown={onTablistKeyDown}>
        <button type="button" role="tab" aria-selected={view === 'sam'} tabIndex={tabStop(view === 'sam')} data-testid="config-policies-view-sam" onClick={() => setView('sam')}>SAM Policies</button>
        <button type="button" role="tab" aria-selected={view === 'iam'} tabIndex={tabStop(view === 'iam')} data-testid="config-policies-view-iam" onClick={() => setView('iam')}>IAM statements</button>
      </div>
      <pre className="cfg-preview" data-testid="config-policies-preview">{text}</pre>
    </div>
  );
}
