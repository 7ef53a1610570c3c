import { deepEqual, setField, unsetField } from '../../asl';
import { useStudio, useStudioStore } from '../StudioContext';
import { RadioSetting, Section, TextSetting } from './fields';
import { timeoutProblem } from './validation';

type Field = 'Comment' | 'Version' | 'TimeoutSeconds' | 'QueryLanguage';

/** The top-level fields that live in the ASL itself (edited as one undo step each, like the inspector). */
export function DefinitionSection() {
  const store = useStudioStore();
  const definition = useStudio((s) => s.definition);
  const textValid = useStudio((s) => s.textValid);
  const set = (field: Field, value: unknown) => {
    const current = store.getState().definition[field];
    if (deepEqual(current, value)) return;
    const label = `Edit workflow ${field}`;
    store.getState().edit(label, (d) => (value === undefined ? unsetField(d, [], [field]) : setField(d, [], [field], value)), 'inspector');
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return (
    <Section id="definition" title="Definition" intro="These fields are part of the ASL document (the code view shows them at the top).">
      {!textValid && <p className="cfg-warning" role="status">The code has errors: these fields show the last valid document, and a change here replaces the broken code.</p>}
      <TextSetting testId="comment" label="Comment" multiline value={str(definition.Comment)} placeholder="What this workflow does"
        onCommit={(v) => set('Comment', v)} />
      <TextSetting testId="version" label="ASL version (Version)" value={str(definition.Version)} placeholder="1.0"
        onCommit={(v) => set('Version', v)} />
      <TextSetting testId="timeout" label="Workflow timeout (TimeoutSeconds)" value={definition.TimeoutSeconds === undefined ? undefined : String(definition.TimeoutSeconds)}
        placeholder="none: a Standard execution may run up to one year" validate={timeoutProblem}
        onCommit={(v) => set('TimeoutSeconds', v === undefined ? undefined : Number(v))} />
      <RadioSetting testId="query-language" label="Query language (QueryLanguage)" value={definition.QueryLanguage ?? 'JSONPath'}
        options={[{ value: 'JSONPath', label: 'JSONPath', hint: 'the default' }, { value: 'JSONata', label: 'JSONata', hint: 'Arguments, Output and {% %} expressions' }]}
        onChange={(v) => set('QueryLanguage', v === 'JSONPath' ? undefined : v)} />
    </Section>
  );
}
