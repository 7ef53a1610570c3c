export default function RunMode() {
  return <div className="run-mode" />;
}
