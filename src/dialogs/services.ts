// What the dialogs need from the layers below, as small interfaces (implemented in src/app.ts).
import type { IntakeAnswers } from './intakeAnswers';
import type { OutgoingMessage } from '../channels/message';
import type { Locale } from '../texts';
import type { Asker, KnowledgeResult } from '../knowledge';
import type { EmployerProfileInput, EmployerProposal } from '../matching';
import type { EmployerContact, VacancyData } from '../mediation/vacancy';
import type { ProviderContact } from '../region';
import type { GroupArrangement } from '../mediation/group';
import type { BudgetApplicationData } from '../budget/ports';

export interface OccupationCandidate {
  uri: string;
  label: string;
  confidence: number;
}

export interface ProposalView {
  /** The matching module's stable id (e.g. "instrument:uwv-proefplaatsing"); an advisor's mark follows it. */
  id: string;
  kind: string;
  title: string;
  provider: string;
  score: number;
  reasons: string[];
  nextStep: string;
  whatToBring: string[];
  /** Who decides about it, in plain words ("UWV beslist of je dit krijgt."). */
  eligibility?: string;
  sources: string[];
  /** The same sources with their human name, in the seeker's language ("UWV: scholing met een WW-uitkering"). */
  sourceLinks: { url: string; name: string }[];
  /** The seeker's own office to contact first, when a configured region covers their postcode (issue 18). */
  contact?: ProviderContact;
  /** Every office the proposal names (the first is `contact`). */
  contacts?: ProviderContact[];
}

/** An advisor marked a stored proposal as not fitting, by proposal id. */
export type ProposalMarks = Record<string, { reason: string }>;

export interface Matcher {
  searchOccupations(text: string, limit: number): OccupationCandidate[];
  /** The labour-market region of a 4-digit postcode area, when the reference data has it. */
  regionOf(postcode: string): string | undefined;
  /**
   * Ranked proposals; `complex` when the matching module advises a person to look at the case.
   * `options.regionId`: the region when the postcode does not say it (website host, configuration).
   */
  propose(answers: IntakeAnswers, now: Date, locale: Locale, options?: { regionId?: string }): { proposals: ProposalView[]; complex: boolean; limitsApplied?: string[] };
}

export interface SeekerIdentity {
  channel: string;
  userId: string;
  conversationId: string;
  /** The conversation's region as the server decided it (src/dialogs/region.ts); stored with a new seeker. */
  regionId?: string;
}

export interface StoredSeeker {
  id: string;
  consent: boolean;
  /** As stored: validated with IntakeAnswersSchema where it is read. */
  answers?: unknown;
  complete: boolean;
}

/** Persistence of what the seeker agreed to share (nothing is stored without consent). */
export interface SeekerRecords {
  find(who: SeekerIdentity): Promise<StoredSeeker | undefined>;
  giveConsent(who: SeekerIdentity, locale: Locale, textVersion: string): Promise<string>;
  /** Answers so far, while the intake goes on. */
  saveAnswers(seekerId: string, answers: IntakeAnswers): Promise<void>;
  /**
   * The finished intake: complete answers and their proposals in one transaction. An advisor's
   * "past niet" stays with a proposal of the same id; those marks are returned.
   */
  saveResult(seekerId: string, answers: IntakeAnswers, proposals: ProposalView[]): Promise<ProposalMarks>;
  /** The seeker was shown these proposals (matching ids); kept until shown again or erased. */
  markShown(seekerId: string, proposalIds: string[]): Promise<void>;
  /**
   * Removes everything about this seeker, in every conversation of theirs; `before` runs first
   * with those conversations' ids (e.g. to close their open handoffs).
   */
  erase(who: SeekerIdentity, before?: (conversationIds: string[]) => Promise<void>): Promise<void>;
}

export type HandoffReason = 'asked' | 'not-understood' | 'sensitive' | 'complex';

/** Starts a handoff to a human advisor (implemented by the handoff module). */
export interface HandoffStarter {
  start(context: unknown, request: { reason: HandoffReason; priority?: number; detail?: string; audience?: 'seeker' | 'employer' }): Promise<void>;
}

/** Answers information questions from the curated knowledge base (src/knowledge). */
export interface Knowledge {
  /** `asker`: the seeker's known situation and age, so the answer names the right organisation. */
  answer(question: string, locale: Locale, asker?: Asker): KnowledgeResult;
  /** One entry's answer by id (e.g. "waarom-postcode"), or undefined when there is no such entry. */
  answerOf(id: string, locale: Locale): string | undefined;
  /** What happens when the seeker does not answer the question an entry explains (its `ifNo` text). */
  ifNoOf(id: string, locale: Locale): string | undefined;
}

/** Employer-side options (the matching module's matchEmployer). */
export interface EmployerMatcher {
  propose(profile: EmployerProfileInput, now: Date, locale: Locale): EmployerProposal[];
}

export type { OutgoingMessage };

/** A fitting, published vacancy as the seeker may see it: never the employer's name or contact. */
export interface VacancyOffer {
  vacancyId: string;
  /** The work, as in a sentence ("heftruckchauffeur"). */
  what: string;
  hoursPerWeek?: { min?: number; max?: number };
  /** Place name the vacancy gives, if any. */
  place?: string;
  /** In the seeker's labour-market region. */
  nearby: boolean;
  /** Why it fits and what is missing, in the seeker's language. */
  reasons: string[];
  missing: string[];
}

/** Van werk naar werk: the group the seeker started with and what their employer offers. */
export interface GroupOffer {
  groupId: string;
  arrangement: GroupArrangement;
}

export type MatchingConsent = 'granted' | 'refused' | undefined;

/** Bemiddeling on the seeker's side (implemented in src/bot/composeMediation.ts). */
export interface SeekerMediation {
  consent(seekerId: string): Promise<MatchingConsent>;
  setConsent(seekerId: string, granted: boolean): Promise<void>;
  /** false when there was no consent to withdraw. */
  withdraw(seekerId: string): Promise<boolean>;
  /** The best fitting open vacancies (at most 3), each checked against the store just now. */
  vacancies(seekerId: string, answers: IntakeAnswers, locale: Locale, now: Date): Promise<VacancyOffer[]>;
  /** "Stel me voor": one request per seeker and vacancy; 'closed' when the vacancy is no longer open. */
  request(seekerId: string, vacancyId: string, now: Date): Promise<'created' | 'again' | 'closed' | 'no-consent'>;
  /** The arrangement of the seeker's group, when they started with an employer's code and it offers anything. */
  groupOffer(who: SeekerIdentity): Promise<GroupOffer | undefined>;
}

/** Counts of a van werk naar werk group, as its employer may see them (never answers). */
export interface GroupProgressView {
  code: string;
  started: number;
  withProfile: number;
  introduced: number;
  placed: number;
}

/**
 * Bemiddeling in the chat (issue 17): the employer who leaves a vacancy or registers a group, and
 * the employee who starts with a group's code. Implemented on MediationStore (src/bot/employerDesk.ts).
 */
export interface EmployerDesk {
  /** The organisation this chat identity left before, if any. */
  employerOf(who: SeekerIdentity): Promise<{ organisation: string } | undefined>;
  /** Stores the employer (when new) and the vacancy as a draft; only after consent. */
  leaveVacancy(who: SeekerIdentity, input: { organisation?: string; contact?: EmployerContact; title: string; data: VacancyData; consentVersion: string }): Promise<{ vacancyId: string }>;
  /** Stores the employer (when new) and the group; returns its code and the link for the employees. */
  registerGroup(
    who: SeekerIdentity,
    input: { organisation?: string; contact?: EmployerContact; headcount: number; work: string; endsAt?: Date; arrangement: GroupArrangement; consentVersion: string },
  ): Promise<{ code: string; link: string }>;
  groupProgress(who: SeekerIdentity): Promise<GroupProgressView[]>;
  /** The group of a code as typed ("abcd efgh"), if it exists. */
  findGroup(code: string): Promise<{ id: string; code: string } | undefined>;
  joinGroup(seekerId: string, groupId: string): Promise<void>;
  /** "verwijder mijn gegevens": the employer with their vacancies, groups and links; false when there was none. */
  eraseEmployer(who: SeekerIdentity): Promise<boolean>;
}

/** A region's own scheme as the application dialog needs it (src/budget/scheme.ts). */
export interface BudgetSchemeView {
  regionId: string;
  schemeId: string;
  title: string;
  maxPerPerson: number;
  /** Who decides ("Werkcentrum Midden-Utrecht"). */
  organisation: string;
  decisionWorkdays?: number;
}

/** What the seeker applies for: the training, the school, the cost, the start (the dialog sends YYYY-MM-DD, or YYYY-MM when only the month is known). */
export type { BudgetApplicationData };

/**
 * "Één budget voor de regio" in the chat (issue 18): the region's schemes and the application.
 * Implemented in src/bot/composeBudget.ts on the catalogue and the budget store (B1's port).
 */
export interface SeekerBudget {
  /** One scheme, by the ids of its proposal ("scheme:<regionId>:<schemeId>"). */
  scheme(regionId: string, schemeId: string, locale: Locale): BudgetSchemeView | undefined;
  /** The schemes of the seeker's region: by the postcode in these answers, else the installation's region. */
  schemesFor(answers: IntakeAnswers | undefined, locale: Locale): BudgetSchemeView[];
  /** Records the consent to keep the application and share it with the region's Werkcentrum, then stores it. */
  apply(who: SeekerIdentity, application: { regionId: string; schemeId: string; data: BudgetApplicationData; locale: Locale; consentVersion: string }): Promise<{ id: string }>;
  /** The seeker's applications (any status), to notice a second one for the same scheme. */
  applications(who: SeekerIdentity): Promise<{ id: string; schemeId: string; status: string }[]>;
}
