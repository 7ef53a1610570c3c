/** README.md of an exported SAM project folder. */
import { isObject, type TemplateObject } from './intrinsics';
import type { SamExportOptions } from './settings';

export function projectReadme(template: TemplateObject, logicalId: string, options: SamExportOptions): string {
  const title = options.name ?? logicalId;
  const parameters = isObject(template.Parameters) ? Object.entries(template.Parameters) : [];
  const lines = [
    `# ${title}`,
    '',
    'An AWS Step Functions state machine exported by ASL Studio as an AWS SAM project.',
    '',
    '- `template.yaml`: the `AWS::Serverless::StateMachine` resource, its permissions and logging.',
    '- `statemachine/*.asl.json`: the workflow definition (Amazon States Language); `${…}` placeholders',
    '  are filled in at deploy time from `DefinitionSubstitutions`.',
    '',
    '## Deploy',
    '',
    '```sh',
    'sam validate --lint',
    'sam deploy --guided',
    '```',
    '',
  ];
  if (parameters.length > 0) {
    lines.push('## Parameters', '', '| name | default | description |', '| --- | --- | --- |');
    for (const [name, decl] of parameters) {
      const d = isObject(decl) ? decl : {};
      const cell = (v: unknown) => (v === undefined ? '(required)' : `\`${String(v)}\``);
      lines.push(`| ${name} | ${cell(d.Default)} | ${String(d.Description ?? '').replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
