"use client";

import { useEffect, useRef } from "react";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/sharing/embed-snippet";

/**
 * The body of an embed (/embed/*). It tells the framing page its height whenever it changes
 * (a postMessage the embed snippet's script applies to the iframe), so the frame is as tall
 * as its content: no grey gap under a short view, no scrolling inside a long one. Only the
 * height is posted, which is no secret, so any framing page may read it.
 */
export function EmbedBody({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let posted = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === posted) return;
      posted = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} data-embed className="bg-white p-3 text-sm text-slate-900" data-testid="embed-body">
      {children}
    </div>
  );
}
