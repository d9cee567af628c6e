import type { Metadata } from "next";
import { oembedDiscoveryUrl } from "./oembed";
import { PREVIEW_SIZE } from "./preview-size";
import { absoluteUrl } from "./site-url";

/**
 * The metadata every shareable page gives: a title and description that say what the view
 * shows and as of when, its canonical URL, a preview card (drawn by the /og routes from
 * the same query functions as the page, so the card and the page never disagree), its feeds
 * and, for a view with an embed, its oEmbed discovery link.
 */
export function shareMetadata(input: {
  title: string;
  description: string;
  canonical: string;
  image: string;
  imageAlt: string;
  feeds?: { url: string; title: string }[];
  /** The view has an embed: announce its oEmbed answer (lib/sharing/oembed.ts). */
  oembed?: boolean;
}): Metadata {
  const image = { url: input.image, ...PREVIEW_SIZE, alt: input.imageAlt };
  const types = {
    ...(input.feeds ? { "application/atom+xml": input.feeds } : {}),
    ...(input.oembed
      ? { "application/json+oembed": [{ url: oembedDiscoveryUrl(absoluteUrl(input.canonical)), title: input.title }] }
      : {}),
  };
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: input.canonical,
      ...(Object.keys(types).length > 0 ? { types } : {}),
    },
    openGraph: {
      title: input.title,
      description: input.description,
      url: input.canonical,
      siteName: "Security Guarantees Tracker",
      type: "website",
      images: [image],
    },
    twitter: { card: "summary_large_image", title: input.title, description: input.description, images: [image] },
  };
}
