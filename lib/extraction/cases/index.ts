import { ACTORS_CASES } from "./actors";
import { ACROSS_SENTENCES_CASES } from "./across-sentences";
import { ACTORS_IN_COPY_CASES } from "./actors-in-copy";
import { AGREEMENTS_CASES } from "./agreements-and-money";
import type { PhenomenonCase } from "./case";
import { TYPES_CASES } from "./commitment-types";
import { GREAT_POWERS_CASES } from "./great-powers-and-talks";
import { LONG_SENTENCE_CASES } from "./long-sentences";
import { COPY_CASES } from "./news-copy";
import { NO_POSITION_CASES } from "./no-position";
import { NOTICED_MISREADS_CASES } from "./noticed-misreads";
import { OFFICIALS_CASES } from "./officials";
import { REGIONAL_PRESS_PHENOMENA_CASES } from "./regional-press-phenomena";
import { STANCE_IDIOMS_CASES } from "./stance-idioms";
import { STANCES_CASES } from "./stances";
import { SUPPORT_IDIOMS_CASES } from "./support-idioms";
import { TYPE_PHRASING_CASES } from "./type-phrasings";
import { WHOLE_ARTICLE_CASES } from "./whole-articles";
import { WHOLE_ARTICLE_AGENCY_CASES } from "./whole-articles-agency";
import { WHOLE_ARTICLE_POWERS_CASES } from "./whole-articles-powers";
import { WHOLE_ARTICLE_TRAPS_CASES } from "./whole-articles-traps";
import { WHOLE_ARTICLE_REGIONAL_CASES } from "./whole-articles-regional";
import { WHOLE_ARTICLE_ROUNDUP_CASES } from "./whole-articles-roundups";
import { SPOKEN_PHENOMENA_CASES, WHOLE_ARTICLE_SPOKEN_CASES } from "./whole-articles-spoken";
import { UKRAINE_SUPPORTS_CASES } from "./ukraine-supports";
import { WEAK_READINGS_CASES } from "./weak-readings";

export { caseIsRead, readCase, type PhenomenonCase } from "./case";

/** Every own-sentence case, by the part of the engine it exercises. */
export const PHENOMENON_CASES: Readonly<Record<string, readonly PhenomenonCase[]>> = {
  "commitment types": TYPES_CASES,
  stances: STANCES_CASES,
  actors: ACTORS_CASES,
  officials: OFFICIALS_CASES,
  "news copy": COPY_CASES,
  "agreements and money": AGREEMENTS_CASES,
  "great powers and talks": GREAT_POWERS_CASES,
  "no position": NO_POSITION_CASES,
  "long sentences": LONG_SENTENCE_CASES,
  "stance idioms": STANCE_IDIOMS_CASES,
  "actors in news copy": ACTORS_IN_COPY_CASES,
  "type phrasings": TYPE_PHRASING_CASES,
  "whole articles": WHOLE_ARTICLE_CASES,
  "whole articles: agencies and smaller countries": WHOLE_ARTICLE_AGENCY_CASES,
  "whole articles: powers, deals and money": WHOLE_ARTICLE_POWERS_CASES,
  "whole articles: traps and distractors": WHOLE_ARTICLE_TRAPS_CASES,
  "whole articles: roundups and live pages": WHOLE_ARTICLE_ROUNDUP_CASES,
  "whole articles: regional and translated press": WHOLE_ARTICLE_REGIONAL_CASES,
  "regional press phenomena": REGIONAL_PRESS_PHENOMENA_CASES,
  "whole articles: spoken registers": WHOLE_ARTICLE_SPOKEN_CASES,
  "spoken registers: answers and labels": SPOKEN_PHENOMENA_CASES,
  "Ukraine's own positions": UKRAINE_SUPPORTS_CASES,
  "across sentences": ACROSS_SENTENCES_CASES,
  "noticed misreads": NOTICED_MISREADS_CASES,
  "support idioms": SUPPORT_IDIOMS_CASES,
  "weak stance and types": WEAK_READINGS_CASES,
};
