// Held-out paraphrases for the knowledge base (issue 13), written apart from the entries.
// Measures recall (in-scope answered with a right id), precision (right / all confident answers,
// in-scope and out-of-scope) and the share of out-of-scope questions answered confidently.
// Items whose ids are not loaded yet are skipped, so this works before and after new entries land.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KnowledgeBase } from '../../src/knowledge';
import { normalise } from '../../src/matching';

const Lang = z.enum(['nl', 'en']).default('nl');
const HeldOutSchema = z.object({
  _about: z.string(),
  inScope: z.array(z.object({ id: z.string().min(1), alsoOk: z.array(z.string()).default([]), q: z.string().min(1), lang: Lang })),
  outOfScope: z.array(z.object({ q: z.string().min(1), why: z.string().min(1), lang: Lang })),
  whoToAsk: z.array(
    z.object({
      q: z.string().min(1),
      situation: z.string().min(1),
      age: z.number().int().optional(),
      organisation: z.string().min(1),
      notOrganisation: z.string().min(1),
      lang: Lang,
    }),
  ),
});

/** Floors for now; the lead adjusts them once the new entries are merged. */
const MIN_RECALL = 0.65;
const MIN_PRECISION = 0.9;
/** The same question from people in different situations names the right organisation (issue 13). */
const MIN_WHO_TO_ASK = 0.8;

const heldOut = HeldOutSchema.parse(JSON.parse(readFileSync(path.join(__dirname, 'knowledge-heldout.json'), 'utf8')));

interface Scores {
  recall: number;
  /** Recall over held-out questions that are not, after normalising, one of the entries' own phrasings. */
  novelRecall: number;
  novel: number;
  precision: number;
  outOfScopeAnswered: number;
  counted: number;
  skipped: number;
  misses: string[];
  wrong: string[];
  falseAnswers: string[];
}

/**
 * The answer for an asker in a situation. The asker argument comes with the who-to-ask work; a
 * knowledge base without it ignores the extra argument (typed loosely so both compile).
 */
function answerFor(kb: KnowledgeBase, q: string, lang: 'nl' | 'en', asker: { situation: string; age?: number }): unknown {
  const answer = kb.answer.bind(kb) as (question: string, locale: 'nl' | 'en', asker?: unknown) => unknown;
  return answer(q, lang, asker);
}

function organisationOf(result: unknown): string | undefined {
  const r = result as { entry?: { organisation?: string }; organisation?: string };
  return r.entry?.organisation ?? r.organisation;
}

function whoToAskScore(kb: KnowledgeBase): { right: number; problems: string[] } {
  const problems: string[] = [];
  for (const item of heldOut.whoToAsk) {
    const organisation = organisationOf(answerFor(kb, item.q, item.lang, { situation: item.situation, age: item.age }));
    const ok = organisation !== undefined && new RegExp(item.organisation, 'i').test(organisation) && !new RegExp(item.notOrganisation, 'i').test(organisation);
    if (!ok) problems.push(`"${item.q}" (${item.situation}${item.age ? `, ${item.age}` : ''}) → ${organisation ?? 'no organisation'} (want /${item.organisation}/, not /${item.notOrganisation}/)`);
  }
  return { right: heldOut.whoToAsk.length - problems.length, problems };
}

function score(kb: KnowledgeBase): Scores {
  const loaded = new Set(kb.entries.map((e) => e.id));
  // Natural short questions ("wat is bbl") may coincide with a phrasing; the novel share shows generalisation.
  const phrasings = new Set(kb.entries.flatMap((e) => [...e.questions.nl, ...e.questions.en]).map((q) => normalise(q)));
  let novel = 0;
  let novelRight = 0;
  let counted = 0;
  let right = 0;
  let confident = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  const falseAnswers: string[] = [];
  for (const item of heldOut.inScope) {
    const ok = [item.id, ...item.alsoOk].filter((id) => loaded.has(id));
    if (ok.length === 0) continue;
    counted++;
    const isNovel = !phrasings.has(normalise(item.q));
    if (isNovel) novel++;
    const result = kb.answer(item.q, item.lang);
    if ('entry' in result) {
      confident++;
      if (ok.includes(result.entry.id)) {
        right++;
        if (isNovel) novelRight++;
      }
      else wrong.push(`"${item.q}" → ${result.entry.id} (want ${ok.join('|')}, ${result.confidence.toFixed(2)})`);
    } else misses.push(`"${item.q}" (want ${ok.join('|')}; closest ${result.closestId ?? '-'} ${result.confidence.toFixed(2)})`);
  }
  let outAnswered = 0;
  for (const item of heldOut.outOfScope) {
    const result = kb.answer(item.q, item.lang);
    if ('entry' in result) {
      outAnswered++;
      falseAnswers.push(`"${item.q}" (${item.why}) → ${result.entry.id} ${result.confidence.toFixed(2)}`);
    }
  }
  const allConfident = confident + outAnswered;
  return {
    recall: counted === 0 ? 0 : right / counted,
    novelRecall: novel === 0 ? 0 : novelRight / novel,
    novel,
    precision: allConfident === 0 ? 0 : right / allConfident,
    outOfScopeAnswered: outAnswered / heldOut.outOfScope.length,
    counted,
    skipped: heldOut.inScope.length - counted,
    misses,
    wrong,
    falseAnswers,
  };
}

describe('knowledge base: held-out paraphrases (issue 13)', () => {
  let scores: Scores;
  let who: { right: number; problems: string[] };

  before(async () => {
    const kb = await KnowledgeBase.load();
    scores = score(kb);
    who = whoToAskScore(kb);
    const f = (x: number) => x.toFixed(3);
    console.log(
      `HELDOUT recall=${f(scores.recall)} precision=${f(scores.precision)} outOfScopeAnswered=${f(scores.outOfScopeAnswered)} ` +
        `novelRecall=${f(scores.novelRecall)} (${scores.novel} not an entry phrasing) ` +
        `inScope=${scores.counted} skipped=${scores.skipped} (ids not loaded) outOfScope=${heldOut.outOfScope.length} ` +
        `whoToAsk=${who.right}/${heldOut.whoToAsk.length}`,
    );
  });

  it('is large enough: ≥ 2 Dutch phrasings per id, ≥ 30 English, ≥ 40 out of scope', () => {
    const dutchPerId = new Map<string, number>();
    for (const item of heldOut.inScope) if (item.lang === 'nl') dutchPerId.set(item.id, (dutchPerId.get(item.id) ?? 0) + 1);
    assert.ok([...dutchPerId.values()].every((n) => n >= 2), 'every id needs at least two Dutch paraphrases');
    assert.ok(dutchPerId.size >= 150, `only ${dutchPerId.size} ids`);
    assert.ok(heldOut.inScope.filter((i) => i.lang === 'en').length >= 30);
    assert.ok(heldOut.outOfScope.length >= 40);
  });

  it(`names the right organisation for the asker's situation in at least ${MIN_WHO_TO_ASK} of the who-to-ask questions`, () => {
    const share = who.right / heldOut.whoToAsk.length;
    assert.ok(share >= MIN_WHO_TO_ASK, `who-to-ask ${who.right}/${heldOut.whoToAsk.length}:\n  ${who.problems.join('\n  ')}`);
  });

  it(`answers at least ${MIN_RECALL} of the held-out questions with the right entry`, () => {
    assert.ok(scores.counted > 0, 'no held-out item has a loaded id');
    assert.ok(scores.recall >= MIN_RECALL, `recall ${scores.recall.toFixed(3)} < ${MIN_RECALL}\nNot answered:\n  ${scores.misses.join('\n  ')}\nWrong entry:\n  ${scores.wrong.join('\n  ')}`);
  });

  it(`is right in at least ${MIN_PRECISION} of its confident answers (out-of-scope included)`, () => {
    assert.ok(
      scores.precision >= MIN_PRECISION,
      `precision ${scores.precision.toFixed(3)} < ${MIN_PRECISION}\nWrong entry:\n  ${scores.wrong.join('\n  ')}\nOut of scope but answered:\n  ${scores.falseAnswers.join('\n  ')}`,
    );
  });
});
