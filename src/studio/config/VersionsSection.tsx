import { Section, TextSetting } from './fields';
import { useSettings, withKey } from './useSettings';
import { aliasProblem } from './validation';

/** SAM `AutoPublishAlias`: publish a version on every deploy and point an alias at it. */
export function VersionsSection() {
  const { settings, update } = useSettings();
  return (
    <Section id="versions" title="Versions and alias" intro="With an alias, every deploy that changes the state machine publishes a new version and moves the alias to it.">
      <TextSetting testId="alias" label="Auto-publish alias (AutoPublishAlias)" value={settings.autoPublishAlias} placeholder="live"
        validate={aliasProblem} hint="Leave empty to deploy without versions. Callers can start executions through the alias ARN."
        onCommit={(alias) => update(alias ? `Auto-publish alias ${alias}` : 'No auto-publish alias', (s) => withKey(s, 'autoPublishAlias', alias))} />
    </Section>
  );
}
