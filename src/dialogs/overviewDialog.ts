// "Neem je overzicht mee": the seeker's overview (a link to the page and the PDF; on WhatsApp the
// text and the PDF as a document), then the question whether the organisation may get a share code.
// Only on "ja" is a code made. "Code intrekken" works at any moment (withdrawShareCode).
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Interruption } from '../language';
import type { TurnContext } from 'botbuilder';
import { matchChoice, parseYesNo } from '../language';
import type { OverviewData } from '../overview/model';
import { CODE_DAYS, CODE_USES, formatDay, LINK_DAYS } from '../overview/model';
import { overviewText } from '../overview/text';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { seekerOf } from './identity';
import { IntakeAnswersSchema } from './intakeAnswers';
import type { SeekerRecords } from './services';
import { summaryEntries } from './summaryDialog';
import { say, turnOf } from './turn';

export const OVERVIEW_DIALOG = 'overview';
const WHATSAPP = 'whatsapp';

/** What the dialog needs from the overview feature (src/overview/service.ts implements it). */
export interface OverviewMaker {
  make(seekerId: string, locale: 'nl' | 'en', told: string[]): Promise<{ data: OverviewData; pageUrl: string; pdfUrl: string }>;
  share(seekerId: string): Promise<{ code: string; expiresAt: Date; uses: number; replaced: boolean }>;
  withdraw(seekerId: string): Promise<number>;
  formUrl(): string;
}

const CHOICES = [
  { value: 'yes', labels: [nl.overview.yes, en.overview.yes] },
  { value: 'no', labels: [nl.overview.no, en.overview.no] },
];

interface State {
  seekerId: string;
  misses?: number;
}

export class OverviewDialog extends Dialog {
  constructor(
    private readonly maker: OverviewMaker,
    private readonly records: SeekerRecords,
    private readonly now: () => Date,
  ) {
    super(OVERVIEW_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const turn = turnOf(dc.context, undefined, this.now());
    const { t } = turn;
    const found = await this.records.find(seekerOf(dc.context));
    const answers = IntakeAnswersSchema.safeParse(found?.answers ?? {});
    if (!found?.consent || !found.complete || !answers.success) {
      await say(dc.context, t.overview.needsSaved);
      return dc.endDialog();
    }
    const told = summaryEntries(answers.data, turn).map((e) => e.text);
    const made = await this.maker.make(found.id, turn.locale, told);
    await this.deliver(dc.context, made);
    dc.activeDialog!.state = { seekerId: found.id } satisfies State;
    await say(dc.context, t.overview.shareAsk.join('\n').replace('{days}', String(CODE_DAYS)).replace('{uses}', String(CODE_USES)));
    await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  /** The website and Teams get the links; WhatsApp the overview as text and the PDF as a document. */
  private async deliver(context: TurnContext, made: Awaited<ReturnType<OverviewMaker['make']>>): Promise<void> {
    const { t } = turnOf(context, undefined, this.now());
    const o = t.overview;
    const channel = context.activity.channelId;
    if (channel === WHATSAPP) {
      await say(context, overviewText(made.data, o));
      await say(context, { text: o.pdfCaption, document: { url: made.pdfUrl, name: o.pdfCaption } });
      return;
    }
    // A card with two link buttons (Web Chat, Teams); the text has the same links for every channel.
    const text = [o.intro, o.open(made.pageUrl), o.pdf(made.pdfUrl), o.linkValid(LINK_DAYS)].join('\n');
    await say(context, { text, links: [{ label: o.openButton, url: made.pageUrl }, { label: o.page.downloadPdf, url: made.pdfUrl }] });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { t, locale } = turnOf(dc.context, undefined, this.now());
    const state = dc.activeDialog!.state as State;
    const text = dc.context.activity.text ?? '';
    const answer = matchChoice(text, CHOICES)?.value ?? parseYesNo(text);
    if (answer === 'yes') {
      const shared = await this.maker.share(state.seekerId);
      const lines = [t.overview.shareCode(shared.code), t.overview.shareWhere(this.maker.formUrl()), t.overview.shareLimits(formatDay(shared.expiresAt, locale), shared.uses)];
      if (shared.replaced) lines.push(t.overview.shareReplaced);
      await say(dc.context, lines.join('\n'));
      return dc.endDialog();
    }
    if (answer === 'no' || (state.misses ?? 0) >= 1) {
      await say(dc.context, t.overview.shareNo);
      return dc.endDialog();
    }
    state.misses = (state.misses ?? 0) + 1;
    await say(dc.context, t.intake.notUnderstood);
    await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.ask(context);
  }

  private async ask(context: TurnContext): Promise<void> {
    const { t } = turnOf(context, undefined, this.now());
    await say(context, { text: t.overview.shareQuestion, choices: [{ value: 'yes', label: t.overview.yes }, { value: 'no', label: t.overview.no }] });
  }
}

/** "Code intrekken": every working code of this seeker stops at once. */
export async function withdrawShareCode(context: TurnContext, records: SeekerRecords, maker: OverviewMaker): Promise<void> {
  const { t } = turnOf(context);
  const found = await records.find(seekerOf(context));
  const count = found ? await maker.withdraw(found.id) : 0;
  await say(context, count ? t.overview.withdrawn : t.overview.noCode);
}

/**
 * "overzicht" and "code intrekken" as the root sees them: the overview begins (not a second time
 * on top of itself), or the codes are withdrawn; undefined when there is nothing to do here.
 */
export async function overviewIntent(inner: DialogContext, intent: Interruption | undefined, records: SeekerRecords, maker?: OverviewMaker): Promise<DialogTurnResult | 'withdrawn' | undefined> {
  if (!maker) return undefined;
  if (intent === 'overview' && !inner.stack.some((d) => d.id === OVERVIEW_DIALOG)) return inner.beginDialog(OVERVIEW_DIALOG);
  if (intent !== 'withdraw-code') return undefined;
  await withdrawShareCode(inner.context, records, maker);
  return 'withdrawn';
}
