import { useMemo } from 'react';
import { useStudio } from '../StudioContext';
import { encodeStatePath, forEachState } from '../../asl/paths';

/** Outline of the workflow's states (the graph canvas replaces this). */
export function Canvas({ mode }: { mode: 'design' | 'code' | 'run' }) {
  const definition = useStudio((s) => s.definition);
  const selection = useStudio((s) => s.selection);
  const select = useStudio((s) => s.select);
  const rows = useMemo(() => {
    const out: { id: string; name: string; type: string; depth: number }[] = [];
    forEachState(definition, ({ path, name, state, depth }) => out.push({ id: encodeStatePath(path), name, type: state.Type, depth }));
    return out;
  }, [definition]);
  return (
    <ul className="state-outline" data-mode={mode}>
      {rows.map((r) => (
        <li key={r.id} style={{ paddingLeft: r.depth * 16 }}>
          <button type="button" aria-pressed={selection.includes(r.id)} onClick={() => select([r.id])}>
            <b>{r.name}</b> <small>{r.type}</small>
          </button>
        </li>
      ))}
    </ul>
  );
}
