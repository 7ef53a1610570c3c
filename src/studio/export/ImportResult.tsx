import type { ImportedStateMachine } from '../../sam';
import type { ImportOutcome } from './importModel';
import { describeLocation, stateCount } from './importModel';
import { plural } from '../plural';

const KIND_LABEL = { asl: 'ASL definition', sam: 'SAM template', cloudformation: 'CloudFormation template' } as const;
const SOURCE_LABEL = { asl: 'ASL file', Definition: 'inline Definition', DefinitionString: 'DefinitionString', DefinitionUri: 'DefinitionUri file' } as const;

/** What an import found: the state machines to open (and the skipped ones), or why nothing can be opened. */
export function ImportResult({ outcome, onOpen }: { outcome: ImportOutcome; onOpen(machine: ImportedStateMachine): void }) {
  if (!outcome.ok) {
    return (
      <div className="import-error" role="alert" data-testid="import-error">
        <h3>{outcome.fileName ? `${outcome.fileName} cannot be opened` : 'Nothing to open'}</h3>
        <p data-testid="import-error-reason">{outcome.reason}</p>
        {outcome.where && <p className="muted" data-testid="import-error-where">At {outcome.where}</p>}
        {outcome.missingFiles.length > 0 && <p>Choose the template again together with: {outcome.missingFiles.map((f) => <code key={f}>{f} </code>)}</p>}
        <p className="muted">Your current workflow is unchanged.</p>
      </div>
    );
  }
  const { result, fileName } = outcome;
  const count = result.stateMachines.length;
  return (
    <div data-testid="import-result">
      <p><b>{fileName}</b>: {KIND_LABEL[result.kind]} with {count} state machine{count === 1 ? '' : 's'} to open{result.skipped.length > 0 ? ` (${result.skipped.length} skipped)` : ''}.</p>
      {result.duplicateKeys && result.duplicateKeys.length > 0 && (
        <div className="import-duplicates" role="note" data-testid="import-duplicate-keys">
          <p><b>Duplicate keys</b>: only the last value of each was kept, and AWS rejects a definition or template that repeats a key.</p>
          <ul>
            {result.duplicateKeys.map((d) => (
              <li key={`${d.in ?? ''}:${d.line}:${d.column}`}>“{d.key}” at line {d.line}, column {d.column}{d.in ? ` of ${d.in}` : ''} <span className="muted">({d.path.join('.')})</span></li>
            ))}
          </ul>
        </div>
      )}
      {outcome.testFiles && outcome.testFiles.length > 0 && (
        <p className="muted" data-testid="import-test-files">
          Test {outcome.testFiles.length === 1 ? 'file' : 'files'} {outcome.testFiles.map((f) => <code key={f.name}>{f.name} </code>)}
          come{outcome.testFiles.length === 1 ? 's' : ''} with the state machine {outcome.testFiles.length === 1 ? 'it names' : 'each names'} (Run mode → Tests).
        </p>
      )}
      <ul className="import-list">
        {result.stateMachines.map((m) => {
          const subs = Object.keys(m.substitutions).length;
          return (
            <li key={m.logicalId} data-testid={`import-machine-${m.logicalId}`}>
              <div className="grow">
                <b>{m.settings.name ?? m.logicalId}</b>{m.settings.name && m.settings.name !== m.logicalId && <span className="muted"> ({m.logicalId})</span>}
                <div className="muted">
                  {SOURCE_LABEL[m.source]} · {plural(stateCount(m.definition), 'state')}{subs > 0 ? ` · ${subs} substitution${subs === 1 ? '' : 's'}` : ''}
                  {m.settings.type ? ` · ${m.settings.type}` : ''}
                </div>
              </div>
              <button type="button" className="primary" data-testid={`import-open-${m.logicalId}`} onClick={() => onOpen(m)}>Open</button>
              {m.warnings.length > 0 && <ul className="import-warnings">{m.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
            </li>
          );
        })}
        {result.skipped.map((s) => {
          const where = describeLocation(s.error);
          return (
            <li key={s.logicalId} className="skipped" data-testid={`import-skipped-${s.logicalId}`}>
              <div className="grow">
                <b>{s.logicalId}</b> <span className="muted">skipped</span>
                <div>{s.error.message}{where && <span className="muted"> (at {where})</span>}</div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
