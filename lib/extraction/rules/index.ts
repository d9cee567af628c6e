/**
 * The stages' own rules, one file per rule keyed by its id: the patterns in
 * `rules/<stage>/<name>.ts`, the decisions of the sentence reading in `rules/reading/<name>.ts`.
 */
import type { RegisteredPattern } from "../pattern";
import type { ReadingRule } from "../reading-rule";
import { INTRODUCED_OFFICIAL } from "./actors/introduced-official";
import { APPOSITIVE_OFFICE_AFTER } from "./actors/appositive-office-after";
import { FORMER_BEFORE } from "./actors/former-before";
import { NAME_BEFORE_APPOSITIVE } from "./actors/name-before-appositive";
import { NOT_A_NAME } from "./actors/not-a-name";
import { TITLE_BEFORE_SURNAME } from "./actors/title-before-surname";
import { SURNAME_PARTICLE } from "./actors/surname-particle";
import { COMPOUND_MODIFIER } from "./actors/compound-modifier";
import { PARTY_NAME_AFTER } from "./actors/party-name-after";
import { PARTY_NAME_BEFORE } from "./actors/party-name-before";
import { DEFINITE_PEOPLE } from "./actors/definite-people";
import { INTRODUCED_OFFICIAL_AFTER_COUNTRY } from "./actors/introduced-official-after-country";
import { OFFICE_OF_BEFORE } from "./actors/office-of-before";
import { LETTER_OR_DIGIT_BEFORE } from "./actors/letter-or-digit-before";
import { NAME_START } from "./actors/name-start";
import { CAPITALS_JOINED } from "./actors/capitals-joined";
import { EU_NAMED } from "./actors/eu-named";
import { BYLINE_SEPARATOR } from "./article/byline-separator";
import { CARRIAGE_RETURN } from "./article/carriage-return";
import { COUNT_CHARACTER } from "./article/count-character";
import { COUNTER_WORD } from "./article/counter-word";
import { DATE_KEYWORD_SEPARATOR } from "./article/date-keyword-separator";
import { DATE_KEYWORD } from "./article/date-keyword";
import { DATE_LABEL } from "./article/date-label";
import { DATE_TAIL_CHARACTER } from "./article/date-tail-character";
import { DAY_MONTH_YEAR } from "./article/day-month-year";
import { DOTTED_DATE } from "./article/dotted-date";
import { HEADER_KEY } from "./article/header-key";
import { ISO_DATE } from "./article/iso-date";
import { LINE_TERMINATOR } from "./article/line-terminator";
import { MONTH_DAY_YEAR } from "./article/month-day-year";
import { NAME_CHARACTER } from "./article/name-character";
import { NAVIGATION_SEPARATOR } from "./article/navigation-separator";
import { NAVIGATION_WORD_CHARACTER } from "./article/navigation-word-character";
import { NO_BREAK_SPACE } from "./article/no-break-space";
import { NOISE_LINE } from "./article/noise-line";
import { PUNCTUATION_OR_SYMBOL } from "./article/punctuation-or-symbol";
import { UPPERCASE_LETTER } from "./article/uppercase-letter";
import { VIEWS_WORD } from "./article/views-word";
import { WHITESPACE_CHARACTER } from "./article/whitespace-character";
import { WHITESPACE_RUN } from "./article/whitespace-run";
import { BARE_AND_NEW_SUBJECT } from "./clauses/bare-and-new-subject";
import { CLAUSE_BREAK } from "./clauses/clause-break";
import { FINITE_VERB_BEFORE } from "./clauses/finite-verb-before";
import { FRONTED_ADVERB_ITEM } from "./clauses/fronted-adverb-item";
import { LEADING_CONCESSION } from "./clauses/leading-concession";
import { LIST_ITEM } from "./clauses/list-item";
import { NOT_A_LIST_ITEM } from "./clauses/not-a-list-item";
import { PARENTHETICAL_RELATIVE } from "./clauses/parenthetical-relative";
import { PLEDGE_CONTENT_COLON } from "./clauses/pledge-content-colon";
import { RELATIVE_START } from "./clauses/relative-start";
import { SERIAL_AND } from "./clauses/serial-and";
import { ANYTHING_ANAPHOR } from "./commitments/anything-anaphor";
import { JOINT_STATEMENT_PREAMBLE } from "./subjects/joint-statement-preamble";
import { THE_PARTICIPANTS } from "./subjects/the-participants";
import { ANSWER_PRONOUN } from "./commitments/answer-pronoun";
import { BENEFICIARY_BEFORE } from "./commitments/beneficiary-before";
import { CASUALTY_BEFORE } from "./commitments/casualty-before";
import { STORED_BEFORE } from "./commitments/stored-before";
import { CARRIED_THROUGH_BEFORE } from "./commitments/carried-through-before";
import { TRAINEES_SPECIALITY_BEFORE } from "./commitments/trainees-speciality-before";
import { ARMS_BUYER_BEFORE } from "./commitments/arms-buyer-before";
import { ARMS_BUYER_AFTER } from "./commitments/arms-buyer-after";
import { CAPITALISED_WORD_BEFORE } from "./commitments/capitalised-word-before";
import { ENDS_IN_A_BODY_NOUN } from "./commitments/ends-in-a-body-noun";
import { INSIDE_A_PROPER_NAME } from "./commitments/inside-a-proper-name";
import { TITLE_CASE_WORDS } from "./commitments/title-case-words";
import { PARTICIPATION_WITHOUT_OBJECT } from "./commitments/participation-without-object";
import { THE_MONEY_NAMED_BEFORE } from "./commitments/the-money-named-before";
import { FORCE_NOUN } from "./commitments/force-noun";
import { FOREIGN_FORCE_BEFORE } from "./commitments/foreign-force-before";
import { ARMY_OF_A_NUMBER_BEFORE } from "./commitments/army-of-a-number-before";
import { MONEY_AMOUNT } from "./commitments/money-amount";
import { HELP_AS_THE_PURPOSE_OF_MONEY } from "./commitments/help-as-the-purpose-of-money";
import { OWN_CAPABILITY_BEFORE } from "./commitments/own-capability-before";
import { OWN_CAPABILITY_AFTER } from "./commitments/own-capability-after";
import { FORCE_THAT_NEEDS_A_BACKER } from "./commitments/force-that-needs-a-backer";
import { IN_TRANSIT } from "./commitments/in-transit";
import { OWN_TERRITORY } from "./stance/own-territory";
import { NAMED_OWN_TERRITORY } from "./stance/named-own-territory";
import { UNIT_PLACED_BEFORE_RELATIVE } from "./commitments/unit-placed-before-relative";
import { PLACED_IN } from "./commitments/placed-in";
import { GROWN_OWN_UNIT } from "./commitments/grown-own-unit";
import { PLACE_ABROAD } from "./commitments/place-abroad";
import { SKY_OF_ANOTHER_COUNTRY } from "./commitments/sky-of-another-country";
import { WEAPONS_PLACED_IN } from "./commitments/weapons-placed-in";
import { JETS_FLYING_THE_MISSION } from "./commitments/jets-flying-the-mission";
import { PLANS_FOR_BEFORE } from "./commitments/plans-for-before";
import { TROOPS_HELPED } from "./commitments/troops-helped";
import { SUPPORT_DECLARED_BEFORE } from "./commitments/support-declared-before";
import { PAID_TROOPS_AFTER } from "./commitments/paid-troops-after";
import { SENTENCE_BREAK_BETWEEN } from "./commitments/sentence-break-between";
import { TRAINEES_BEFORE } from "./commitments/trainees-before";
import { OWN_TRAINEES } from "./commitments/own-trainees";
import { CLOSING_QUOTE } from "./conditions/closing-quote";
import { EVERYONE_SAYS_IT_DEPENDS } from "./conditions/everyone-says-it-depends";
import { COMMA_THEN_MORE } from "./conditions/comma-then-more";
import { CONDITION_TRAILING_PUNCTUATION } from "./conditions/condition-trailing-punctuation";
import { OFFER_DEPENDS_HINT } from "./conditions/offer-depends-hint";
import { OFFER_DEPENDS } from "./conditions/offer-depends";
import { OFFER_NAMED_JUST_BEFORE } from "./conditions/offer-named-just-before";
import { OWN_PART_ONLY_IF } from "./conditions/own-part-only-if";
import { OWN_PART_SUBJECT_GAP } from "./conditions/own-part-subject-gap";
import { FRAME_BLANKED_BEFORE } from "./conditions/frame-blanked-before";
import { OPENING_QUOTE } from "./conditions/opening-quote";
import { OPENS_WITH_SUBORDINATE } from "./conditions/opens-with-subordinate";
import { OWNER_BEFORE } from "./conditions/owner-before";
import { SENTENCE_TRAILING_PUNCTUATION } from "./conditions/sentence-trailing-punctuation";
import { STRONG_CUE } from "./confidence/strong-cue";
import { WEAK_CUE } from "./confidence/weak-cue";
import { BARE_WEEKDAY } from "./dates/bare-weekday";
import { DATE_HINT } from "./dates/date-hint";
import { DAY_MONTH } from "./dates/day-month";
import { IN_MONTH_SAID } from "./dates/in-month-said";
import { ISO_DATE_ONLY } from "./dates/iso-date-only";
import { MONTH_DAY } from "./dates/month-day";
import { ON_WEEKDAY } from "./dates/on-weekday";
import { SAID_IN_MONTH } from "./dates/said-in-month";
import { AND_THEN } from "./engine/and-then";
import { BY_MEANS } from "./engine/by-means";
import { DOUBT_WORD } from "./engine/doubt-word";
import { WITH_MEANS } from "./engine/with-means";
import { COLON_MEANS } from "./engine/colon-means";
import { AGENT_WITH_CLAUSE } from "./engine/agent-with-clause";
import { CLAUSE_IN_THE_PAST } from "./engine/clause-in-the-past";
import { CONDITION_HINT } from "./engine/condition-hint";
import { DELIBERATION } from "./engine/deliberation";
import { ELABORATION } from "./engine/elaboration";
import { HELP_COMES_AFTER } from "./engine/help-comes-after";
import { MEETING_JOIN } from "./engine/meeting-join";
import { FRONTED_ADVERBIAL } from "./engine/fronted-adverbial";
import { PEOPLE_AS_SUBJECT } from "./engine/people-as-subject";
import { OFFICE_OPENS_SENTENCE } from "./engine/office-opens-sentence";
import { NOT_A_VERB } from "./engine/not-a-verb";
import { OPENING_GROUP_JOIN } from "./engine/opening-group-join";
import { ORGANISATION_AS_MODIFIER_OPENING } from "./engine/organisation-as-modifier-opening";
import { PUNCTUATION_BEFORE_SUBJECT } from "./engine/punctuation-before-subject";
import { TALK_BETWEEN } from "./engine/talk-between";
import { NEED_WORD } from "./engine/need-word";
import { APPOSITIVE_MEASURE_STANCE } from "./engine/appositive-measure-stance";
import { WELCOMED_OFFER } from "./engine/welcomed-offer";
import { LIST_JOINT } from "./engine/list-joint";
import { LEAD_IN_END } from "./engine/lead-in-end";
import { LIST_ITEM_END } from "./engine/list-item-end";
import { WOULD } from "./engine/would";
import { RESPECTIVELY } from "./engine/respectively";
import { CLOSING_PUNCTUATION } from "./furniture/closing-punctuation";
import { NEWS_HEADING } from "./furniture/news-heading";
import { TRAILING_COLON } from "./furniture/trailing-colon";
import { TRAILING_QUESTION_MARK } from "./furniture/trailing-question-mark";
import { NOT_THE_STORY } from "./furniture/not-the-story";
import { OUTLETS_OWN_ANALYSIS } from "./furniture/outlets-own-analysis";
import { TIMESTAMP } from "./furniture/timestamp";
import { LIST_ITEM_FRAGMENT } from "./furniture/list-item-fragment";
import { COUNTRY_LABEL } from "./furniture/country-label";
import { LABEL_VERB } from "./furniture/label-verb";
import { LABEL_PREDICATE } from "./furniture/label-predicate";
import { INTERVIEW_QUESTION } from "./furniture/interview-question";
import { INTERVIEW_ANSWER } from "./furniture/interview-answer";
import { SPEAKER_LABEL } from "./furniture/speaker-label";
import { REPORT_HINT } from "./mask/report-hint";
import { PAUSE_ELLIPSIS } from "./mask/pause-ellipsis";
import { BARE_LIST_NUMBER } from "./sentences/bare-list-number";
import { CLOSING_QUOTE_ALONE } from "./sentences/closing-quote-alone";
import { LETTER_OR_DIGIT } from "./sentences/letter-or-digit";
import { LIST_MARKER } from "./sentences/list-marker";
import { ADDING_AFTER_SAY } from "./speaker/adding-after-say";
import { CLAUSE_BEFORE_THAT } from "./speaker/clause-before-that";
import { ADDRESSEE_BEFORE } from "./speaker/addressee-before";
import { CLOSING_QUOTE_MARK } from "./speaker/closing-quote-mark";
import { COMMA_OR_AND } from "./speaker/comma-or-and";
import { COORDINATED_PREDICATE_BEFORE } from "./speaker/coordinated-predicate-before";
import { FORMER } from "./speaker/former";
import { HIS_OR_HER } from "./speaker/his-or-her";
import { LEAD_PREFIX_GUARD } from "./speaker/lead-prefix-guard";
import { LEADING_SUBORDINATE } from "./speaker/leading-subordinate";
import { NON_GOVERNMENT_REPORTER } from "./speaker/non-government-reporter";
import { LEGISLATOR_REPORTER } from "./speaker/legislator-reporter";
import { INVERTED_FRAME_TAIL } from "./speaker/inverted-frame-tail";
import { PARTY_POLITICIAN_REPORTER } from "./speaker/party-politician-reporter";
import { OF_BEFORE } from "./speaker/of-before";
import { OPENING_QUOTE_START } from "./speaker/opening-quote-start";
import { REOPENED_QUOTE } from "./speaker/reopened-quote";
import { PARTICIPLE_AFTER_FRAME } from "./speaker/participle-after-frame";
import { CLAUSE_AFTER_FRAME } from "./speaker/clause-after-frame";
import { PARENTHETICAL_FRAME } from "./speaker/parenthetical-frame";
import { COLON_FRAME } from "./speaker/colon-frame";
import { APPOSITIVE_REPORTER_BEFORE } from "./speaker/appositive-reporter-before";
import { NATIONALITY_LIST_BEFORE } from "./speaker/nationality-list-before";
import { FRONTED_OCCASION } from "./speaker/fronted-occasion";
import { POLL_SENTENCE } from "./speaker/poll-sentence";
import { POLL_SET_ASIDE } from "./speaker/poll-set-aside";
import { ADDRESSEE_LIST_BEFORE } from "./speaker/addressee-list-before";
import { RUSSIAN_STATE_CLAIM } from "./speaker/russian-state-claim";
import { FRONTED_CONCESSION } from "./subjects/fronted-concession";
import { PLURAL_OFFICE_AFTER } from "./speaker/plural-office-after";
import { QUOTED } from "./speaker/quoted";
import { REPORTER_JOIN } from "./speaker/reporter-join";
import { ROLE_WORD_HINT } from "./speaker/role-word-hint";
import { SAY_HINT } from "./speaker/say-hint";
import { SUBORDINATE_BEFORE } from "./speaker/subordinate-before";
import { TRAILING_FRAME_TAIL_VERB } from "./speaker/trailing-frame-tail-verb";
import { TRAILING_FRAME_TAIL } from "./speaker/trailing-frame-tail";
import { WHITESPACE } from "./speaker/whitespace";
import { ALSO_VERB } from "./stance/also-verb";
import { ENDORSEMENT_ENDS } from "./stance/endorsement-ends";
import { COLON_OBJECT_CUE } from "./stance/colon-object-cue";
import { COPULA_BEFORE_PREDICATE } from "./stance/copula-before-predicate";
import { OWN_TROOPS_BEFORE } from "./stance/own-troops-before";
import { ENDORSEMENT } from "./stance/endorsement";
import { FOREIGN_TROOPS_BEFORE } from "./stance/foreign-troops-before";
import { FOREIGN_TROOPS_AFTER } from "./stance/foreign-troops-after";
import { ORGANISATION_OWN_TROOPS } from "./stance/organisation-own-troops";
import { GERUND_ITEM } from "./stance/gerund-item";
import { WITH_ABSOLUTE_CLAUSE } from "./stance/with-absolute-clause";
import { MEANS_CLAUSE } from "./stance/means-clause";
import { COLON_ELABORATION } from "./stance/colon-elaboration";
import { META_AFTER } from "./stance/meta-after";
import { NEGATED_BEFORE } from "./stance/negated-before";
import { NEGATED_SUBJECT } from "./stance/negated-subject";
import { NOT_BEFORE } from "./stance/not-before";
import { NOT_ONLY_BEFORE } from "./stance/not-only-before";
import { NOT_YET_BEFORE } from "./stance/not-yet-before";
import { OTHER_AGENT } from "./stance/other-agent";
import { OWN_PLEDGE } from "./stance/own-pledge";
import { OWN_SENDING_BEFORE } from "./stance/own-sending-before";
import { OWNER_PRONOUN_BEFORE } from "./stance/owner-pronoun-before";
import { ROLE_LIMIT } from "./stance/role-limit";
import { AGREEMENT_NOUN } from "./subjects/agreement-noun";
import { MEASURE_JUST_NAMED } from "./subjects/measure-just-named";
import { OFFICE_AFTER_ADJECTIVE } from "./subjects/office-after-adjective";
import { PRONOUN_OPENS_CLAUSE } from "./subjects/pronoun-opens-clause";
import { SECOND_PERSON } from "./subjects/second-person";
import { FORMER_OFFICIAL_SUBJECT } from "./subjects/former-official-subject";
import { BARE_COMMA } from "./subjects/bare-comma";
import { MONEY_AS_SUBJECT } from "./subjects/money-as-subject";
import { SUBORDINATE_CLAUSE_SUBJECT } from "./subjects/subordinate-clause-subject";
import { SUBORDINATE_SUBJECT_JOIN } from "./subjects/subordinate-subject-join";
import { DELIVERY_UNDER_WAY } from "./subjects/delivery-under-way";
import { PASSIVE_DELIVERY_AFTER_MODAL } from "./subjects/passive-delivery-after-modal";
import { DONORS_OF_A_GIFT } from "./subjects/donors-of-a-gift";
import { BRACKETED_ASIDE } from "./subjects/bracketed-aside";
import { COORDINATED_SUBJECT_GAP } from "./subjects/coordinated-subject-gap";
import { COUNTRY_PRONOUN } from "./subjects/country-pronoun";
import { DONOR_JOIN } from "./subjects/donor-join";
import { EMPTY_SUBJECT_WORD } from "./subjects/empty-subject-word";
import { EXPLETIVE_IT } from "./subjects/expletive-it";
import { FIRST_PREPOSITION } from "./subjects/first-preposition";
import { OFFICE_IN_CAPITAL } from "./subjects/office-in-capital";
import { GROUP_AS_SUBJECT } from "./subjects/group-as-subject";
import { IT_TO_END } from "./subjects/it-to-end";
import { LIST_BREAK } from "./subjects/list-break";
import { GERUND_SUBJECT_AFTER } from "./subjects/gerund-subject-after";
import { LIST_GAP } from "./subjects/list-gap";
import { LIST_ITEM_GAP } from "./subjects/list-item-gap";
import { OFFICE_LIST_GAP } from "./subjects/office-list-gap";
import { OFFICIAL_LIST_GAP } from "./subjects/official-list-gap";
import { LIST_GOES_ON } from "./subjects/list-goes-on";
import { LIST_OPENER } from "./subjects/list-opener";
import { MODIFIER_OF_GROUP } from "./subjects/modifier-of-group";
import { LEADERS_OF_A_BLOC } from "./subjects/leaders-of-a-bloc";
import { PREDICATE_NOMINAL } from "./subjects/predicate-nominal";
import { OBJECT_VERB_BEFORE } from "./subjects/object-verb-before";
import { OFFICE_BETWEEN } from "./subjects/office-between";
import { ORGANISATION_AS_MODIFIER } from "./subjects/organisation-as-modifier";
import { QUANTITY_OF_A_GROUP } from "./subjects/quantity-of-a-group";
import { THANKED_FOR } from "./subjects/thanked-for";
import { COORDINATOR } from "./subjects/coordinator";
import { PART_AFTER } from "./subjects/part-after";
import { OWN_MEANS_AFTER } from "./subjects/own-means-after";
import { ATTRIBUTIVE_ACRONYM } from "./subjects/attributive-acronym";
import { PASSIVE_AGENT } from "./subjects/passive-agent";
import { BLOCKED_BY_AGENT } from "./subjects/blocked-by-agent";
import { POSSESSIVE_END } from "./subjects/possessive-end";
import { POSSESSIVE_S } from "./subjects/possessive-s";
import { POSSESSIVE_START } from "./subjects/possessive-start";
import { POSSESSIVE_WORD } from "./subjects/possessive-word";
import { PROPOSAL_AFTER } from "./subjects/proposal-after";
import { MEASURE_NOUN_AFTER_OWNER } from "./subjects/measure-noun-after-owner";
import { MEASURE_NOUN_BEFORE_OWNER } from "./subjects/measure-noun-before-owner";
import { MEASURE_REACHES_TYPE } from "./subjects/measure-reaches-type";
import { PROPOSED_MEASURE } from "./stance/proposed-measure";
import { RECEIPT } from "./subjects/receipt";
import { RELATIVE_FRAME } from "./subjects/relative-frame";
import { TRAINED_IN } from "./subjects/trained-in";
import { NON_WORD_RUN } from "./text/non-word-run";
import { WORD } from "./text/word";
import { ABSTRACT_SUBJECT_IS_A_VIEW } from "./reading/abstract-subject-is-a-view";
import { COMMITMENT_OF_ANOTHER_AGENT } from "./reading/commitment-of-another-agent";
import { CONDITIONAL_PLEDGE_WITHOUT_TYPE } from "./reading/conditional-pledge-without-type";
import { ELABORATION_KEEPS_CONDITION } from "./reading/elaboration-keeps-condition";
import { CONDITION_STATED_FIRST } from "./reading/condition-stated-first";
import { HEDGE_ABOUT_ANOTHER_COUNTRY } from "./reading/hedge-about-another-country";
import { ALLEGATION_ABOUT_ANOTHER_COUNTRY } from "./reading/allegation-about-another-country";
import { ALLEGATION_VERB } from "./speaker/allegation-verb";
import { CALL_ON_ANOTHER_COUNTRY } from "./reading/call-on-another-country";
import { CALL_ON_A_GROUP } from "./reading/call-on-a-group";
import { DEONTIC_CUE } from "./stance/deontic-cue";
import { MEASURE_UNDER_DELIBERATION } from "./reading/measure-under-deliberation";
import { REFUSAL_TO_TALK } from "./reading/refusal-to-talk";
import { DOUBT_ABOUT_ITS_OWN_PART } from "./reading/doubt-about-its-own-part";
import { WHAT_UKRAINE_NEEDS_IS_THE_SPEAKERS_VIEW } from "./reading/what-ukraine-needs-is-the-speakers-view";
import { US_NAMED_IN_THE_BACKSTOP } from "./reading/us-named-in-the-backstop";
import { RESPECTIVELY_PAIRS_IN_ORDER } from "./reading/respectively-pairs-in-order";

export const REGISTERED_RULES: readonly RegisteredPattern[] = [
  INTRODUCED_OFFICIAL,
  APPOSITIVE_OFFICE_AFTER,
  FORMER_BEFORE,
  NAME_BEFORE_APPOSITIVE,
  NOT_A_NAME,
  TITLE_BEFORE_SURNAME,
  SURNAME_PARTICLE,
  COMPOUND_MODIFIER,
  PARTY_NAME_BEFORE,
  PARTY_NAME_AFTER,
  DEFINITE_PEOPLE,
  INTRODUCED_OFFICIAL_AFTER_COUNTRY,
  OFFICE_OF_BEFORE,
  LETTER_OR_DIGIT_BEFORE,
  NAME_START,
  CAPITALS_JOINED,
  EU_NAMED,
  BYLINE_SEPARATOR,
  CARRIAGE_RETURN,
  COUNT_CHARACTER,
  COUNTER_WORD,
  DATE_KEYWORD_SEPARATOR,
  DATE_KEYWORD,
  DATE_LABEL,
  DATE_TAIL_CHARACTER,
  DAY_MONTH_YEAR,
  DOTTED_DATE,
  HEADER_KEY,
  ISO_DATE,
  LINE_TERMINATOR,
  MONTH_DAY_YEAR,
  NAME_CHARACTER,
  NAVIGATION_SEPARATOR,
  NAVIGATION_WORD_CHARACTER,
  NO_BREAK_SPACE,
  NOISE_LINE,
  PUNCTUATION_OR_SYMBOL,
  UPPERCASE_LETTER,
  VIEWS_WORD,
  WHITESPACE_CHARACTER,
  WHITESPACE_RUN,
  CLAUSE_BREAK,
  BARE_AND_NEW_SUBJECT,
  FINITE_VERB_BEFORE,
  FRONTED_ADVERB_ITEM,
  LEADING_CONCESSION,
  LIST_ITEM,
  NOT_A_LIST_ITEM,
  PARENTHETICAL_RELATIVE,
  PLEDGE_CONTENT_COLON,
  RELATIVE_START,
  SERIAL_AND,
  ANYTHING_ANAPHOR,
  JOINT_STATEMENT_PREAMBLE,
  THE_PARTICIPANTS,
  ANSWER_PRONOUN,
  BENEFICIARY_BEFORE,
  CASUALTY_BEFORE,
  STORED_BEFORE,
  CARRIED_THROUGH_BEFORE,
  TRAINEES_SPECIALITY_BEFORE,
  ARMS_BUYER_BEFORE,
  ARMS_BUYER_AFTER,
  INSIDE_A_PROPER_NAME,
  TITLE_CASE_WORDS,
  CAPITALISED_WORD_BEFORE,
  ENDS_IN_A_BODY_NOUN,
  PARTICIPATION_WITHOUT_OBJECT,
  THE_MONEY_NAMED_BEFORE,
  FORCE_NOUN,
  FOREIGN_FORCE_BEFORE,
  ARMY_OF_A_NUMBER_BEFORE,
  MONEY_AMOUNT,
  HELP_AS_THE_PURPOSE_OF_MONEY,
  OWN_CAPABILITY_BEFORE,
  OWN_CAPABILITY_AFTER,
  FORCE_THAT_NEEDS_A_BACKER,
  IN_TRANSIT,
  OWN_TERRITORY,
  NAMED_OWN_TERRITORY,
  PLACED_IN,
  GROWN_OWN_UNIT,
  PLACE_ABROAD,
  SKY_OF_ANOTHER_COUNTRY,
  WEAPONS_PLACED_IN,
  JETS_FLYING_THE_MISSION,
  UNIT_PLACED_BEFORE_RELATIVE,
  PLANS_FOR_BEFORE,
  TROOPS_HELPED,
  SUPPORT_DECLARED_BEFORE,
  PAID_TROOPS_AFTER,
  SENTENCE_BREAK_BETWEEN,
  TRAINEES_BEFORE,
  OWN_TRAINEES,
  CLOSING_QUOTE,
  EVERYONE_SAYS_IT_DEPENDS,
  COMMA_THEN_MORE,
  CONDITION_TRAILING_PUNCTUATION,
  OFFER_DEPENDS_HINT,
  OFFER_DEPENDS,
  OFFER_NAMED_JUST_BEFORE,
  OWN_PART_ONLY_IF,
  OWN_PART_SUBJECT_GAP,
  FRAME_BLANKED_BEFORE,
  OPENING_QUOTE,
  OPENS_WITH_SUBORDINATE,
  OWNER_BEFORE,
  SENTENCE_TRAILING_PUNCTUATION,
  STRONG_CUE,
  WEAK_CUE,
  BARE_WEEKDAY,
  DATE_HINT,
  DAY_MONTH,
  IN_MONTH_SAID,
  ISO_DATE_ONLY,
  MONTH_DAY,
  ON_WEEKDAY,
  SAID_IN_MONTH,
  AND_THEN,
  BY_MEANS,
  DOUBT_WORD,
  WITH_MEANS,
  COLON_MEANS,
  AGENT_WITH_CLAUSE,
  CLAUSE_IN_THE_PAST,
  CONDITION_HINT,
  DELIBERATION,
  ELABORATION,
  HELP_COMES_AFTER,
  MEETING_JOIN,
  FRONTED_ADVERBIAL,
  PEOPLE_AS_SUBJECT,
  OFFICE_OPENS_SENTENCE,
  NOT_A_VERB,
  OPENING_GROUP_JOIN,
  ORGANISATION_AS_MODIFIER_OPENING,
  PUNCTUATION_BEFORE_SUBJECT,
  TALK_BETWEEN,
  NEED_WORD,
  APPOSITIVE_MEASURE_STANCE,
  WELCOMED_OFFER,
  LIST_JOINT,
  LEAD_IN_END,
  LIST_ITEM_END,
  WOULD,
  RESPECTIVELY,
  CLOSING_PUNCTUATION,
  NEWS_HEADING,
  TRAILING_COLON,
  TRAILING_QUESTION_MARK,
  NOT_THE_STORY,
  OUTLETS_OWN_ANALYSIS,
  TIMESTAMP,
  LIST_ITEM_FRAGMENT,
  COUNTRY_LABEL,
  LABEL_VERB,
  LABEL_PREDICATE,
  INTERVIEW_QUESTION,
  INTERVIEW_ANSWER,
  SPEAKER_LABEL,
  REPORT_HINT,
  PAUSE_ELLIPSIS,
  BARE_LIST_NUMBER,
  CLOSING_QUOTE_ALONE,
  LETTER_OR_DIGIT,
  LIST_MARKER,
  ADDING_AFTER_SAY,
  CLAUSE_BEFORE_THAT,
  ADDRESSEE_BEFORE,
  CLOSING_QUOTE_MARK,
  COMMA_OR_AND,
  COORDINATED_PREDICATE_BEFORE,
  FORMER,
  HIS_OR_HER,
  LEAD_PREFIX_GUARD,
  LEADING_SUBORDINATE,
  NON_GOVERNMENT_REPORTER,
  LEGISLATOR_REPORTER,
  INVERTED_FRAME_TAIL,
  PARTY_POLITICIAN_REPORTER,
  OF_BEFORE,
  OPENING_QUOTE_START,
  REOPENED_QUOTE,
  PARTICIPLE_AFTER_FRAME,
  CLAUSE_AFTER_FRAME,
  PARENTHETICAL_FRAME,
  COLON_FRAME,
  APPOSITIVE_REPORTER_BEFORE,
  NATIONALITY_LIST_BEFORE,
  FRONTED_OCCASION,
  PLURAL_OFFICE_AFTER,
  POLL_SENTENCE,
  POLL_SET_ASIDE,
  ADDRESSEE_LIST_BEFORE,
  RUSSIAN_STATE_CLAIM,
  FRONTED_CONCESSION,
  QUOTED,
  REPORTER_JOIN,
  ROLE_WORD_HINT,
  SAY_HINT,
  SUBORDINATE_BEFORE,
  TRAILING_FRAME_TAIL_VERB,
  TRAILING_FRAME_TAIL,
  WHITESPACE,
  ALSO_VERB,
  ENDORSEMENT_ENDS,
  COLON_OBJECT_CUE,
  COPULA_BEFORE_PREDICATE,
  OWN_TROOPS_BEFORE,
  ENDORSEMENT,
  FOREIGN_TROOPS_BEFORE,
  FOREIGN_TROOPS_AFTER,
  ORGANISATION_OWN_TROOPS,
  GERUND_ITEM,
  MEANS_CLAUSE,
  WITH_ABSOLUTE_CLAUSE,
  COLON_ELABORATION,
  META_AFTER,
  NEGATED_BEFORE,
  NEGATED_SUBJECT,
  NOT_BEFORE,
  NOT_ONLY_BEFORE,
  NOT_YET_BEFORE,
  OTHER_AGENT,
  OWN_PLEDGE,
  OWN_SENDING_BEFORE,
  OWNER_PRONOUN_BEFORE,
  ROLE_LIMIT,
  AGREEMENT_NOUN,
  MEASURE_JUST_NAMED,
  OFFICE_AFTER_ADJECTIVE,
  PRONOUN_OPENS_CLAUSE,
  SECOND_PERSON,
  FORMER_OFFICIAL_SUBJECT,
  BARE_COMMA,
  MONEY_AS_SUBJECT,
  SUBORDINATE_CLAUSE_SUBJECT,
  SUBORDINATE_SUBJECT_JOIN,
  DELIVERY_UNDER_WAY,
  PASSIVE_DELIVERY_AFTER_MODAL,
  DONORS_OF_A_GIFT,
  BRACKETED_ASIDE,
  COORDINATED_SUBJECT_GAP,
  COUNTRY_PRONOUN,
  DONOR_JOIN,
  EMPTY_SUBJECT_WORD,
  EXPLETIVE_IT,
  FIRST_PREPOSITION,
  OFFICE_IN_CAPITAL,
  GROUP_AS_SUBJECT,
  IT_TO_END,
  LIST_BREAK,
  GERUND_SUBJECT_AFTER,
  LIST_GAP,
  LIST_ITEM_GAP,
  OFFICE_LIST_GAP,
  OFFICIAL_LIST_GAP,
  LIST_GOES_ON,
  LIST_OPENER,
  MODIFIER_OF_GROUP,
  LEADERS_OF_A_BLOC,
  PREDICATE_NOMINAL,
  OBJECT_VERB_BEFORE,
  OFFICE_BETWEEN,
  ORGANISATION_AS_MODIFIER,
  QUANTITY_OF_A_GROUP,
  THANKED_FOR,
  COORDINATOR,
  PART_AFTER,
  OWN_MEANS_AFTER,
  ATTRIBUTIVE_ACRONYM,
  PASSIVE_AGENT,
  BLOCKED_BY_AGENT,
  POSSESSIVE_END,
  POSSESSIVE_S,
  POSSESSIVE_START,
  POSSESSIVE_WORD,
  PROPOSAL_AFTER,
  MEASURE_NOUN_AFTER_OWNER,
  MEASURE_NOUN_BEFORE_OWNER,
  MEASURE_REACHES_TYPE,
  PROPOSED_MEASURE,
  RECEIPT,
  RELATIVE_FRAME,
  TRAINED_IN,
  NON_WORD_RUN,
  WORD,
  ALLEGATION_VERB,
  DEONTIC_CUE,
];

/** The rules of the sentence reading (engine.ts `readSentence`), each a decision with its cases. */
export const REGISTERED_READING_RULES: readonly ReadingRule<never, unknown>[] = [
  ABSTRACT_SUBJECT_IS_A_VIEW,
  COMMITMENT_OF_ANOTHER_AGENT,
  CONDITIONAL_PLEDGE_WITHOUT_TYPE,
  ELABORATION_KEEPS_CONDITION,
  CONDITION_STATED_FIRST,
  HEDGE_ABOUT_ANOTHER_COUNTRY,
  ALLEGATION_ABOUT_ANOTHER_COUNTRY,
  CALL_ON_ANOTHER_COUNTRY,
  CALL_ON_A_GROUP,
  MEASURE_UNDER_DELIBERATION,
  REFUSAL_TO_TALK,
  DOUBT_ABOUT_ITS_OWN_PART,
  WHAT_UKRAINE_NEEDS_IS_THE_SPEAKERS_VIEW,
  US_NAMED_IN_THE_BACKSTOP,
  RESPECTIVELY_PAIRS_IN_ORDER,
];
