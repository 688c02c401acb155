// The overview as one chat message (WhatsApp and every channel without pages).
import type { Texts } from '../texts';

type OverviewTexts = Texts['overview'];
import type { OverviewData } from './model';

export function overviewText(data: OverviewData, t: OverviewTexts): string {
  const p = t.page;
  const parts = [`*${p.title}*`];
  if (data.told.length) parts.push([`*${p.told}*`, ...data.told.map((l) => `- ${l}`)].join('\n'));
  const advice = data.proposals.filter((x) => !x.notFitting);
  if (advice.length) {
    parts.push(`*${p.proposals}*`);
    for (const [i, x] of advice.entries()) {
      const lines = [`${i + 1}. ${x.title} (${x.provider})`];
      if (x.nextStep) lines.push(`${p.nextStep}: ${x.nextStep}`);
      if (x.whatToBring.length) lines.push(`${p.bring}: ${x.whatToBring.join('; ')}`);
      if (x.source) lines.push(`${p.source}: ${x.source.url}`);
      parts.push(lines.join('\n'));
    }
  }
  const contacts = data.contacts.map((c) => [c.name, c.phone, c.url].filter(Boolean).join(', '));
  if (contacts.length) parts.push([`*${p.contacts}*`, ...contacts.map((c) => `- ${c}`)].join('\n'));
  return parts.join('\n\n');
}
