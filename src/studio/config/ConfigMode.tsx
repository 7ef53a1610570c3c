import { useStudio } from '../StudioContext';

export default function ConfigMode() {
  const settings = useStudio((s) => s.settings);
  return <pre className="config-json">{JSON.stringify(settings, null, 2)}</pre>;
}
