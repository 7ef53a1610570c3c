/** The Permissions section says where the role and its policies are, for each place settings are saved. */
import { describe, expect, it } from 'vitest';
import { roleChoices } from './roleChoices';

describe('roleChoices', () => {
  it('a CloudFormation machine whose RoleArn names a role resource: that resource, where the policies go; never "SAM creates it"', () => {
    const choices = roleChoices({ kind: 'cloudFormation', template: 'template.yaml', role: 'OrderRole' });
    expect(choices[0]).toMatchObject({ value: 'generate', label: 'Role resource OrderRole' });
    expect(choices[0]!.hint).toContain('AWS::IAM::Role in template.yaml');
    expect(choices[0]!.hint).toContain('inline policies and managed policy ARNs');
    expect(choices[1]!.hint).toContain('instead of OrderRole');
    expect(JSON.stringify(choices)).not.toMatch(/SAM|Generate a role/);
  });

  it('a CloudFormation machine with a role defined elsewhere: the role resource choice is disabled and says why', () => {
    const [resource, existing] = roleChoices({ kind: 'cloudFormation', template: 'stack.json' });
    expect(resource).toMatchObject({ disabled: true, label: 'A role resource of this template' });
    expect(resource!.hint).toContain('no policies are written here');
    expect(existing).toMatchObject({ value: 'role', label: 'Existing role' });
  });

  it('a SAM template says SAM creates it from Policies; the browser library says the export does', () => {
    expect(roleChoices({ kind: 'sam', template: 'template.yaml' })[0]!.hint).toBe('SAM creates it from the policies below (Policies in template.yaml)');
    expect(roleChoices({ kind: 'export' })[0]!.hint).toMatch(/^the exported template creates it/);
  });
});
