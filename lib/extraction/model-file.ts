/**
 * Where the trained decision model lives in the repository, and its check on load: a model of
 * another format or version is refused rather than read wrongly.
 */
import { MODEL_FORMAT, MODEL_VERSION, type ExtractionModel } from "./model";

/** Relative to the repository root; `npm run train` writes it. */
export const MODEL_PATH = "lib/extraction/model/extraction-model.json";

export function checkModel(value: unknown): ExtractionModel {
  const model = value as Partial<ExtractionModel> | null;
  if (!model || model.format !== MODEL_FORMAT || model.version !== MODEL_VERSION || !model.detect || !model.stance)
    throw new Error(`${MODEL_PATH}: not a ${MODEL_FORMAT} of version ${MODEL_VERSION}; run npm run train`);
  return model as ExtractionModel;
}
