import { useStudio } from '../StudioContext';
import { decodeStatePath, getState } from '../../asl/paths';

/** Shows the selected state's definition (the form-based inspector replaces this). */
export function Inspector() {
  const definition = useStudio((s) => s.definition);
  const selected = useStudio((s) => s.selection[0]);
  const state = selected ? getState(definition, decodeStatePath(selected)) : undefined;
  if (!state) return <p className="empty">Select a state to see its definition.</p>;
  return <pre className="inspector-json">{JSON.stringify(state, null, 2)}</pre>;
}
