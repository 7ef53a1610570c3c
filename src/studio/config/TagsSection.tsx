import { useState } from 'react';
import { Section, TextSetting } from './fields';
import { useSettings, withKey } from './useSettings';
import { tagKeyProblem, tagValueProblem } from './validation';

/** Key/value tags of the state machine. */
export function TagsSection() {
  const { settings, update } = useSettings();
  const tags = settings.tags ?? {};
  const keys = Object.keys(tags);
  const setTags = (label: string, next: Record<string, string>) => update(label, (s) => withKey(s, 'tags', Object.keys(next).length > 0 ? next : undefined));
  return (
    <Section id="tags" title="Tags" intro="Tags help find and account for the state machine (cost allocation, ownership).">
      {keys.length === 0 ? (
        <p className="cfg-empty" data-testid="config-tags-empty">No tags yet. Add one below, e.g. <code>team</code> = <code>payments</code>.</p>
      ) : (
        <table className="cfg-table" data-testid="config-tags">
          <thead><tr><th>Key</th><th>Value</th><th /></tr></thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} data-testid={`config-tag-${key}`}>
                <td><code>{key}</code></td>
                <td>
                  <TextSetting testId={`tag-value-${key}`} label={`Value of ${key}`} value={tags[key]} validate={tagValueProblem}
                    onCommit={(value) => setTags(`Tag ${key}`, { ...tags, [key]: value ?? '' })} />
                </td>
                <td>
                  <button type="button" aria-label={`Remove tag ${key}`} data-testid={`config-tag-remove-${key}`}
                    onClick={() => setTags(`Remove tag ${key}`, withKey(tags, key, undefined) as Record<string, string>)}>Remove</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddTag existing={keys} onAdd={(key, value) => setTags(`Add tag ${key}`, { ...tags, [key]: value })} />
    </Section>
  );
}

function AddTag({ existing, onAdd }: { existing: string[]; onAdd(key: string, value: string): void }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const add = () => {
    const problem = tagKeyProblem(key.trim(), existing) ?? tagValueProblem(value);
    setError(problem);
    if (problem) return;
    onAdd(key.trim(), value);
    setKey('');
    setValue('');
  };
  return (
    <form className="cfg-inline-form" onSubmit={(e) => { e.preventDefault(); add(); }}>
      <input aria-label="New tag key" placeholder="key" data-testid="config-tag-new-key" value={key} onChange={(e) => setKey(e.target.value)} />
      <input aria-label="New tag value" placeholder="value" data-testid="config-tag-new-value" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" data-testid="config-tag-add">Add tag</button>
      {error && <p className="cfg-error" role="alert" data-testid="config-tag-error">{error}</p>}
    </form>
  );
}
