/** The SAM export of the current workflow, recomputed only when the definition or settings change. */
import { useMemo } from 'react';
import { buildSamTemplate, type SamExport } from '../../sam';
import { samOptionsOf } from '../export/importedTemplate';
import { useStudio } from '../StudioContext';

export function useExportPreview(): { built?: SamExport; error?: string } {
  const definition = useStudio((s) => s.definition);
  const settings = useStudio((s) => s.settings);
  return useMemo(() => {
    try {
      return { built: buildSamTemplate(definition, samOptionsOf(settings)) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [definition, settings]);
}
