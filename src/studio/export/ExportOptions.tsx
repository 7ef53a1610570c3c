import type { ReactNode } from 'react';
import type { ExportChoice, ExportFormat } from './exportArtifact';
import { otherResourceCount, type ImportedTemplateRef } from './importedTemplate';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'sam', label: 'AWS SAM template', hint: 'AWS::Serverless::StateMachine, for sam deploy' },
  { value: 'cloudformation', label: 'CloudFormation template', hint: 'AWS::StepFunctions::StateMachine with its IAM role' },
  { value: 'asl', label: 'ASL definition', hint: 'the workflow alone, as Workflow Studio exports it' },
];

function Radio<T extends string>({ name, value, current, onPick, testId, children }: { name: string; value: T; current: T; onPick(v: T): void; testId: string; children: ReactNode }) {
  return (
    <label className="export-radio">
      <input type="radio" name={name} value={value} checked={current === value} data-testid={testId} onChange={() => onPick(value)} />
      <span>{children}</span>
    </label>
  );
}

/** Format and options of the export. */
export function ExportOptions({ choice, onChange, imported }: { choice: ExportChoice; onChange(next: ExportChoice): void; imported: ImportedTemplateRef | undefined }) {
  const set = <K extends keyof ExportChoice>(key: K) => (value: ExportChoice[K]) => onChange({ ...choice, [key]: value });
  return (
    <div className="export-options">
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <Radio key={f.value} name="export-format" value={f.value} current={choice.format} onPick={set('format')} testId={`export-format-${f.value}`}>
            <b>{f.label}</b><br /><span className="muted">{f.hint}</span>
          </Radio>
        ))}
      </fieldset>
      {choice.format === 'sam' && (
        <fieldset>
          <legend>Definition</legend>
          <Radio name="export-sam" value="inline" current={choice.samDefinition} onPick={set('samDefinition')} testId="export-sam-inline">Inline <code>Definition</code> (one template.yaml)</Radio>
          <Radio name="export-sam" value="uri" current={choice.samDefinition} onPick={set('samDefinition')} testId="export-sam-uri"><code>DefinitionUri</code> (project folder as a .zip)</Radio>
        </fieldset>
      )}
      {choice.format === 'cloudformation' && (
        <fieldset>
          <legend>Definition</legend>
          <Radio name="export-cfn" value="string" current={choice.cfnDefinition} onPick={set('cfnDefinition')} testId="export-cfn-string"><code>DefinitionString</code> with <code>!Sub</code></Radio>
          <Radio name="export-cfn" value="object" current={choice.cfnDefinition} onPick={set('cfnDefinition')} testId="export-cfn-object"><code>Definition</code> + <code>DefinitionSubstitutions</code></Radio>
        </fieldset>
      )}
      {choice.format === 'asl' ? (
        <fieldset>
          <legend>Language</legend>
          <Radio name="export-asl" value="json" current={choice.aslFormat} onPick={set('aslFormat')} testId="export-asl-json">JSON</Radio>
          <Radio name="export-asl" value="yaml" current={choice.aslFormat} onPick={set('aslFormat')} testId="export-asl-yaml">YAML</Radio>
        </fieldset>
      ) : (
        <fieldset>
          <legend>Options</legend>
          <label className="export-radio">
            <input type="checkbox" data-testid="export-placeholder-resources" checked={choice.placeholderResources} onChange={(e) => set('placeholderResources')(e.target.checked)} />
            <span>Generate placeholder resources<br /><span className="muted">a function, table, queue… per concrete reference, instead of template parameters</span></span>
          </label>
          {imported && (
            <label className="export-radio">
              <input type="checkbox" data-testid="export-keep-imported" checked={choice.keepImported} onChange={(e) => set('keepImported')(e.target.checked)} />
              <span>Into the imported template<br /><span className="muted">{imported.fileName ?? 'template'}: keep its {otherResourceCount(imported)} other resource(s), parameters and outputs</span></span>
            </label>
          )}
          {imported && choice.keepImported && (
            <label className="export-radio">
              <input type="checkbox" data-testid="export-extract-literals" checked={choice.extractLiterals === true} onChange={(e) => set('extractLiterals')(e.target.checked)} />
              <span>Extract ARNs and names to parameters<br /><span className="muted">off: the definition is written as you wrote it</span></span>
            </label>
          )}
        </fieldset>
      )}
    </div>
  );
}
