import { useStudio } from '../StudioContext';

/** The workflow's ASL text (the Monaco editor replaces this). */
export default function CodeMode() {
  const text = useStudio((s) => s.text);
  return <pre className="code-text" data-testid="code-text">{text}</pre>;
}
