/** Differences between two versions of a workflow: by state (what changed) and line by line. */
import { useMemo } from 'react';
import { diffDefinitions } from '../../workspace/definitionDiff';
import { diffLines } from '../../workspace/lineDiff';
import type { StateMachine } from '../../asl/types';

/** States added, removed or changed (with their fields) from `before` to `after`. */
export function DefinitionDiffList({ before, after, testId, identical }: { before: StateMachine; after: StateMachine; testId: string; identical: string }) {
  const diff = useMemo(() => diffDefinitions(before, after), [before, after]);
  if (diff.identical) return <p data-testid={`${testId}-none`}>{identical}</p>;
  return (
    <ul className="diff" data-testid={testId}>
      {diff.added.map((s) => <li key={`a${s.id}`} className="diff-added">+ added {s.type} “{s.name}”</li>)}
      {diff.removed.map((s) => <li key={`r${s.id}`} className="diff-removed">− removed {s.type} “{s.name}”</li>)}
      {diff.changed.map((s) => <li key={`c${s.id}`} className="diff-changed">~ changed “{s.name}”: {s.fields.join(', ')}</li>)}
      {diff.topLevel.map((f) => <li key={`t${f}`} className="diff-changed">~ changed top-level {f}</li>)}
    </ul>
  );
}

/** The two texts line by line: lines only in `before` marked -, only in `after` marked +. */
export function LineDiffView({ before, after, testId, label }: { before: string; after: string; testId: string; label: string }) {
  const lines = useMemo(() => diffLines(before, after), [before, after]);
  return (
    <pre className="file-diff" data-testid={testId} aria-label={label}>
      {lines.map((line, i) => (
        <div key={i} className={`diff-${line.kind}`}>{line.kind === 'removed' ? '- ' : line.kind === 'added' ? '+ ' : '  '}{line.text}</div>
      ))}
    </pre>
  );
}
