import { STANCE_INFO, type Stance } from "@/lib/domain/taxonomy";
import { type CountryShape, MAP_HEIGHT, MAP_WIDTH } from "@/lib/maps/world-map";

/**
 * A world map coloured by stance, rendered on the server as plain SVG (no script, no
 * network). Colour is not the only cue: every shape has a title, and the list beside the
 * map gives the same information as text.
 */
export function WorldMap({
  shapes,
  stances,
  names,
  title,
}: {
  shapes: readonly CountryShape[];
  stances: ReadonlyMap<string, Stance>;
  names: ReadonlyMap<string, string>;
  title: string;
}) {
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-labelledby="world-map-title"
      className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50 dark:border-slate-700 dark:bg-slate-900"
      data-testid="world-map"
    >
      <title id="world-map-title">{title}</title>
      {shapes.map((shape) => {
        const stance = stances.get(shape.code);
        return (
          <path
            key={shape.code}
            d={shape.path}
            data-country={shape.code}
            data-stance={stance}
            className={
              stance
                ? "fill-(--stance-bg) stroke-(--stance-border) stroke-[0.6] dark:fill-(--stance-bg-dark) dark:stroke-(--stance-border-dark)"
                : "fill-slate-200 stroke-white stroke-[0.4] dark:fill-slate-700 dark:stroke-slate-900"
            }
          >
            <title>{`${names.get(shape.code) ?? shape.code}: ${stance ? STANCE_INFO[stance].label : "no position"}`}</title>
          </path>
        );
      })}
    </svg>
  );
}
