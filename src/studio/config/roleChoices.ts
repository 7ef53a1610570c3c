/**
 * The Permissions section's words for where the execution role comes from, by where the settings
 * are saved: a SAM template (the transform creates the role from `Policies`), a plain
 * CloudFormation template (the `AWS::IAM::Role` resource its `RoleArn` names holds the policies,
 * or a role defined elsewhere whose policies the studio cannot change), or the browser library
 * (the export creates it).
 */
export type RoleMode = 'generate' | 'role';

/** Where Config mode's settings are written. */
export type SettingsTarget =
  | { kind: 'export' }
  | { kind: 'sam'; template: string }
  | { kind: 'cloudFormation'; template: string; role?: string | undefined };

export interface RoleChoice {
  value: RoleMode;
  label: string;
  hint: string;
  /** Why it cannot be chosen here. */
  disabled?: boolean;
}

export function roleChoices(target: SettingsTarget): RoleChoice[] {
  const existing: RoleChoice = { value: 'role', label: 'Use an existing role', hint: 'by its ARN' };
  switch (target.kind) {
    case 'export':
      return [{ value: 'generate', label: 'Generate a role', hint: 'the exported template creates it from the policies below (SAM Policies, or an AWS::IAM::Role in a CloudFormation export)' }, existing];
    case 'sam':
      return [{ value: 'generate', label: 'Generate a role', hint: `SAM creates it from the policies below (Policies in ${target.template})` }, existing];
    case 'cloudFormation':
      if (target.role) {
        return [
          { value: 'generate', label: `Role resource ${target.role}`, hint: `the AWS::IAM::Role in ${target.template} that RoleArn names; Save writes the policies below into its inline policies and managed policy ARNs` },
          { value: 'role', label: 'Use an existing role', hint: `by its ARN: RoleArn then names it instead of ${target.role}` },
        ];
      }
      return [
        { value: 'generate', label: 'A role resource of this template', hint: `none: RoleArn names a role defined outside ${target.template}, so no policies are written here (change them where that role is defined)`, disabled: true },
        { value: 'role', label: 'Existing role', hint: 'RoleArn, as the template gives it' },
      ];
  }
}
