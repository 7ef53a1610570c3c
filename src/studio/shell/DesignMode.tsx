import { Palette } from '../palette/Palette';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';

/** Design mode: states browser | canvas | inspector, like Workflow Studio. */
export function DesignMode() {
  return (
    <div className="design-mode">
      <aside className="panel panel-left" aria-label="States browser"><Palette /></aside>
      <section className="panel panel-center" aria-label="Canvas"><Canvas mode="design" /></section>
      <aside className="panel panel-right" aria-label="Inspector"><Inspector /></aside>
    </div>
  );
}
