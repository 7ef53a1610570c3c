/**
 * "Open AWS execution…": a file chooser (several files: the history, describe-execution,
 * describe-state-machine-for-execution) and a paste box. Problems are listed where they are.
 */
import { useRef, useState } from 'react';
import { useStudioStore } from '../StudioContext';
import { useRun } from './hooks';
import { historyFiles, openHistoryFiles, type HistoryFile } from './openRecorded';

export function OpenExecution({ onOpened }: { onOpened: () => void }) {
  const studio = useStudioStore();
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const problems = useRun((s) => s.openProblems);

  async function open(files: HistoryFile[]): Promise<void> {
    if (await openHistoryFiles(studio, files)) {
      setPasting(false);
      setPasted('');
      onOpened();
    }
  }

  return (
    <section className="run-section" data-testid="open-execution">
      <div className="run-row">
        <button type="button" data-testid="open-aws-execution" title="Open the JSON of aws stepfunctions get-execution-history (drop it on the window, or paste it)"
          onClick={() => input.current?.click()}>Open AWS execution…</button>
        <button type="button" data-testid="paste-aws-execution" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>Paste history…</button>
        <input ref={input} type="file" accept=".json,application/json" multiple hidden data-testid="open-aws-execution-file"
          onChange={async (e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length > 0) await open(historyFiles(files));
          }} />
      </div>
      {pasting && (
        <div className="run-row" style={{ alignItems: 'flex-start' }}>
          <textarea aria-label="get-execution-history output" data-testid="paste-history" rows={5} style={{ flex: 1 }} value={pasted}
            placeholder='{"events": [ … ]} from aws stepfunctions get-execution-history' onChange={(e) => setPasted(e.target.value)} />
          <button type="button" data-testid="open-pasted" disabled={pasted.trim() === ''} onClick={() => void open([{ name: 'pasted history', text: pasted }])}>Open</button>
        </div>
      )}
      {problems && (
        <ul className="run-error" data-testid="open-execution-problems">{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
      )}
    </section>
  );
}
