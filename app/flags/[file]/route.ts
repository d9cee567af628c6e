import * as Flags from "country-flag-icons/string/3x2";

type FlagCode = keyof typeof Flags;

function isFlagCode(code: string): code is FlagCode {
  return Object.hasOwn(Flags, code);
}

/**
 * `/flags/fr.svg`: a country's (or the EU's) flag. Pages show flags as images rather than
 * inline SVG: a list of 250 countries would otherwise carry every flag's paths twice (HTML
 * and the RSC payload), and the browser keeps a file for a day.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const code = file.replace(/\.svg$/, "").toUpperCase();
  if (!file.endsWith(".svg") || !isFlagCode(code)) return new Response("Not found", { status: 404 });
  return new Response(Flags[code], {
    headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" },
  });
}
