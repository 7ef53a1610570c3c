import { baseResourceOf, describeTask, findIntegration, patternOf, withPattern, type IntegrationPattern } from '../../../catalog';
import { useStateEditor } from '../StateEditorContext';
import { SelectField } from '../fields/SelectField';
import { StateJson, StateText } from '../fields/stateFields';
import { PATTERN_LABELS, patternsFor } from '../model/integrationPattern';
import { validatePayload } from '../model/payload';
import { ExtractParameters } from './ExtractParameters';

/** Task configuration: resource (service and action from the catalog), integration pattern, API parameters, credentials. */
export function TaskForm() {
  const { state, name, language, commit } = useStateEditor();
  const resource = typeof state.Resource === 'string' ? state.Resource : '';
  const entry = findIntegration(resource);
  const patterns = patternsFor(resource);
  const payloadField = language === 'JSONata' ? 'Arguments' : 'Parameters';
  return (
    <>
      <p className="insp-integration" data-testid="task-integration">
        {entry ? <><b>{describeTask(resource)}</b> <span>{entry.description}</span></> : describeTask(resource)}
      </p>
      <StateText field="Resource" label="Resource (ARN)" required />
      {patterns.length > 1 && (
        <SelectField
          testId="IntegrationPattern"
          label="Integration pattern"
          value={patternOf(resource)}
          options={patterns.map((p) => ({ value: p, label: PATTERN_LABELS[p] }))}
          onChange={(p) => p && commit(`Set integration pattern of "${name}"`, [{ field: ['Resource'], value: withPattern(baseResourceOf(resource), p as IntegrationPattern) }])}
        />
      )}
      <StateJson
        field={payloadField}
        label={`API parameters (${payloadField})`}
        rows={12}
        validate={(v) => validatePayload(v, language)}
        hint={language === 'JSONata' ? 'An object whose string values may be {% … %} expressions, or one expression.' : 'Keys ending in .$ take a path ($.x), a context path ($$.x), a variable ($x) or an intrinsic function.'}
      />
      <StateJson field="Credentials" rows={4} hint='Cross-account access: { "RoleArn": "arn:aws:iam::…:role/…" }' />
      <ExtractParameters />
    </>
  );
}
