// Lets the event loop turn between bot turns. On SQLite a turn runs synchronously from start to
// end (the driver never waits for I/O), so every turn that became ready in one poll phase ran in
// one event-loop iteration, and libuv accepted one new connection per iteration: new visitors
// waited seconds in the kernel's accept queue. Each turn now waits for its own iteration, first
// come first served, so connections are accepted (and health checks answered) between turns.

const waiting: (() => void)[] = [];
let scheduled = false;

function admitOne(): void {
  const next = waiting.shift();
  // Scheduled from inside a check-phase callback, the next one runs in the next iteration.
  if (waiting.length) setImmediate(admitOne);
  else scheduled = false;
  next?.();
}

/** Resolves in a later event-loop iteration than every turn that asked before (one per iteration). */
export function nextTurnSlot(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(admitOne);
    }
  });
}

/** Turns waiting for their slot (diagnostics and tests). */
export function turnsWaiting(): number {
  return waiting.length;
}
