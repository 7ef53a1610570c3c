import { addBranch, removeBranch } from '../../../asl';
import type { ParallelState } from '../../../asl/types';
import { useStateEditor } from '../StateEditorContext';
import { plural } from '../../plural';

/** Parallel: the branches (each a StartAt + States scope); add a branch holding one Pass state, or remove one. */
export function ParallelForm() {
  const { path, state, name, editDefinition, diagnosticsFor } = useStateEditor();
  const branches = Array.isArray((state as ParallelState).Branches) ? (state as ParallelState).Branches : [];
  return (
    <div className="insp-group" data-testid="branches">
      <h4>Branches</h4>
      <ol className="insp-list">
        {branches.map((b, i) => (
          <li key={i} data-testid={`branch-${i}`}>
            <span>Branch {i + 1}: starts at <b>{b.StartAt}</b> ({plural(Object.keys(b.States ?? {}).length, 'state')})</span>
            <button type="button" data-testid={`branch-${i}-remove`} disabled={branches.length <= 1}
              title={branches.length <= 1 ? 'A Parallel state needs at least one branch' : 'Remove this branch and its states'}
              onClick={() => editDefinition(`Remove branch ${i + 1} of "${name}"`, (def) => removeBranch(def, path, i))}>Remove</button>
          </li>
        ))}
      </ol>
      {diagnosticsFor(['Branches']).map((d, i) => <p key={i} className={`insp-diagnostic sev-${d.severity}`}>{d.message}</p>)}
      <button type="button" data-testid="branch-add" onClick={() => editDefinition(`Add a branch to "${name}"`, (def) => addBranch(def, path))}>Add branch</button>
    </div>
  );
}
