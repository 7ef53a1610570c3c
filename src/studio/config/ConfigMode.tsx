/**
 * Config mode: the state machine settings kept with the workflow (name, type, logging, tracing,
 * permissions, tags, alias, substitution values) and the ASL's own top-level fields.
 */
import { CloudFormationNote } from './CloudFormationNote';
import { DefinitionSection } from './DefinitionSection';
import { DetailsSection } from './DetailsSection';
import { ImportedSection } from './ImportedSection';
import { LoggingSection } from './LoggingSection';
import { PermissionsSection } from './PermissionsSection';
import { SubstitutionsSection } from './SubstitutionsSection';
import { TagsSection } from './TagsSection';
import { useExportPreview } from './useExportPreview';
import { VersionsSection } from './VersionsSection';
import './config.css';

const NAV = [
  ['details', 'Details'], ['definition', 'Definition'], ['logging', 'Logging and tracing'], ['permissions', 'Permissions'],
  ['substitutions', 'Substitutions'], ['tags', 'Tags'], ['versions', 'Versions and alias'],
] as const;

export default function ConfigMode() {
  const { built, error } = useExportPreview();
  return (
    <div className="config-mode" data-testid="config-mode">
      <nav className="cfg-nav" aria-label="Settings sections">
        {NAV.map(([id, label]) => <a key={id} href={`#config-${id}`}>{label}</a>)}
      </nav>
      <div className="cfg-content">
        {error && <p className="cfg-warning" role="alert" data-testid="config-export-error">The export preview failed: {error}</p>}
        <CloudFormationNote />
        <ImportedSection />
        <DetailsSection />
        <DefinitionSection />
        <LoggingSection />
        <PermissionsSection built={built} />
        <SubstitutionsSection built={built} />
        <TagsSection />
        <VersionsSection />
      </div>
    </div>
  );
}
