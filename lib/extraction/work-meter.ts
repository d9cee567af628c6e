/**
 * A count of the characters the text paths read, so tests can prove that the work done on a
 * paste grows linearly with its length (a property of the code, unlike wall time, which a
 * shared machine makes noisy). Each scanner adds what it reads; a regular expression that is
 * only ever run on input of bounded length, or whose every attempt reads a bounded number of
 * characters, adds that bound.
 */
let charactersRead = 0;

export function chargeWork(characters: number): void {
  charactersRead += characters;
}

/** Characters read since the process started; tests compare two readings. */
export function readWorkMeter(): number {
  return charactersRead;
}
