/** Share: a link carrying the workflow in the URL fragment; opening it makes a new copy. */
import { useMemo, useState } from 'react';
import { useStudio } from '../StudioContext';
import { createShareUrl } from '../../workspace/shareUrl';
import { Dialog } from './Dialog';
import { withoutImportedTemplate } from '../export/importedTemplate';
import { useWorkspace } from './WorkspaceContext';
import { readRunData, sharedRunData } from '../../run/runData';

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const text = useStudio((s) => s.text);
  const settings = useStudio((s) => s.settings);
  const [copied, setCopied] = useState(false);
  const workspace = useWorkspace();
  // The workflow's mocks, input and mock policy travel with it (not breakpoints or limits).
  const [run] = useState(() => sharedRunData(readRunData(workspace?.currentRunData())));
  // The imported SAM template can be large and is not part of the workflow: links leave it out.
  const result = useMemo(() => createShareUrl(window.location.href.split(/[?#]/)[0] ?? '', {
    v: 1, text, settings: withoutImportedTemplate(settings), ...(settings.name ? { name: settings.name } : {}), ...(run ? { run } : {}),
  }), [text, settings, run]);
  return (
    <Dialog title="Share a link" onClose={onClose} testId="share">
      {result.ok ? (
        <>
          <p>Anyone opening this link gets their own copy of the workflow{run ? ', with its mocks and run input' : ''}. The workflow travels inside the link; no server sees it.</p>
          <textarea readOnly className="share-url" data-testid="share-url" aria-label="Share link" value={result.url} rows={4} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="primary" data-testid="share-copy"
            onClick={() => void navigator.clipboard?.writeText(result.url).then(() => setCopied(true), () => setCopied(false))}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <span className="muted"> {result.length.toLocaleString('en-US')} characters</span>
        </>
      ) : (
        <p className="error" role="alert" data-testid="share-error">{result.reason}</p>
      )}
    </Dialog>
  );
}
