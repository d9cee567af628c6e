/**
 * The HTML that frames an embed (/embed/...) on another site: what the "Embed" control gives
 * and what oEmbed answers. `height` is the frame's starting height in pixels.
 */
export const EMBED_HEIGHT = 480;

export function embedSnippet(embedUrl: string, height: number = EMBED_HEIGHT): string {
  return `<iframe src="${embedUrl}" width="100%" height="${height}" style="border:0" loading="lazy" title="Security Guarantees Tracker"></iframe>`;
}
