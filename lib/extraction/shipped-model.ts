/**
 * The decision model the engine ships with, trained by `npm run train` from the development
 * corpus (weights of named features only; no text of any article).
 */
import modelJson from "./model/extraction-model.json";
import { checkModel } from "./model-file";

export const SHIPPED_MODEL = checkModel(modelJson);
