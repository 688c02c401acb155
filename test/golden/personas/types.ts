// Golden personas (issue 13): seekers described as a Werkcentrum advisor would, with what an
// advisor would sign. Written apart from the matching code's word lists: patterns test meaning.
import type { ProfileInput, ProposalKind } from '../../../src/matching';

/**
 * A proposal matches when every field given here matches. `text` is any seeker-facing text of
 * the proposal (title, provider, reasons, eligibility, next step, what to bring, occupation label).
 */
export interface ProposalPattern {
  /** What this pattern means, for the failure message. */
  what: string;
  kind?: ProposalKind | ProposalKind[];
  title?: RegExp;
  provider?: RegExp;
  reasons?: RegExp;
  nextStep?: RegExp;
  /** The label of the occupation the proposal leads to (only proposals with an occupation match). */
  occupation?: RegExp;
  /** What the proposal is about: its title or the label of its occupation. */
  subject?: RegExp;
  text?: RegExp;
  /** The proposal's text must NOT match this (to carve out a legitimate case). */
  notText?: RegExp;
}

export interface PersonaExpectations {
  /** Each pattern matches one of the first three proposals. */
  mustTop3?: ProposalPattern[];
  /** Each pattern matches some proposal. */
  must?: ProposalPattern[];
  /** No proposal matches any of these patterns. */
  mustNot?: ProposalPattern[];
  /** None of the first three proposals matches any of these patterns (fine further down). */
  mustNotTop3?: ProposalPattern[];
  /** Whether the case should go to a person (complexCase.complex). */
  complex?: boolean;
}

export interface Persona {
  id: string;
  /** One paragraph, as an advisor would write it after the intake. */
  story: string;
  profile: ProfileInput;
  locale?: 'nl' | 'en';
  /** The moment to judge at; GOLDEN_NOW (2026-12-01) when absent. */
  now?: Date;
  expect: PersonaExpectations;
}

export const esco = (uuid: string): string => `http://data.europa.eu/esco/occupation/${uuid}`;

/** Fixed moment for every persona. */
export const GOLDEN_NOW = new Date('2026-12-01T10:00:00Z');
