import { expect } from 'chai';
import { ShowTypingMiddleware, type Middleware } from 'botbuilder';
import { useTurnPipeline } from '../../src/bot/pipeline';

/** A middleware that only says its name. */
const named = (name: string): Middleware & { name: string } => ({ name, onTurn: (_context, next) => next() });

function pipelineOf(channel: Parameters<typeof useTurnPipeline>[2]): string[] {
  const used: string[] = [];
  const adapter = {
    use(...middleware: Middleware[]) {
      for (const m of middleware) used.push(m instanceof ShowTypingMiddleware ? 'typing' : (m as unknown as { name: string }).name);
      return this as never;
    },
  };
  useTurnPipeline(adapter, { locale: named('locale'), transcript: named('transcript'), handoff: named('handoff') }, channel);
  return used;
}

describe('turn pipeline', () => {
  it('the CloudAdapter: the channel inbound step before the transcript, the renderer last', () => {
    expect(pipelineOf({ inbound: named('teams inbound'), render: named('render') })).to.deep.equal(['typing', 'locale', 'teams inbound', 'transcript', 'handoff', 'render']);
  });

  it('Direct Line: no inbound step, the renderer last', () => {
    expect(pipelineOf({ render: named('render') })).to.deep.equal(['typing', 'locale', 'transcript', 'handoff', 'render']);
  });

  it('WhatsApp: its adapter renders, so no renderer', () => {
    expect(pipelineOf({})).to.deep.equal(['typing', 'locale', 'transcript', 'handoff']);
  });
});
