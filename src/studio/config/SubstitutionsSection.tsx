import type { SamExport } from '../../sam';
import { useStudio } from '../StudioContext';
import { Section, TextSetting } from './fields';
import { createdPlaceholders, placeholderRows, type PlaceholderRow } from './placeholders';
import { formatSubstitution, parseSubstitution } from './substitutionValue';
import { useSettings, withKey } from './useSettings';

/** Values of the definition's `${Placeholder}`s, and the placeholders an export would add. */
export function SubstitutionsSection({ built }: { built: SamExport | undefined }) {
  const { settings, update } = useSettings();
  const definition = useStudio((s) => s.definition);
  const rows = placeholderRows(definition, settings);
  const created = built ? createdPlaceholders(built) : [];
  const setValue = (name: string, value: unknown) => update(`Substitution ${name}`, (s) => {
    const next = withKey(s.substitutions ?? {}, name, value);
    return withKey(s, 'substitutions', Object.keys(next).length > 0 ? next : undefined);
  });
  return (
    <Section id="substitutions" title="Definition substitutions" intro={<>
      <code>{'${Name}'}</code> placeholders in the definition are filled in by CloudFormation at deploy time from <code>DefinitionSubstitutions</code>.
      Type a literal (exported as a template parameter with that default), or an intrinsic such as <code>!GetAtt CheckStock.Arn</code> or <code>!Ref OrdersTable</code>.
    </>}>
      {rows.length === 0 ? (
        <p className="cfg-empty" data-testid="config-substitutions-empty">
          The definition has no <code>{'${Placeholders}'}</code> yet. Write one in a field (e.g. <code>{'"FunctionName": "${CheckStockArn}"'}</code>), or let the export create them from concrete ARNs and names (listed below).
        </p>
      ) : (
        <table className="cfg-table" data-testid="config-substitutions">
          <thead><tr><th>Placeholder</th><th>Value</th><th /></tr></thead>
          <tbody>{rows.map((row) => <SubstitutionRow key={row.name} row={row} onChange={(v) => setValue(row.name, v)} />)}</tbody>
        </table>
      )}
      <h3>Created by the export</h3>
      {created.length === 0 ? (
        <p className="cfg-empty" data-testid="config-created-empty">No concrete ARN or resource name left in the definition: the export adds no placeholder.</p>
      ) : (
        <ul className="cfg-created" data-testid="config-created">
          {created.map((p) => (
            <li key={p.name} data-testid={`config-created-${p.name}`}>
              <code>{`\${${p.name}}`}</code> replaces <code className="cfg-literal">{p.literal}</code> <span className="cfg-hint">({p.kind})</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function SubstitutionRow({ row, onChange }: { row: PlaceholderRow; onChange(value: unknown): void }) {
  const text = formatSubstitution(row.value);
  return (
    <tr data-testid={`config-sub-${row.name}`}>
      <td><code>{`\${${row.name}}`}</code></td>
      <td>
        <TextSetting testId={`sub-value-${row.name}`} label={`Value of ${row.name}`} value={text} mono placeholder="required at deploy time"
          validate={(t) => parseSubstitution(t).error}
          onCommit={(t) => onChange(t === undefined ? undefined : parseSubstitution(t).value)} />
      </td>
      <td className="cfg-status">
        {!row.used ? <span className="cfg-badge" data-testid={`config-sub-unused-${row.name}`}>not in the definition</span>
          : !row.hasValue || row.value === undefined ? <span className="cfg-badge warn">parameter without default</span> : null}
        {!row.used && <button type="button" data-testid={`config-sub-remove-${row.name}`} onClick={() => onChange(undefined)}>Remove</button>}
      </td>
    </tr>
  );
}
