import { importedTemplateOf, otherResourceCount } from '../export/importedTemplate';
import { Section } from './fields';
import { useSettings, withKey } from './useSettings';
import { IMPORTED_TEMPLATE_KEY } from '../export/importedTemplate';

/** Where the workflow came from, and what of its template the export keeps (resources, events). */
export function ImportedSection() {
  const { settings, update } = useSettings();
  const imported = importedTemplateOf(settings);
  const events = Object.entries(settings.events ?? {});
  if (!imported && events.length === 0) return null;
  return (
    <Section id="imported" title="From the imported template">
      {imported && (
        <div data-testid="config-imported">
          <p>
            Imported from <b>{imported.fileName ?? 'a template'}</b> (resource <code>{imported.logicalId}</code>).
            The export writes the workflow back into it and keeps its {otherResourceCount(imported)} other resource(s), parameters and outputs.
          </p>
          <button type="button" data-testid="config-imported-forget"
            onClick={() => update('Forget imported template', (s) => withKey(s, IMPORTED_TEMPLATE_KEY, undefined))}>
            Export on its own instead
          </button>
        </div>
      )}
      {events.length > 0 && (
        <div data-testid="config-events">
          <h3>Events</h3>
          <p className="cfg-hint">Event sources that start the workflow; kept and exported as written.</p>
          <ul>
            {events.map(([id, event]) => (
              <li key={id}><code>{id}</code> <span className="cfg-hint">{typeof (event as { Type?: unknown }).Type === 'string' ? (event as { Type: string }).Type : ''}</span></li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
