/**
 * Whether the review page's single-letter shortcuts are on: a personal setting of this
 * browser (not view state to share), kept in localStorage and on by default.
 */
import { useCallback, useSyncExternalStore } from "react";

const STORAGE_KEY = "tracker.review-shortcuts";
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readPreference(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== "off";
  } catch {
    return true;
  }
}

export function useShortcutPreference(): [boolean, (areOn: boolean) => void] {
  const areOn = useSyncExternalStore(subscribe, readPreference, () => true);
  const setAreOn = useCallback((value: boolean) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, value ? "on" : "off");
    } catch {
      // Storage refused (private mode): the setting lasts for this page only.
    }
    for (const listener of listeners) listener();
  }, []);
  return [areOn, setAreOn];
}
