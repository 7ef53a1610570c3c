/**
 * Map iterations: which iteration the canvas and the table show (0-based, like the console's
 * dropdown), with the failed and aborted iterations listed.
 */
import { useRun, type RunData } from './hooks';

export function IterationPicker({ data }: { data: RunData }) {
  const chosen = useRun((s) => s.iterations);
  const choose = useRun((s) => s.chooseIteration);
  // Kept incrementally with the run's derivations (src/run/live.ts).
  const maps = data.maps;
  if (maps.length === 0) return null;
  return (
    <section className="run-section" data-testid="iteration-picker">
      <h3>Map iterations</h3>
      {maps.map((m) => (
        <div key={m.map} className="run-field">
          <label className="run-row">
            {m.name}
            <select data-testid={`iteration-${m.name}`} value={chosen[m.map] ?? 'auto'}
              onChange={(e) => choose(m.map, e.target.value === 'auto' ? null : Number(e.target.value))}>
              <option value="auto">Latest active ({data.view.iterations[m.map] ?? '—'})</option>
              {/* Long Maps: the first iterations are listed, any other one is reached with the number field. */}
              {m.indexes.slice(0, 200).map((i) => <option key={i} value={i}>Iteration {i}</option>)}
              {chosen[m.map] !== undefined && chosen[m.map]! >= 200 && <option value={chosen[m.map]}>Iteration {chosen[m.map]}</option>}
            </select>
            {m.indexes.length > 200 && (
              <input type="number" min={0} max={m.indexes[m.indexes.length - 1]} aria-label={`${m.name} iteration number`} style={{ width: 90 }}
                data-testid={`iteration-number-${m.name}`} value={chosen[m.map] ?? ''} placeholder="#"
                onChange={(e) => choose(m.map, e.target.value === '' ? null : Number(e.target.value))} />
            )}
            <span className="run-note">{m.indexes.length} started</span>
          </label>
          {m.failed.length > 0 && (
            <div className="run-row run-error" data-testid={`failed-iterations-${m.name}`}>
              Failed: {m.failed.slice(0, 50).map((i) => (
                <button key={i} type="button" className="link" onClick={() => choose(m.map, i)}>#{i}</button>
              ))}
            </div>
          )}
          {m.aborted.length > 0 && <div className="run-note">Aborted: {m.aborted.slice(0, 50).map((i) => `#${i}`).join(' ')}</div>}
        </div>
      ))}
    </section>
  );
}
