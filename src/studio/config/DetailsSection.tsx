import { useStudio } from '../StudioContext';
import { expressConflicts } from './expressLimits';
import { RadioSetting, Section, TextSetting } from './fields';
import { useSettings, withKey } from './useSettings';
import { nameProblem } from './validation';

const TYPES = [
  { value: 'STANDARD', label: 'Standard', hint: 'durable, up to a year, exactly-once; every integration pattern' },
  { value: 'EXPRESS', label: 'Express', hint: 'high-volume, up to 5 minutes, at-least-once' },
] as const;

/** Name and type of the state machine (both fixed once AWS has created it). */
export function DetailsSection() {
  const { settings, update } = useSettings();
  const definition = useStudio((s) => s.definition);
  const type = settings.type ?? 'STANDARD';
  const conflicts = type === 'EXPRESS' ? expressConflicts(definition) : [];
  return (
    <Section id="details" title="Details" intro="Name and type cannot be changed after AWS creates the state machine; a new name or type replaces it on deploy.">
      <TextSetting testId="name" label="State machine name" value={settings.name} placeholder="OrderWorkflow"
        validate={nameProblem} storedProblem={settings.name !== undefined ? nameProblem(settings.name) : undefined}
        hint="1–80 letters, digits, - or _. Leave empty to let CloudFormation generate one."
        onCommit={(name) => update('Rename workflow', (s) => withKey(s, 'name', name))} />
      <RadioSetting testId="type" label="Type" value={type} options={TYPES}
        onChange={(value) => update(`Type ${value === 'EXPRESS' ? 'Express' : 'Standard'}`, (s) => withKey(s, 'type', value))} />
      {conflicts.length > 0 && (
        <div className="cfg-warning" role="status" data-testid="config-express-conflicts">
          Express workflows cannot use these states:
          <ul>{conflicts.map((c) => <li key={c.state}><b>{c.state}</b> {c.reason}</li>)}</ul>
        </div>
      )}
    </Section>
  );
}
