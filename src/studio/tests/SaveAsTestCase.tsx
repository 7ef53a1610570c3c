/** "Save as test case" for a finished run (local or recorded on AWS): adds it to the workflow's tests and says so. */
import { useState } from 'react';
import type { RunRecord } from '../../store/runStore';
import { useStudioStore } from '../StudioContext';
import { saveRunAsTestCase } from './testsActions';
import { testsStoreFor } from './testsStore';

export function SaveAsTestCase({ run, label = 'Save as test case' }: { run: RunRecord; label?: string }) {
  const studio = useStudioStore();
  const [saved, setSaved] = useState<{ run: string; name: string } | null>(null);
  const finished = run.status !== 'RUNNING' && run.events.length > 0;
  return (
    <>
      <button type="button" data-testid="save-test-case" disabled={!finished}
        title="Add a test case to this workflow's tests: the run's input, its task answers as mocks, its outcome as expectations (editable in the Tests tab)"
        onClick={() => setSaved({ run: run.id, name: saveRunAsTestCase(studio, testsStoreFor(studio), run) })}>{label}</button>
      {saved?.run === run.id && <span className="run-ok" role="status" data-testid="saved-test-case">Saved as test case “{saved.name}” (Tests tab)</span>}
    </>
  );
}
