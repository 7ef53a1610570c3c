export function Palette() {
  return <div className="palette" />;
}
