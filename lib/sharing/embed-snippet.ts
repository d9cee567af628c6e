/**
 * The HTML that frames an embed (/embed/...) on another site: what the "Embed" control gives
 * and what oEmbed answers. `height` is the frame's starting height in pixels; the script that
 * follows the iframe sets it to what the embed reports (components/embed-body.tsx posts
 * EMBED_HEIGHT_MESSAGE), taking messages only from the tracker's origin and only for the
 * iframe that sent them.
 */
export const EMBED_HEIGHT = 480;

/** The message an embed posts to the page that frames it, with its height. */
export const EMBED_HEIGHT_MESSAGE = "security-guarantees-tracker:height";

export function embedSnippet(embedUrl: string, height: number = EMBED_HEIGHT): string {
  const origin = new URL(embedUrl).origin;
  const script =
    `addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `for(var f of document.getElementsByTagName("iframe"))if(f.contentWindow===e.source)f.style.height=d.height+"px"})`;
  return `<iframe src="${embedUrl}" width="100%" height="${height}" style="border:0" loading="lazy" title="Security Guarantees Tracker"></iframe>\n<script>${script}</script>`;
}
