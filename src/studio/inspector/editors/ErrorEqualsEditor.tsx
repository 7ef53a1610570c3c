import { useState } from 'react';
import { X } from 'lucide-react';
import { RESERVED_ERRORS } from '../model/errorNames';

export interface ErrorEqualsEditorProps {
  value: readonly string[];
  testId: string;
  onChange(errors: string[]): void;
}

/** The errors a retrier/catcher matches: chips, a list of reserved names, and custom names. */
export function ErrorEqualsEditor({ value, testId, onChange }: ErrorEqualsEditorProps) {
  const [custom, setCustom] = useState('');
  const add = (name: string) => {
    const trimmed = name.trim();
    if (trimmed && !value.includes(trimmed)) onChange([...value, trimmed]);
  };
  return (
    <div className="insp-field" data-testid={testId}>
      <span className="insp-label">Errors (ErrorEquals)</span>
      <ul className="insp-chips">
        {value.map((e) => (
          <li key={e} data-testid={`${testId}-chip`}>
            <code>{e}</code>
            <button type="button" aria-label={`Remove ${e}`} data-testid={`${testId}-remove-${e}`} onClick={() => onChange(value.filter((x) => x !== e))}><X size={12} aria-hidden="true" /></button>
          </li>
        ))}
      </ul>
      <div className="insp-row">
        <select aria-label="Add a reserved error" data-testid={`${testId}-add`} value="" onChange={(e) => add(e.target.value)}>
          <option value="">Add an error…</option>
          {RESERVED_ERRORS.filter((e) => !value.includes(e)).map((e) => <option key={e} value={e}>{e}</option>)}
        </select>
        <input type="text" aria-label="Custom error name" placeholder="Custom error" data-testid={`${testId}-custom`} value={custom}
          onChange={(e) => setCustom(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(custom);
              setCustom('');
            }
          }} />
        <button type="button" data-testid={`${testId}-custom-add`} disabled={custom.trim() === ''} onClick={() => { add(custom); setCustom(''); }}>Add</button>
      </div>
      {value.length === 0 && <p className="insp-error">Choose at least one error.</p>}
    </div>
  );
}
