/**
 * A wrap or a paste would leave catchers pointing where they cannot (out of a Parallel branch, or
 * at a state that is not where the copy lands): the user chooses what becomes of them instead of
 * the studio deciding silently. Cancel changes nothing.
 */
import { Fragment, useState } from 'react';
import type { StrandedCatchers } from '../../asl/edits/wrap';
import { Dialog } from '../workspace/Dialog';
import type { CatchQuestion, CommandResult } from './commands';
import './catchQuestion.css';

type Kind = 'lift' | 'point' | 'drop' | 'keep';

export function CatchQuestionDialog({ question, onDone }: { question: CatchQuestion; onDone: (result: CommandResult | null) => void }) {
  const wrap = question.action === 'wrap';
  const container = question.container ?? 'Parallel';
  const branch = container === 'Map' ? 'a Map\'s item processor' : 'a Parallel branch';
  const [kind, setKind] = useState<Kind>(wrap ? 'lift' : 'drop');
  const [target, setTarget] = useState(question.targets[0] ?? '');
  const options: { id: Kind; label: string; hint: string }[] = [
    ...(wrap ? [{ id: 'lift' as const, label: `Move them onto the ${container}`, hint: `Same errors, same target: they then catch an error of any state in the ${container === 'Map' ? 'item processor (any item)' : 'branch'}.` }] : []),
    { id: 'point', label: 'Point them to a state', hint: wrap ? `A state of the wrapped group handles the error inside the ${container === 'Map' ? 'item processor' : 'branch'}.` : 'A state where the copy lands handles the error.' },
    { id: 'drop', label: 'Drop them', hint: 'The error then fails the state (its Retry entries stay).' },
    { id: 'keep', label: 'Keep them as they are', hint: 'The workflow shows the error until you fix the target.' },
  ];
  const choice = (): StrandedCatchers => (kind === 'point' ? { target } : kind);
  return (
    <Dialog title={wrap ? `Wrap in ${container}: catchers` : 'Paste: catchers'} testId="catch-question" onClose={() => onDone(null)}>
      <p>
        {wrap ? `These catchers lead out of the states being wrapped, and ${branch} cannot leave itself:` : 'These catchers lead to states that are not where the copy lands:'}
      </p>
      <ul className="catch-question-list" data-testid="catch-question-catchers">
        {question.catchers.map((c, i) => (
          <li key={`${c.state}-${i}`}><b>{c.state}</b> catches {c.errors.join(', ') || 'errors'} → <b>{c.target}</b></li>
        ))}
      </ul>
      <fieldset className="catch-question-choices">
        <legend>What should become of them?</legend>
        {options.map((o) => (
          <Fragment key={o.id}>
            <label>
              <input type="radio" name="catch-choice" value={o.id} data-testid={`catch-choice-${o.id}`} checked={kind === o.id}
                disabled={o.id === 'point' && question.targets.length === 0} onChange={() => setKind(o.id)} />
              <span><b>{o.label}</b> — {o.hint}</span>
            </label>
            {o.id === 'point' && kind === 'point' && (
              <select aria-label="State the catchers go to" data-testid="catch-target" value={target} onChange={(e) => setTarget(e.target.value)}>
                {question.targets.map((t) => <option key={t} value={t}>{t}</option>)}
              </select>
            )}
          </Fragment>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="primary" data-testid="catch-apply" onClick={() => onDone(question.answer(choice()))}>{wrap ? 'Wrap' : 'Paste'}</button>
        <button type="button" data-testid="catch-cancel" onClick={() => onDone(null)}>Cancel</button>
      </div>
    </Dialog>
  );
}
