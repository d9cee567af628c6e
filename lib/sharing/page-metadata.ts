import type { Metadata } from "next";
import { PREVIEW_SIZE } from "./preview-size";

/**
 * The metadata every shareable page gives: a title and description that say what the view
 * shows and as of when, its canonical URL, and a preview card (drawn by the /og routes from
 * the same query functions as the page, so the card and the page never disagree).
 */
export function shareMetadata(input: {
  title: string;
  description: string;
  canonical: string;
  image: string;
  imageAlt: string;
  feeds?: { url: string; title: string }[];
}): Metadata {
  const image = { url: input.image, ...PREVIEW_SIZE, alt: input.imageAlt };
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: input.canonical,
      ...(input.feeds ? { types: { "application/atom+xml": input.feeds } } : {}),
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
